package dev.spillover.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.model.Estate;
import dev.spillover.snapshot.Snapshot;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OwnershipGraphsTest {
  private static final int ENTITIES = 20_000;

  @Test
  void theSameSeedGivesTheSameGraphAndAnotherSeedAnother() {
    OwnershipGraph one = OwnershipGraphs.generate(ENTITIES, 7);
    OwnershipGraph again = OwnershipGraphs.generate(ENTITIES, 7);
    OwnershipGraph other = OwnershipGraphs.generate(ENTITIES, 8);
    assertThat(again.owner()).isEqualTo(one.owner());
    assertThat(again.owned()).isEqualTo(one.owned());
    assertThat(again.share()).isEqualTo(one.share());
    assertThat(again.seeds()).isEqualTo(one.seeds());
    assertThat(Arrays.equals(other.owner(), one.owner())).isFalse();
  }

  @Test
  void sharesOfEveryEntityAddUpToAtMostAHundredPercent() {
    OwnershipGraph graph = OwnershipGraphs.generate(ENTITIES, 7);
    long[] hundredths = new long[ENTITIES];
    for (int j = 0; j < graph.edgeCount(); j++) {
      assertThat(graph.share()[j]).isGreaterThan(0).isLessThanOrEqualTo(100);
      assertThat(graph.owner()[j]).isNotEqualTo(graph.owned()[j]);
      hundredths[graph.owned()[j]] += Math.round(graph.share()[j] * 100);
    }
    assertThat(Arrays.stream(hundredths).max().orElseThrow()).isLessThanOrEqualTo(10_000);
  }

  @Test
  void aboutTwoHoldingsPerEntityOnePercentSeedsAndSomeCycles() {
    OwnershipGraph graph = OwnershipGraphs.generate(ENTITIES, 7);
    assertThat(graph.edgeCount()).isBetween((int) (1.8 * ENTITIES), (int) (2.2 * ENTITIES));
    assertThat(graph.seeds()).hasSize(ENTITIES / 100).isSorted().doesNotHaveDuplicates();
    long upward = 0;
    for (int j = 0; j < graph.edgeCount(); j++) {
      if (graph.owner()[j] > graph.owned()[j]) {
        upward++;
      }
    }
    // Every holding of an older entity by a younger one closes a cross-holding cycle.
    assertThat(upward).isGreaterThan(ENTITIES / 200);
    int[] perOwner = new int[ENTITIES];
    Arrays.stream(graph.owner()).forEach(o -> perOwner[o]++);
    assertThat(Arrays.stream(perOwner).max().orElseThrow()).as("a power-law tail of holdings").isGreaterThan(50);
  }

  @Test
  void theFilesReadBackIntoTheSameEstate(@TempDir Path dir) throws Exception {
    OwnershipGraph graph = OwnershipGraphs.generate(2_000, 3);
    EdgeListFiles.write(graph, dir);
    EdgeListFiles.Loaded loaded = EdgeListFiles.read(dir);
    Estate direct = OwnershipEstates.of(graph);
    assertThat(loaded.estate().edges()).hasSameSizeAs(direct.edges());
    for (int j = 0; j < graph.edgeCount(); j++) {
      assertThat(loaded.estate().edges().get(j)).isEqualTo(direct.edges().get(j));
    }
    assertThat(loaded.seeds()).containsExactly(Arrays.stream(graph.seeds()).mapToObj(OwnershipGraph::id).toArray(String[]::new));

    Snapshot snapshot = Snapshot.of(loaded.estate(), OwnershipEstates.DAY);
    BitSet seeds = new BitSet();
    loaded.seeds().forEach(id -> seeds.set(snapshot.indexOf(id)));
    assertThat(DownstreamReach.of(snapshot, seeds).cardinality()).isGreaterThanOrEqualTo(seeds.cardinality());
  }
}
