package dev.spillover.policy.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.exposure.ExposureAnalysis;
import dev.spillover.input.InputException;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.Validity;
import dev.spillover.policy.Assessment;
import dev.spillover.policy.AssessmentResult;
import dev.spillover.policy.TestEstate;
import dev.spillover.snapshot.Snapshot;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The facts {@code subject.cia} and {@code exposure.cia} with the bundled CIA rules, worked by hand on small estates. */
class CiaFactsTest {
  private static final LocalDate DAY = LocalDate.of(2025, 6, 1);

  /** {@code pos} uses {@code app} (published by {@code vendor}), which embeds {@code sdk}, developed by {@code sdkco} on list {@code covered}. */
  private static TestEstate sdkEstate(List<EdgeTerms.Change> sdkChanges) {
    return new TestEstate()
        .system("pos")
        .product("app", "App")
        .product("sdk", "SDK")
        .org("vendor", "Vendor Inc.")
        .org("sdkco", "SDK Co.")
        .list("covered", "Covered")
        .uses("pos", "app")
        .edge(EdgeKind.EMBEDS, "app", "sdk", new EdgeTerms.Embedding(sdkChanges), Validity.ALWAYS)
        .edge(EdgeKind.PUBLISHES, "vendor", "app")
        .edge(EdgeKind.DEVELOPS, "sdkco", "sdk")
        .edge(EdgeKind.LISTED_ON, "sdkco", "covered");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> cia(Estate estate, String subject) {
    Snapshot snapshot = Snapshot.of(estate, DAY);
    FactBuilder facts = new FactBuilder(snapshot, ListMatcher.match(snapshot, List.of(), Map.of()))
        .withCia(CiaRules.bundled());
    int n = snapshot.indexOf(subject);
    return (Map<String, Object>) facts.subject(n, new ExposureAnalysis(snapshot, Assessment.MAX_PATHS).from(n),
        new HashMap<>()).get("cia");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> dimension(Map<String, Object> cia, String name) {
    return (Map<String, Object>) cia.get(name);
  }

  @Test
  void anAutoUpdatingSdkFromAListedDeveloperMakesIntegrityHighWithItsReason() {
    Map<String, Object> cia = cia(sdkEstate(List.of(EdgeTerms.Change.AUTO_UPDATE)).build(), "pos");

    Map<String, Object> integrity = dimension(cia, "integrity");
    assertThat(integrity.get("level")).isEqualTo("high");
    assertThat(integrity.get("rank")).isEqualTo(3L);
    assertThat(integrity.get("rules")).isEqualTo(List.of("i-remote-change"));
    assertThat((List<String>) integrity.get("reasons")).singleElement().asString()
        .startsWith("the party supplies a product or component the asset runs and can change it in place");
    // vendor is not listed: only sdkco counts
    assertThat(integrity.get("parties")).isEqualTo(List.of("sdkco"));
    assertThat(dimension(cia, "confidentiality").get("level")).isEqualTo("medium");
    assertThat(dimension(cia, "confidentiality").get("rules")).isEqualTo(List.of("c-code-inside-remotely-changed"));
    assertThat(dimension(cia, "availability").get("level")).isEqualTo("high");
    assertThat(dimension(cia, "availability").get("rules")).isEqualTo(List.of("a-no-substitute"));
  }

  @Test
  void aPinnedSdkFromAListedDeveloperMakesIntegrityMediumOnly() {
    Map<String, Object> cia = cia(sdkEstate(List.of()).build(), "pos");

    assertThat(dimension(cia, "integrity").get("level")).isEqualTo("medium");
    assertThat(dimension(cia, "integrity").get("rules")).isEqualTo(List.of("i-supplied-code"));
    assertThat(dimension(cia, "confidentiality").get("level")).isEqualTo("low");
  }

  @Test
  void theChangesOfTheAppDoNotCountForTheSdkItEmbeds() {
    // The app auto-updates (its publisher's doing), the SDK inside is pinned: sdkco cannot change it in place.
    Estate estate = new TestEstate()
        .system("pos").product("app", "App").product("sdk", "SDK").org("vendor", "Vendor Inc.").org("sdkco", "SDK Co.")
        .list("covered", "Covered")
        .edge(EdgeKind.USES, "pos", "app", new EdgeTerms.Usage(List.of(), List.of(EdgeTerms.Change.AUTO_UPDATE)),
            Validity.ALWAYS)
        .edge(EdgeKind.EMBEDS, "app", "sdk")
        .edge(EdgeKind.PUBLISHES, "vendor", "app")
        .edge(EdgeKind.DEVELOPS, "sdkco", "sdk")
        .edge(EdgeKind.LISTED_ON, "sdkco", "covered")
        .build();

    assertThat(dimension(cia(estate, "pos"), "integrity").get("level")).isEqualTo("medium");
  }

  @Test
  void aSubjectExposedToNoListedPartyHasEveryLevelNone() {
    Estate estate = sdkEstate(List.of(EdgeTerms.Change.AUTO_UPDATE)).build();
    Estate unlisted = new Estate("t", "", null, List.of(), estate.nodes().values().stream().toList(),
        estate.edges().stream().filter(e -> e.kind() != EdgeKind.LISTED_ON).toList(), List.of());

    Map<String, Object> cia = cia(unlisted, "pos");

    for (String name : List.of("confidentiality", "integrity", "availability")) {
      assertThat(dimension(cia, name)).containsEntry("level", "none").containsEntry("rank", 0L)
          .containsEntry("rules", List.of()).containsEntry("parties", List.of());
    }
  }

  /** {@code plant} uses {@code cloud}, operated by {@code cloudco} on list {@code covered}. */
  private static TestEstate cloudEstate() {
    return new TestEstate()
        .system("plant")
        .product("cloud", "Cloud")
        .org("cloudco", "Cloud Co.")
        .list("covered", "Covered")
        .uses("plant", "cloud", "hosting")
        .edge(EdgeKind.OPERATES, "cloudco", "cloud")
        .edge(EdgeKind.LISTED_ON, "cloudco", "covered");
  }

  @Test
  void supplyFromAListedPartyWithoutASubstituteMakesAvailabilityHigh() {
    Map<String, Object> availability = dimension(cia(cloudEstate().build(), "plant"), "availability");

    assertThat(availability.get("level")).isEqualTo("high");
    assertThat(availability.get("rules")).isEqualTo(List.of("a-no-substitute"));
    assertThat(availability.get("parties")).isEqualTo(List.of("cloudco"));
  }

  @Test
  void aDeclaredSubstituteFromAnotherSupplierMakesAvailabilityLow() {
    Estate estate = cloudEstate()
        .product("other-cloud", "Other cloud").org("otherco", "Other Co.")
        .edge(EdgeKind.OPERATES, "otherco", "other-cloud")
        .edge(EdgeKind.SUBSTITUTES, "other-cloud", "cloud")
        .build();

    Map<String, Object> availability = dimension(cia(estate, "plant"), "availability");

    assertThat(availability.get("level")).isEqualTo("low");
    assertThat(availability.get("rules")).isEqualTo(List.of("a-substitute"));
  }

  @Test
  void aSubstituteFromTheSameListedSupplierDoesNotCount() {
    Estate estate = cloudEstate()
        .product("other-cloud", "Other cloud")
        .edge(EdgeKind.OPERATES, "cloudco", "other-cloud")
        .edge(EdgeKind.SUBSTITUTES, "other-cloud", "cloud")
        .build();

    assertThat(dimension(cia(estate, "plant"), "availability").get("level")).isEqualTo("high");
  }

  @Test
  void packConditionsSeeSubjectAndExposureCia() {
    Estate estate = sdkEstate(List.of(EdgeTerms.Change.REMOTE_CONFIG)).build();
    var pack = TestEstate.pack("""
        pack: {id: p, title: P, citation: "Act"}
        rules:
          - id: integrity-high
            title: A listed party can change what the system runs
            citation: Act s.1
            scope: [system]
            over: subject
            verdict: review
            condition: subject.cia.integrity.level == 'high'
          - id: party-can-change
            title: This party can change what the system runs
            citation: Act s.2
            scope: [system]
            verdict: review
            condition: exposure.cia.integrity.rank >= 3 && exposure.party.id in subject.cia.integrity.parties
        """);

    AssessmentResult result = Assessment.run(estate, List.of(pack), DAY);

    assertThat(result.findings()).extracting(f -> f.rule().id() + ":" + f.subject().id())
        .containsExactlyInAnyOrder("integrity-high:pos", "party-can-change:pos");
    assertThat(result.findings().stream().filter(f -> f.rule().id().equals("party-can-change")).findFirst()
        .orElseThrow().evidence()).extracting(e -> result.snapshot().node(e.party()).id()).containsExactly("sdkco");
  }

  @Test
  void theBundledRulesLoadAndCoverEveryDimension() {
    assertThat(CiaRules.bundled().rules()).extracting(r -> r.dimension())
        .contains(CiaRules.Dimension.values());
  }

  @Test
  void aRulesFileIsCheckedWhole() {
    assertThatThrownBy(() -> CiaRules.parse("""
        version: 1
        rules:
          - {id: a, dimension: secrecy, level: high, when: "true", reason: r}
          - {id: b, dimension: integrity, level: none, when: "true", reason: r}
          - {id: c, dimension: integrity, level: high, when: "exposure.cia.integrity.rank > 0", reason: r}
          - {id: d, dimension: integrity, level: high, when: "exposure.nothing", reason: r}
          - {id: d, dimension: integrity, level: low, when: "true"}
        """, "rules.yaml"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("secrecy")
        .hasMessageContaining("level none raises nothing")
        .hasMessageContaining("uses the cia facts it computes")
        .hasMessageContaining("rule 'd': condition does not compile")
        .hasMessageContaining("'d' is used twice")
        .hasMessageContaining("reason");
  }
}
