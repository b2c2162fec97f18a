package dev.spillover.policy.scenario;

import static dev.spillover.policy.scenario.ScenarioFixture.estate;
import static dev.spillover.policy.scenario.ScenarioFixture.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.input.InputException;
import dev.spillover.model.Estate;
import dev.spillover.policy.scenario.ScenarioComparison.Baseline;
import dev.spillover.policy.scenario.ScenarioComparison.Difference;
import dev.spillover.policy.scenario.ScenarioComparison.ReasonKind;
import dev.spillover.policy.scenario.ScenarioComparison.State;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scenarios compared on {@link ScenarioFixture}'s estate, with the answers worked by hand:
 *
 * <ul>
 *   <li>base: network is matched by r-use but waived (no verdict); marketing is flagged for review
 *       by r-stake (cn-holder holds 25 % of appco); laptops is left.
 *   <li>broad: Lenovo listed (laptops becomes prohibited), waiver w1 ends on 2024-03-01, cn-holder's
 *       stake becomes 19.9 % (marketing is left), Huawei withdraws the router from 2024-05-01
 *       (network no longer uses it on 2024-06-01: not matched, so the waiver's end changes nothing).
 *   <li>waiver-only: waiver w1 ends on 2024-03-01: network becomes prohibited.
 * </ul>
 */
class ScenarioComparisonTest {
  @TempDir
  Path dir;

  private static final String BASE = """
      name: base
      asOf: 2024-06-01
      packs: [test-pack.yaml]
      """;

  private static final String BROAD = """
      name: broad
      description: Everything feared happens.
      asOf: 2024-06-01
      packs: [test-pack.yaml]
      changes:
        - {change: list, party: lenovo, list: covered, from: 2024-01-01, reason: "Lenovo added to the list"}
        - {change: waiver-ends, waiver: w1, on: 2024-03-01, reason: "The waiver is not renewed"}
        - {change: share, owner: cn-holder, owned: appco, share: 19.9, reason: "CN Holder sells down to 19.9 %"}
        - {change: withdraw, vendor: huawei, product: router, from: 2024-05-01, reason: "Huawei stops supplying routers"}
      """;

  private static final String WAIVER_ONLY = """
      name: waiver-only
      asOf: 2024-06-01
      packs: [test-pack.yaml]
      changes:
        - {change: waiver-ends, waiver: w1, on: 2024-03-01, reason: "The waiver is not renewed"}
      """;

  private ScenarioComparison compare(Baseline baseline, String... yamls) throws IOException {
    List<Scenario> scenarios = new java.util.ArrayList<>();
    for (String yaml : yamls) {
      String name = yaml.lines().findFirst().orElseThrow().substring("name: ".length());
      scenarios.add(ScenarioLoader.read(scenario(dir, name, yaml)));
    }
    return ScenarioComparison.run(estate(), scenarios, baseline);
  }

  @Test
  void showsWhatEachScenarioDecidesPerSubjectAndRule() throws IOException {
    ScenarioComparison comparison = compare(Baseline.PREVIOUS, BASE, BROAD, WAIVER_ONLY);

    assertThat(comparison.rows()).extracting(r -> r.subject().id() + " " + r.rule() + ": "
        + r.state(0).label() + " / " + r.state(1).label() + " / " + r.state(2).label())
        .containsExactly(
            "laptops r-use: not-matched / prohibited / not-matched",
            "marketing r-stake: review / not-matched / review",
            "network r-use: no-verdict / not-matched / prohibited");
  }

  @Test
  void attributesEachDifferenceToTheChangeThatTouchesItsEvidence() throws IOException {
    ScenarioComparison comparison = compare(Baseline.FIRST, BASE, BROAD, WAIVER_ONLY);

    List<Difference> differences = comparison.differences();
    assertThat(differences).extracting(d -> comparison.outcomes().get(d.to()).scenario().name() + " "
        + d.row().subject().id() + ": " + d.stateBefore().label() + " -> " + d.stateAfter().label() + " because "
        + d.reasons().stream().map(r -> r.kind() + (r.change() == null ? "" : " " + r.change())).toList())
        .containsExactly(
            "broad laptops: not-matched -> prohibited because [CHANGE 1]",
            "broad marketing: review -> not-matched because [CHANGE 3]",
            "broad network: no-verdict -> not-matched because [CHANGE 4]",
            "waiver-only network: no-verdict -> prohibited because [CHANGE 1, WAIVER]");
    assertThat(differences.get(0).reasons().get(0).text())
        .isEqualTo("change 1 made by 'broad' (list: lenovo on covered from 2024-01-01): Lenovo added to the list");
    assertThat(differences.get(3).reasons().get(1).text())
        .isEqualTo("waiver: w1 until 2030-01-01 in 'base', none in 'waiver-only'");
  }

  @Test
  void comparesWithThePreviousScenarioByDefault() throws IOException {
    ScenarioComparison comparison = compare(Baseline.PREVIOUS, BASE, BROAD, WAIVER_ONLY);

    // broad -> waiver-only: laptops back to not matched (change 1 of broad only), marketing back to
    // review (change 3 of broad only), network from not matched to prohibited (broad's withdrawal).
    assertThat(comparison.differences()).filteredOn(d -> d.to() == 2)
        .extracting(d -> d.row().subject().id() + ": " + d.stateBefore().label() + " -> " + d.stateAfter().label()
            + " " + d.reasons().stream().map(r -> r.scenario() + "#" + r.change()).toList())
        .containsExactly(
            "laptops: prohibited -> not-matched [broad#1]",
            "marketing: not-matched -> review [broad#3]",
            "network: not-matched -> prohibited [broad#4]");
  }

  @Test
  void attributesADifferenceToTheDateWhenScenariosAssessDifferentDays() throws IOException {
    String later = BASE.replace("name: base", "name: later").replace("2024-06-01", "2031-01-01");

    ScenarioComparison comparison = compare(Baseline.PREVIOUS, BASE, later);

    // On 2031-01-01 the waiver (until 2030-01-01) has ended: network is prohibited.
    assertThat(comparison.differences()).singleElement().satisfies(d -> {
      assertThat(d.row().subject().id()).isEqualTo("network");
      assertThat(d.stateAfter()).isEqualTo(State.PROHIBITED);
      assertThat(d.reasons()).extracting(ScenarioComparison.Reason::kind).containsExactly(ReasonKind.WAIVER);
    });
  }

  @Test
  void namesThePackWhenOnlyOneScenarioAppliesIt() throws IOException {
    String none = """
        name: zero
        asOf: 2024-06-01
        packs: [zero-tolerance]
        """;

    ScenarioComparison comparison = compare(Baseline.PREVIOUS, BASE, none);

    assertThat(comparison.differences()).isNotEmpty().allSatisfy(d ->
        assertThat(d.reasons()).extracting(ScenarioComparison.Reason::kind).containsExactly(ReasonKind.PACK));
  }

  @Test
  void countsSubjectsByTheirMostSevereVerdict() throws IOException {
    ScenarioComparison comparison = compare(Baseline.PREVIOUS, BASE, BROAD);

    assertThat(comparison.outcomes().get(0).subjectsByWorstVerdict())
        .containsEntry(dev.spillover.policy.Verdict.REVIEW, 1).containsEntry(dev.spillover.policy.Verdict.PROHIBITED, 0);
    assertThat(comparison.outcomes().get(1).subjectsByWorstVerdict())
        .containsEntry(dev.spillover.policy.Verdict.PROHIBITED, 1).containsEntry(dev.spillover.policy.Verdict.REVIEW, 0);
    assertThat(comparison.outcomes().get(0).subjectsAssessed()).isEqualTo(3);
  }

  @Test
  void refusesTwoScenariosWithOneName() throws IOException {
    Path first = scenario(dir, "a", BASE);
    Path second = scenario(dir, "b", BASE);

    assertThatThrownBy(() -> ScenarioComparison.run(estate(),
        List.of(ScenarioLoader.read(first), ScenarioLoader.read(second)), Baseline.PREVIOUS))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("b.yaml: scenario name 'base' is also the name of ");
  }

  @Test
  void neverChangesTheLoadedEstate() throws IOException {
    Estate estate = estate();
    List<?> edges = List.copyOf(estate.edges());
    List<?> waivers = List.copyOf(estate.waivers());

    AppliedScenario applied = ScenarioChanges.apply(estate, ScenarioLoader.read(scenario(dir, "broad", BROAD)));

    assertThat(estate.edges()).isEqualTo(edges);
    assertThat(estate.waivers()).isEqualTo(waivers);
    assertThat(applied.estate()).isNotSameAs(estate);
    assertThat(applied.estate().edges()).isNotEqualTo(edges);
  }
}
