package dev.spillover.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.dataflow.DataFlowAnalysis;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.Estate;
import org.junit.jupiter.api.Test;

/** The generated estate of {@link DataFlowBench}: its shape, the same for the same seed, and an analysis on it. */
class DataFlowBenchTest {
  @Test
  void generatesTheSameEstateForTheSameSeed() {
    Estate one = DataFlowBench.generate(2_000, 10_000, 7);
    Estate two = DataFlowBench.generate(2_000, 10_000, 7);

    assertThat(one.edges()).isEqualTo(two.edges());
    assertThat(one.edges()).hasSize(10_000).allMatch(e -> e.kind() == EdgeKind.TRANSFERS_DATA);
    DataFlowAnalysis.Result result = DataFlowAnalysis.run(one, DataFlowBench.AS_OF, DataFlowBench.THRESHOLDS);
    assertThat(result.flows()).hasSizeGreaterThan(2_000);
    assertThat(result.flows()).anyMatch(f -> f.onward());
    assertThat(result.crossed()).isNotEmpty();
    assertThat(result.unattributedTransfers()).isNotEmpty();

    DataFlowAnalysis.Result scoped = DataFlowAnalysis.run(one, DataFlowBench.AS_OF, DataFlowBench.THRESHOLDS,
        DataFlowBench.scope(one));
    assertThat(scoped.flows()).isEqualTo(result.flows());
    assertThat(scoped.crossed()).isNotEmpty().hasSizeLessThan(result.crossed().size());
    assertThat(scoped.volumes()).anyMatch(v -> v.status() == dev.spillover.dataflow.CountryVolume.Status.OUT_OF_SCOPE);
  }
}
