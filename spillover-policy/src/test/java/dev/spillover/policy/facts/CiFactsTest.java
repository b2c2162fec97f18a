package dev.spillover.policy.facts;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.exposure.ExposureAnalysis;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.Validity;
import dev.spillover.policy.Assessment;
import dev.spillover.policy.TestEstate;
import dev.spillover.snapshot.Snapshot;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The fact {@code subject.ci} with the bundled critical-infrastructure rules
 * (reference/ci/rules.yaml), worked by hand on small estates: each rule's level, reason and the
 * key components it held on.
 */
class CiFactsTest {
  private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

  /**
   * {@code plant} (owned by {@code acme}) uses {@code ctrl}, developed by {@code vendor}
   * (incorporated in CN); {@code ctrl} depends on {@code lib} for tests only and embeds {@code sdk},
   * developed by {@code sdkco} (US) on list {@code covered}.
   */
  private static TestEstate plant() {
    return new TestEstate()
        .orgIn("acme", "Acme", "US")
        .ownedBy("acme")
        .system("plant")
        .product("ctrl", "Controller")
        .product("lib", "Test library")
        .product("sdk", "SDK")
        .orgIn("vendor", "Vendor Co.", "CN")
        .orgIn("sdkco", "SDK Co.", "US")
        .list("covered", "Covered")
        .uses("plant", "ctrl")
        .edge(EdgeKind.DEPENDS_ON, "ctrl", "lib", new EdgeTerms.Dependency("test"), Validity.ALWAYS)
        .edge(EdgeKind.EMBEDS, "ctrl", "sdk")
        .edge(EdgeKind.DEVELOPS, "vendor", "ctrl")
        .edge(EdgeKind.DEVELOPS, "sdkco", "sdk")
        .edge(EdgeKind.LISTED_ON, "sdkco", "covered");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> ci(Estate estate, String subject, CiRules rules) {
    Snapshot snapshot = Snapshot.of(estate, DAY);
    FactBuilder facts = new FactBuilder(snapshot, ListMatcher.match(snapshot, List.of(), Map.of())).withCi(rules);
    int n = snapshot.indexOf(subject);
    return (Map<String, Object>) facts.subject(n, new ExposureAnalysis(snapshot, Assessment.MAX_PATHS).from(n),
        new HashMap<>()).get("ci");
  }

  private static Map<String, Object> ci(Estate estate, String subject) {
    return ci(estate, subject, CiRules.bundled());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> measure(Map<String, Object> ci, String name) {
    return (Map<String, Object>) ci.get(name);
  }

  @Test
  void theKeyComponentsLeaveOutATestOnlyDependency() {
    assertThat(ci(plant().build(), "plant").get("keyComponents")).isEqualTo(List.of("ctrl", "sdk"));
  }

  @Test
  void withoutAKeyConditionEveryComponentIsKey() {
    CiRules all = CiRules.parse("rules: []", "all.yaml");

    assertThat(ci(plant().build(), "plant", all).get("keyComponents")).isEqualTo(List.of("ctrl", "lib", "sdk"));
  }

  @Test
  void aListedSupplierOfAKeyComponentMakesTrustworthinessLowOverTheForeignAdversaryCap() {
    // ctrl: vendor is in CN (t-foreign-adversary-party, medium); sdk: sdkco is listed (t-listed-party, low).
    Map<String, Object> trust = measure(ci(plant().build(), "plant"), "trustworthiness");

    assertThat(trust).containsEntry("level", "low").containsEntry("rank", 1L)
        .containsEntry("rules", List.of("t-listed-party")).containsEntry("components", List.of("sdk"));
    assertThat((List<String>) trust.get("reasons")).singleElement().asString()
        .startsWith("a key component is developed, published, manufactured, operated or owned by a party on a "
            + "restricted list");
  }

  @Test
  void aSupplierInAForeignAdversaryCountryAloneMakesTrustworthinessMedium() {
    Estate estate = plant().build();
    Estate unlisted = new Estate("t", "", "acme", List.of(), estate.nodes().values().stream().toList(),
        estate.edges().stream().filter(e -> e.kind() != EdgeKind.LISTED_ON).toList(), List.of());

    Map<String, Object> trust = measure(ci(unlisted, "plant"), "trustworthiness");

    assertThat(trust).containsEntry("level", "medium")
        .containsEntry("rules", List.of("t-foreign-adversary-party")).containsEntry("components", List.of("ctrl"));
  }

  @Test
  void theOwnersOfASupplierCountAsPartiesOfTheComponent() {
    // sdkco is not listed itself, but is owned 60 % by listed holdco: the exposure analysis reaches holdco through sdk.
    Estate estate = new TestEstate()
        .system("plant").product("sdk", "SDK").orgIn("sdkco", "SDK Co.", "US").orgIn("holdco", "Hold Co.", "US")
        .list("covered", "Covered")
        .uses("plant", "sdk")
        .edge(EdgeKind.DEVELOPS, "sdkco", "sdk")
        .owns("holdco", "sdkco", 60)
        .edge(EdgeKind.LISTED_ON, "holdco", "covered")
        .build();

    assertThat(measure(ci(estate, "plant"), "trustworthiness")).containsEntry("level", "low")
        .containsEntry("components", List.of("sdk"));
  }

  @Test
  void aProductSuppliedByAListedPartyHasLowTrustworthinessItself() {
    Map<String, Object> trust = measure(ci(plant().build(), "sdk"), "trustworthiness");

    assertThat(trust).containsEntry("level", "low").containsEntry("rules", List.of("t-listed-party-asset"))
        .containsEntry("components", List.of());
  }

  @Test
  void nothingMonitoredMakesDetectionNone() {
    Map<String, Object> detection = measure(ci(plant().build(), "plant"), "detection");

    assertThat(detection).containsEntry("level", "none").containsEntry("rules", List.of("d-unmonitored"))
        .containsEntry("reasons", List.of("nothing in the estate monitors the asset or any of its key components"));
  }

  @Test
  void aMonitoredAssetWithUnmonitoredKeyComponentsHasMediumDetection() {
    Estate estate = plant().system("soc").edge(EdgeKind.MONITORS, "soc", "plant").build();

    assertThat(measure(ci(estate, "plant"), "detection")).containsEntry("level", "medium")
        .containsEntry("rules", List.of("d-component-unmonitored")).containsEntry("components", List.of("ctrl", "sdk"));
  }

  @Test
  void monitoredComponentsOfAnUnmonitoredAssetGiveLowDetection() {
    Estate estate = plant().system("soc").edge(EdgeKind.MONITORS, "soc", "sdk").build();

    assertThat(measure(ci(estate, "plant"), "detection")).containsEntry("level", "low")
        .containsEntry("rules", List.of("d-asset-unmonitored"));
  }

  @Test
  void theAssetAndEveryKeyComponentMonitoredGiveHighDetection() {
    // lib is not key: it needs no monitoring.
    Estate estate = plant().system("soc")
        .edge(EdgeKind.MONITORS, "soc", "plant").edge(EdgeKind.MONITORS, "soc", "ctrl").edge(EdgeKind.MONITORS, "soc", "sdk")
        .build();

    assertThat(measure(ci(estate, "plant"), "detection")).containsEntry("level", "high").containsEntry("rules", List.of());
  }

  @Test
  void noBackupAndNoSubstituteMakeResilienceNone() {
    Map<String, Object> resilience = measure(ci(plant().build(), "plant"), "resilience");

    assertThat(resilience).containsEntry("level", "none").containsEntry("rules", List.of("r-no-recovery"));
  }

  @Test
  void aBackedUpAssetWithIrreplaceableOutsideComponentsHasLowResilience() {
    Estate estate = plant().system("backup").edge(EdgeKind.BACKS_UP, "backup", "plant").build();

    assertThat(measure(ci(estate, "plant"), "resilience")).containsEntry("level", "low")
        .containsEntry("rules", List.of("r-component-irreplaceable")).containsEntry("components", List.of("ctrl", "sdk"));
  }

  @Test
  void aSubstituteForAComponentCoversWhatItBringsWithIt() {
    // alt replaces ctrl, and with it the sdk inside ctrl: nothing irreplaceable is left.
    Estate estate = plant().system("backup").product("alt", "Alternative")
        .edge(EdgeKind.BACKS_UP, "backup", "plant").edge(EdgeKind.SUBSTITUTES, "alt", "ctrl").build();

    assertThat(measure(ci(estate, "plant"), "resilience")).containsEntry("level", "high").containsEntry("rules", List.of());
  }

  @Test
  void aSubstituteForTheAssetWithoutABackupGivesMediumResilience() {
    Estate estate = plant().product("alt", "Alternative").system("plant-b")
        .edge(EdgeKind.SUBSTITUTES, "alt", "ctrl").edge(EdgeKind.SUBSTITUTES, "plant-b", "plant").build();

    assertThat(measure(ci(estate, "plant"), "resilience")).containsEntry("level", "medium")
        .containsEntry("rules", List.of("r-no-backup"));
  }

  @Test
  void theOwnersOwnComponentsNeedNoSubstitute() {
    // acme develops ctrl, which embeds nothing else here: only outside components need a substitute.
    Estate estate = new TestEstate().orgIn("acme", "Acme", "US").ownedBy("acme")
        .system("plant").product("ctrl", "Controller").system("backup")
        .uses("plant", "ctrl").edge(EdgeKind.DEVELOPS, "acme", "ctrl").edge(EdgeKind.BACKS_UP, "backup", "plant")
        .build();

    assertThat(measure(ci(estate, "plant"), "resilience")).containsEntry("level", "high");
  }

  @Test
  void withoutRulesEveryMeasureIsHighAndNotComputedForDatasets() {
    Estate estate = plant().build();
    Snapshot snapshot = Snapshot.of(estate, DAY);
    FactBuilder facts = new FactBuilder(snapshot, ListMatcher.match(snapshot, List.of(), Map.of()));

    assertThat(facts.computesCi()).isFalse();
    @SuppressWarnings("unchecked")
    Map<String, Object> ci = (Map<String, Object>) facts.subject(snapshot.indexOf("plant"), List.of(), new HashMap<>())
        .get("ci");
    for (String name : List.of("trustworthiness", "detection", "resilience")) {
      assertThat(measure(ci, name)).containsEntry("level", "high").containsEntry("rank", 3L)
          .containsEntry("rules", List.of());
    }
  }
}
