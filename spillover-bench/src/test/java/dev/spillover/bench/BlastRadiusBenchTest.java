package dev.spillover.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.model.Estate;
import dev.spillover.model.NodeKind;
import dev.spillover.snapshot.Snapshot;
import dev.spillover.spill.BlastRadius;
import org.junit.jupiter.api.Test;

/** The generated estate of {@link BlastRadiusBench}: its shape, the same for the same seed, and a radius on it. */
class BlastRadiusBenchTest {
  @Test
  void generatesTheSameEstateForTheSameSeed() {
    Estate one = BlastRadiusBench.generate(2_000, 7);
    Estate two = BlastRadiusBench.generate(2_000, 7);

    assertThat(one.nodeCount()).isEqualTo(2_000);
    assertThat(one.edges()).isEqualTo(two.edges());
    assertThat(one.node(0).kind()).isEqualTo(NodeKind.ORGANIZATION);
    assertThat(one.node(1_999).kind()).isEqualTo(NodeKind.SYSTEM);
    Snapshot snapshot = Snapshot.of(one, OwnershipEstates.DAY);
    assertThat(BlastRadius.of(snapshot, 0, 1, 2).hitNodes().length).isGreaterThan(3);
  }
}
