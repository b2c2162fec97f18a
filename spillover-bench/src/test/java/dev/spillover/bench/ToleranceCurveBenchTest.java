package dev.spillover.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.formats.report.BlastRadiusReport;
import dev.spillover.formats.report.ToleranceCurve;
import dev.spillover.model.Estate;
import dev.spillover.model.Organization;
import dev.spillover.policy.scenario.Scenario;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The levels of {@link ToleranceCurveBench} on a small generated estate: broadest first, each narrower one inside the last. */
class ToleranceCurveBenchTest {
  private static final int NODES = 10_000;

  @Test
  void eachLevelCutsWhatTheNextCutsAndMore() {
    Estate estate = ToleranceCurveBench.generate(NODES, 42);
    List<Scenario> levels = ToleranceCurveBench.levels(NODES, 42);

    long chinese = estate.nodes().values().stream()
        .filter(n -> n instanceof Organization o && "CN".equals(o.seats().headquarters())).count();
    assertThat(chinese).isPositive();
    List<BlastRadiusReport> reports = levels.stream().map(level -> BlastRadiusReport.ofScenario(estate, level)).toList();
    Set<Integer> broad = cut(reports.get(1));
    Set<Integer> narrow = cut(reports.get(2));
    assertThat(reports.get(0).cuts()).isNotEmpty();
    assertThat(narrow).isNotEmpty();
    // The narrow level's list changes are the first of the broad level's: adding to a list only adds findings.
    assertThat(broad).containsAll(narrow).hasSizeGreaterThan(narrow.size());
    ToleranceCurve curve = ToleranceCurve.of(reports);
    assertThat(curve.levels()).extracting(ToleranceCurve.Level::scenario).containsExactly("zero tolerance", "broad", "narrow");
    // The generated estate declares no cost: every asset cut is counted as without one.
    assertThat(curve.levels()).allSatisfy(level -> {
      assertThat(level.replacementCosts()).isEmpty();
      assertThat(level.assetsWithoutCost()).isEqualTo(level.assetsCut());
    });
  }

  private static Set<Integer> cut(BlastRadiusReport report) {
    return report.cuts().stream().map(BlastRadiusReport.Cut::node).collect(Collectors.toSet());
  }
}
