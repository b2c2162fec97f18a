package dev.spillover.exposure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.model.Estate;
import dev.spillover.snapshot.RandomEstates;
import dev.spillover.snapshot.Snapshot;
import java.time.LocalDate;
import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link ExposureAnalysis#reaching} holds every subject that {@link ExposureAnalysis#from} finds
 * exposed to one of the parties: checked against the search itself on random estates.
 */
class ExposureReachingTest {
  private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

  @Test
  void holdsEverySubjectExposedToOneOfTheParties() {
    int exposedSubjects = 0;
    int outside = 0;
    for (long seed = 1; seed <= 200; seed++) {
      Estate estate = RandomEstates.mixed(seed);
      Snapshot snapshot = Snapshot.of(estate, DAY);
      Random random = new Random(seed);
      BitSet parties = new BitSet();
      for (int n = 0; n < snapshot.nodeCount(); n++) {
        if (snapshot.kind(n).isParty() && random.nextInt(4) == 0) {
          parties.set(n);
        }
      }
      BitSet reaching = ExposureAnalysis.reaching(snapshot, parties);
      ExposureAnalysis analysis = new ExposureAnalysis(snapshot, 3);
      for (int subject = 0; subject < snapshot.nodeCount(); subject++) {
        if (!ExposureAnalysis.isSubjectKind(snapshot.kind(subject))) {
          continue;
        }
        boolean exposed = analysis.from(subject).stream().anyMatch(e -> parties.get(e.party()));
        if (exposed) {
          exposedSubjects++;
          assertThat(reaching.get(subject)).as("seed %d, subject %s", seed, snapshot.node(subject).id()).isTrue();
        } else if (!reaching.get(subject)) {
          outside++;
        }
      }
    }
    assertThat(exposedSubjects).as("the estates expose subjects to the parties drawn").isGreaterThan(100);
    assertThat(outside).as("and leave others out, so the superset prunes").isGreaterThan(100);
  }

  @Test
  void reachesNothingFromNoParty() {
    Snapshot snapshot = Snapshot.of(RandomEstates.mixed(7), DAY);
    assertThat(ExposureAnalysis.reaching(snapshot, new BitSet()).isEmpty()).isTrue();
  }
}
