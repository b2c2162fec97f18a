package dev.spillover.policy.scenario;

import static dev.spillover.policy.scenario.ScenarioFixture.estate;
import static dev.spillover.policy.scenario.ScenarioFixture.scenario;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.input.InputException;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Validity;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each kind of change on {@link ScenarioFixture}'s estate, and the errors for what does not exist. */
class ScenarioChangesTest {
  @TempDir
  Path dir;

  private AppliedScenario apply(String changes) throws IOException {
    return ScenarioChanges.apply(estate(), ScenarioLoader.read(scenario(dir, "s", """
        name: s
        asOf: 2024-06-01
        packs: [test-pack.yaml]
        changes:
        """ + changes.indent(2))));
  }

  private Edge edge(AppliedScenario applied, EdgeKind kind, String from, String to) {
    return applied.estate().edges().stream()
        .filter(e -> e.kind() == kind && e.from().equals(from) && e.to().equals(to)).findFirst().orElseThrow();
  }

  @Test
  void aListChangeOnAPackListAddsAnEntryCitingTheScenario() throws IOException {
    AppliedScenario applied = apply("- {change: list, party: lenovo, list: covered, from: 2024-01-01, reason: r}");

    var list = applied.packs().get(0).lists().get(0);
    assertThat(list.entries()).hasSize(2);
    assertThat(list.entries().get(1).names()).containsExactly("Lenovo Group Limited");
    assertThat(list.entries().get(1).since()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(list.entries().get(1).source()).isEqualTo("scenario:s");
    assertThat(applied.packs().get(0).sources()).containsKey("scenario:s");
    assertThat(applied.estate().sources()).containsKey("scenario:s");
  }

  @Test
  void aShareChangeReplacesTheHoldingFromItsDate() throws IOException {
    AppliedScenario applied = apply("- {change: share, owner: cn-holder, owned: appco, shareMin: 10, shareMax: 30,"
        + " from: 2024-04-01, reason: r}");

    assertThat(applied.estate().edges()).filteredOn(e -> e.kind() == EdgeKind.OWNS && e.from().equals("cn-holder"))
        .extracting(e -> e.validity() + " " + e.terms())
        .containsExactly(
            new Validity(null, LocalDate.of(2024, 4, 1)) + " " + new EdgeTerms.Share(25.0, 25.0, EdgeTerms.ShareBasis.EQUITY),
            new Validity(LocalDate.of(2024, 4, 1), null) + " " + new EdgeTerms.Share(10.0, 30.0, EdgeTerms.ShareBasis.EQUITY));
  }

  @Test
  void aShareChangeAddsAHoldingThatDidNotExist() throws IOException {
    AppliedScenario applied = apply("- {change: share, owner: lenovo, owned: appco, share: 15, reason: r}");

    assertThat(edge(applied, EdgeKind.OWNS, "lenovo", "appco").terms())
        .isEqualTo(new EdgeTerms.Share(15.0, 15.0, EdgeTerms.ShareBasis.EQUITY));
  }

  @Test
  void refusesSharesThatAddUpToMoreThan100Percent() {
    assertThatThrownBy(() -> apply("- {change: share, owner: cn-holder, owned: appco, share: 45, reason: r}"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("s.yaml:5:5: scenario 's', change 1 (share): after the scenario's changes, the known"
            + " equity shares held in 'appco' add up to 105.0 percent on 2024-06-01, expected at most 100 (lower another holder's share with a 'share' change)");
  }

  @Test
  void aWaiverEndsOnTheDayGiven() throws IOException {
    AppliedScenario applied = apply("- {change: waiver-ends, waiver: w1, on: 2024-03-01, reason: r}");

    assertThat(applied.estate().waivers()).singleElement()
        .satisfies(w -> assertThat(w.until()).isEqualTo(LocalDate.of(2024, 3, 1)));
  }

  @Test
  void aWithdrawalEndsTheEdgesIntoWhatTheVendorSupplies() throws IOException {
    AppliedScenario applied = apply("- {change: withdraw, vendor: huawei, from: 2024-05-01, reason: r}");

    assertThat(edge(applied, EdgeKind.USES, "network", "router").validity())
        .isEqualTo(new Validity(null, LocalDate.of(2024, 5, 1)));
    assertThat(edge(applied, EdgeKind.MANUFACTURES, "huawei", "router").validity()).isEqualTo(Validity.ALWAYS);
    assertThat(applied.effects().get(0).effects()).containsExactly("network uses router (edge e0): ends on 2024-05-01");
  }

  @Test
  void namesTheFileThePlaceTheIdAndWhatExistsForEveryUnknownReference() {
    assertThatThrownBy(() -> apply("""
        - {change: list, party: lenvo, list: covered, reason: r}
        - {change: list, party: lenovo, list: entity-list, reason: r}
        - {change: waiver-ends, waiver: w2, on: 2024-01-01, reason: r}
        - {change: withdraw, vendor: huawei, product: laptop, from: 2024-01-01, reason: r}
        - {change: share, owner: router, owned: appco, share: 1, reason: r}
        """))
        .isInstanceOf(InputException.class)
        .satisfies(e -> assertThat(((InputException) e).problems()).extracting(Object::toString).containsExactly(
            dir.resolve("s.yaml") + ":5:5: scenario 's', change 1 (list): 'party' names 'lenvo', which is not a node"
                + " of the estate (did you mean 'lenovo'?); expected an organization or person of the estate (acme,"
                + " huawei, lenovo, appco, cn-holder, us-holder)",
            dir.resolve("s.yaml") + ":6:5: scenario 's', change 2 (list): 'list' names 'entity-list', which is neither"
                + " a list of the scenario's packs nor a list node of the estate; the lists are: covered",
            dir.resolve("s.yaml") + ":7:5: scenario 's', change 3 (waiver-ends): 'waiver' names 'w2', which is not a"
                + " waiver of the estate or of the scenario's packs (did you mean 'w1'?); the waivers are: w1",
            dir.resolve("s.yaml") + ":8:5: scenario 's', change 4 (withdraw): vendor 'huawei' does not supply 'laptop'"
                + " expected one of what it develops, publishes, manufactures, operates or owns: router",
            dir.resolve("s.yaml") + ":9:5: scenario 's', change 5 (share): 'owner' names 'router', which is a product,"
                + " expected an organization or person of the estate"));
  }
}
