package dev.spillover.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.spillover.exposure.ExposurePath;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.Estate;
import dev.spillover.model.Waiver;
import dev.spillover.policy.facts.Listing;
import dev.spillover.policy.pack.PackCatalog;
import dev.spillover.snapshot.Snapshot;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Assessments of a small estate: Acme (the owner) runs a point-of-sale system and a web shop that
 * use WeChat, developed by Tenpay, which Tencent owns 60 % of through an 80 % holding in a
 * Hong Kong company that owns 75 % of it; a minority investor holds the other 20 %.
 */
class AssessmentTest {
  private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
  private static final String COVERED = "'covered' in exposure.party.lists";

  private static TestEstate acme() {
    return new TestEstate()
        .org("acme", "Acme Inc.").system("acme-pos").system("acme-web").product("acme-app", "Acme App")
        .org("acme-labs", "Acme Labs").product("acme-sdk", "Acme SDK")
        .orgIn("tencent", "Tencent Holdings Ltd.", "KY").orgIn("tencent-hk", "Tencent HK", "HK")
        .org("tenpay", "Tenpay Payment Technology").org("investor", "Minority Investor")
        .product("wechat", "WeChat").org("other-co", "Other Co").product("other-app", "Other App")
        .edge(EdgeKind.PUBLISHES, "acme", "acme-app").owns("acme", "acme-labs", 100)
        .edge(EdgeKind.DEVELOPS, "acme-labs", "acme-sdk")
        .uses("acme-pos", "wechat", "payments").uses("acme-web", "wechat", "marketing")
        .uses("acme-pos", "other-app", "marketing")
        .edge(EdgeKind.DEVELOPS, "tenpay", "wechat").edge(EdgeKind.DEVELOPS, "other-co", "other-app")
        .owns("tencent", "tencent-hk", 80).owns("tencent-hk", "tenpay", 75).owns("investor", "tenpay", 20)
        .ownedBy("acme");
  }

  @Test
  void aRuleInForceGivesItsVerdict() {
    Finding finding = only(run(acme().build(), DAY, rule("r1", "prohibited", COVERED)), "acme-pos");

    assertThat(finding.status()).isEqualTo(RuleStatus.ALWAYS_IN_FORCE);
    assertThat(finding.verdict()).isEqualTo(Verdict.PROHIBITED);
    assertThat(finding.verdictWithheldBecause()).isNull();
  }

  @Test
  void aResultNarrowedToSomeFindingsKeepsTheirOrderAndCountsOnlyThem() {
    AssessmentResult all = run(acme().build(), DAY, rule("r1", "prohibited", COVERED));

    AssessmentResult narrowed = all.only(f -> f.subject().id().equals("acme-pos"));

    assertThat(all.findings()).hasSizeGreaterThan(1);
    assertThat(narrowed.findings()).extracting(f -> f.subject().id()).containsExactly("acme-pos");
    assertThat(narrowed.verdictCounts().get(Verdict.PROHIBITED)).isEqualTo(1);
    assertThat(narrowed.snapshot()).isSameAs(all.snapshot());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "pending until 2025-01-01 | [{on: 2024-01-01, event: announced, effective: 2025-01-01, source: act}]",
      "delayed until 2025-01-01 | [{on: 2024-01-01, event: announced, effective: 2024-03-01, source: act},"
          + " {on: 2024-02-01, event: delayed, effective: 2025-01-01, source: act}]",
      "enjoined since 2024-02-01 | [{on: 2024-01-01, event: announced, effective: 2024-03-01, source: act},"
          + " {on: 2024-02-01, event: enjoined, source: act}]",
      "suspended since 2024-05-01 until 2024-07-01 | [{on: 2023-01-01, event: announced, source: act},"
          + " {on: 2024-05-01, event: suspended, until: 2024-07-01, source: act}]"})
  void aRuleThatIsNotInForceIsReportedButGivesNoVerdict(String state, String timeline) {
    AssessmentResult result = run(acme().build(), DAY, rule("r1", "prohibited", COVERED, "timeline: " + timeline));
    Finding finding = only(result, "acme-pos");

    assertThat(finding.status().describe()).isEqualTo(state);
    assertThat(finding.verdict()).isNull();
    assertThat(finding.verdictWithheldBecause()).isEqualTo("rule " + state);
    assertThat(result.verdictCounts()).containsEntry(Verdict.PROHIBITED, 0);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "NOT_ANNOUNCED | [{on: 2025-01-01, event: announced, source: act}]",
      "REVOKED       | [{on: 2020-01-01, event: announced, source: act}, {on: 2024-01-01, event: revoked, source: act}]"})
  void aRuleThatDoesNotExistOnTheDayGivesNoFindings(RuleStatus.State state, String timeline) {
    AssessmentResult result = run(acme().build(), DAY, rule("r1", "prohibited", COVERED, "timeline: " + timeline));

    assertThat(result.findings()).isEmpty();
    assertThat(result.status(result.packs().get(0), result.packs().get(0).rules().get(0)).state()).isEqualTo(state);
  }

  @Test
  void aLogOnlyRuleGivesNoVerdict() {
    Finding finding = only(run(acme().build(), DAY, rule("r1", "prohibited", COVERED, "mode: log")), "acme-pos");

    assertThat(finding.status().inForce()).isTrue();
    assertThat(finding.verdict()).isNull();
    assertThat(finding.verdictWithheldBecause()).isEqualTo("rule is log-only");
  }

  @ParameterizedTest(name = "on {0}: waived {1}")
  @CsvSource({"2024-05-31, false", "2024-06-01, true", "2024-06-30, true", "2024-07-01, false", "2024-07-02, false"})
  void aWaiverInTheRuleWithholdsTheVerdictFromItsStartUntilTheDayBeforeItsEnd(LocalDate day, boolean waived) {
    String waiver = "waivers: [{id: w1, subject: acme-pos, reason: Migrating, from: 2024-06-01, until: 2024-07-01}]";
    AssessmentResult result = run(acme().build(), day, rule("r1", "prohibited", COVERED, waiver));

    assertWaived(only(result, "acme-pos"), waived, "waived until 2024-07-01 (w1)");
    assertThat(only(result, "acme-web").verdict()).as("another subject").isEqualTo(Verdict.PROHIBITED);
  }

  @ParameterizedTest(name = "on {0}: waived {1}")
  @CsvSource({"2024-06-30, true", "2024-07-01, false"})
  void aWaiverInTheEstateWithholdsTheVerdictUntilTheDayBeforeItsEnd(LocalDate day, boolean waived) {
    Estate estate = acme().waiver(new Waiver("w2", "test", null, "acme-pos", "Migrating", "CFO", null,
        LocalDate.of(2024, 7, 1), null)).build();
    AssessmentResult result = run(estate, day, rule("r1", "prohibited", COVERED), rule("r2", "review", COVERED));

    assertThat(findings(result, "acme-pos")).hasSize(2)
        .allSatisfy(finding -> assertWaived(finding, waived, "waived until 2024-07-01 (w2)"));
  }

  @Test
  void aRuleOverTheSubjectTestsEachSubjectOnceWithoutAnExposure() {
    AssessmentResult result = run(acme().build(), DAY,
        rule("third-party", "review", "!subject.ours", "over: subject", "scope: [product]"));

    assertThat(result.findings()).extracting(f -> f.subject().id()).containsExactly("other-app", "wechat");
    assertThat(result.findings()).allSatisfy(finding -> assertThat(finding.evidence())
        .containsExactly(new Evidence(-1, List.of(), List.of(), -1, 0, 0, false)));
  }

  @Test
  void theOwnersProductsAndThoseOfTheCompaniesItControlsAreOurs() {
    String ours = rule("ours", "review", "subject.ours", "over: subject", "scope: [product, system]");

    assertThat(run(acme().build(), DAY, ours).findings()).extracting(f -> f.subject().id())
        .containsExactlyInAnyOrder("acme-pos", "acme-web", "acme-app", "acme-sdk");
    assertThat(run(acme().ownedBy(null).build(), DAY, ours).findings()).as("an estate without an owner")
        .hasSize(6);
  }

  @Test
  void evidenceGivesTheListedPartyThePathsToItAndItsListings() {
    AssessmentResult result = run(acme().build(), DAY, rule("r1", "prohibited", COVERED));
    Evidence evidence = only(result, "acme-pos").evidence().get(0);
    Snapshot snapshot = result.snapshot();

    assertThat(only(result, "acme-pos").evidence()).hasSize(1);
    assertThat(snapshot.node(evidence.party()).id()).isEqualTo("tencent");
    assertThat(evidence.paths()).singleElement().extracting(path -> ids(snapshot, path, "acme-pos"))
        .isEqualTo(List.of("acme-pos", "wechat", "tenpay", "tencent-hk", "tencent"));
    assertThat(evidence.listings()).containsExactly(new Listing("covered", "Covered", "test", null, "act",
        "name 'Tencent Holdings Ltd.' matches list entry 'Tencent Holdings Limited'"));
  }

  @Test
  void conditionsAndEvidenceSeeListingsFoundOutsideTheEstateAndThePacks() {
    Listing screened = new Listing("ofac-sdn", "OFAC SDN", null, null, "sdn.csv",
        "screening match 0.750: name 'Other Co' ~ entry 7 'OTHER CO.'");

    AssessmentResult result = Assessment.run(acme().build(), List.of(pack(rule("r1", "prohibited",
        "'ofac-sdn' in exposure.party.lists"))), DAY, done -> { }, Map.of("other-co", List.of(screened)));

    Evidence evidence = only(result, "acme-pos").evidence().get(0);
    assertThat(result.snapshot().node(evidence.party()).id()).isEqualTo("other-co");
    assertThat(evidence.listings()).containsExactly(screened);
    assertThat(findings(result, "acme-web")).as("uses nothing of Other Co").isEmpty();
  }

  @Test
  void aPartyThatOwnsSixtyPercentOfTheDeveloperThroughAChainControlsIt() {
    AssessmentResult result = run(acme().build(), DAY,
        rule("r1", "review", "exposure.role == 'develops' && exposure.attributedTo == 'tenpay'"));
    Map<String, Evidence> byParty = only(result, "acme-pos").evidence().stream()
        .collect(Collectors.toMap(e -> result.snapshot().node(e.party()).id(), Function.identity()));

    assertThat(byParty).containsOnlyKeys("tenpay", "tencent-hk", "tencent", "investor");
    assertShare(byParty.get("tenpay"), true, 100);
    assertShare(byParty.get("tencent-hk"), true, 75);
    assertShare(byParty.get("tencent"), true, 60);
    assertShare(byParty.get("investor"), false, 20);
  }

  @Test
  void conditionsSeeTheControlAndShareOfTheParty() {
    AssessmentResult result = run(acme().build(), DAY,
        rule("r1", "prohibited", "exposure.controls && exposure.shareMin > 59.99 && exposure.shareMax < 60.01"));

    assertThat(only(result, "acme-pos").evidence()).extracting(e -> result.snapshot().node(e.party()).id())
        .containsExactly("tencent");
  }

  @Test
  void conditionsSeeADeclaredOrMultipliedShareExactly() {
    Estate estate = acme().owns("investor", "other-co", 29).build();

    AssessmentResult direct = run(estate, DAY, rule("r1", "review",
        "exposure.party.id == 'investor' && exposure.shareMin >= 29.0 && exposure.shareMax <= 29.0"));
    AssessmentResult chain = run(estate, DAY, rule("r1", "review",
        "exposure.party.id == 'tencent' && exposure.shareMin >= 60.0 && exposure.shareMax <= 60.0"));

    assertThat(direct.findings()).extracting(f -> f.subject().id()).containsExactly("acme-pos");
    assertThat(chain.findings()).extracting(f -> f.subject().id()).containsExactly("acme-pos", "acme-web");
  }

  @Test
  void ordersFindingsThatCountFirstMostSevereFirst() {
    AssessmentResult result = run(acme().build(), DAY,
        rule("a-review", "review", COVERED),
        rule("b-prohibited", "prohibited", COVERED),
        rule("c-pending", "prohibited", COVERED,
            "timeline: [{on: 2024-01-01, event: announced, effective: 2025-01-01, source: act}]"),
        rule("d-log", "restricted", COVERED, "mode: log"),
        rule("e-restricted", "restricted", COVERED));

    assertThat(result.findings()).extracting(f -> f.rule().id() + " " + f.subject().id()).containsExactly(
        "b-prohibited acme-pos", "b-prohibited acme-web",
        "e-restricted acme-pos", "e-restricted acme-web",
        "a-review acme-pos", "a-review acme-web",
        "c-pending acme-pos", "c-pending acme-web",
        "d-log acme-pos", "d-log acme-web");
    assertThat(result.verdictCounts()).isEqualTo(Map.of(
        Verdict.PROHIBITED, 2, Verdict.RESTRICTED, 2, Verdict.REVIEW, 2, Verdict.ALLOWED, 0));
  }

  @Test
  void twoPacksWithOneIdAreRefusedSoThatNoFindingGetsTheOthersStatus() {
    String header = "pack: {id: same, title: Same, citation: Test}\nsources: [{id: act, title: Act}]\nrules:\n";
    String tencent = "exposure.party.id == 'tencent'";
    Pack inForce = TestEstate.pack(header + rule("r1", "prohibited", tencent));
    Pack pending = TestEstate.pack(header + rule("r1", "prohibited", tencent,
        "timeline: [{on: 2024-01-01, event: announced, effective: 2025-01-01, source: act}]"));

    // Statuses and findings are keyed by pack id, so two packs with one id are refused outright.
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Assessment.run(acme().build(), List.of(inForce, pending), DAY))
        .isInstanceOf(dev.spillover.input.InputException.class)
        .hasMessageContaining("pack id 'same' is also the id of");
    AssessmentResult alone = Assessment.run(acme().build(), List.of(pending), DAY);
    assertThat(alone.findings()).isNotEmpty().allSatisfy(finding ->
        assertThat(finding.status()).isEqualTo(finding.rule().timeline().statusOn(DAY)));
  }

  @Test
  void aConditionThatFailsOnASubjectNamesThePackTheRuleAndTheSubject() {
    assertThatThrownBy(() -> run(acme().build(), DAY, rule("r1", "review", "100 / (exposure.depth - 2) > 0")))
        .isInstanceOf(CompiledCondition.EvaluationFailure.class)
        .hasMessageStartingWith("pack 'test', rule 'r1': condition failed on subject 'acme-pos': ");
  }

  @ParameterizedTest(name = "on {0}: {1}")
  @CsvSource({"2020-09-01, pending until 2020-09-20", "2020-09-21, enjoined since 2020-09-19"})
  void theWeChatPaymentsOfThePointOfSaleAreFoundButNotProhibitedUnderEo13943(LocalDate day, String state) {
    AssessmentResult result = Assessment.run(acme().build(), List.of(PackCatalog.bundled("eo-13943")), day);

    Finding payments = findings(result, "acme-pos").stream()
        .filter(f -> f.rule().id().equals("wechat-payments")).findFirst().orElseThrow();
    assertThat(payments.status().describe()).isEqualTo(state);
    assertThat(payments.verdict()).isNull();
  }

  @Test
  void eo13943GivesNoFindingsOnceRevoked() {
    assertThat(Assessment.run(acme().build(), List.of(PackCatalog.bundled("eo-13943")), LocalDate.of(2021, 7, 1))
        .findings()).isEmpty();
  }

  private static void assertWaived(Finding finding, boolean waived, String reason) {
    if (waived) {
      assertThat(finding.verdict()).isNull();
      assertThat(finding.waiver()).isNotNull();
      assertThat(finding.verdictWithheldBecause()).isEqualTo(reason);
    } else {
      assertThat(finding.verdict()).isEqualTo(finding.rule().verdict());
      assertThat(finding.waiver()).isNull();
    }
  }

  private static void assertShare(Evidence evidence, boolean controls, double percent) {
    assertThat(evidence.controls()).as("controls").isEqualTo(controls);
    assertThat(evidence.shareMin()).as("shareMin").isCloseTo(percent, within(1e-9));
    assertThat(evidence.shareMax()).as("shareMax").isCloseTo(percent, within(1e-9));
  }

  private static List<String> ids(Snapshot snapshot, ExposurePath path, String subject) {
    return Arrays.stream(path.nodes(snapshot, snapshot.indexOf(subject))).mapToObj(n -> snapshot.node(n).id()).toList();
  }

  private static AssessmentResult run(Estate estate, LocalDate day, String... rules) {
    return Assessment.run(estate, List.of(pack(rules)), day);
  }

  private static List<Finding> findings(AssessmentResult result, String subject) {
    return result.findings().stream().filter(f -> f.subject().id().equals(subject)).toList();
  }

  private static Finding only(AssessmentResult result, String subject) {
    List<Finding> found = findings(result, subject);
    assertThat(found).as("findings on %s", subject).hasSize(1);
    return found.get(0);
  }

  /** A pack of {@code rules} with the list 'covered' naming Tencent, and the source 'act'. */
  private static Pack pack(String... rules) {
    return TestEstate.pack("""
        pack: {id: test, title: Test, citation: Test}
        sources: [{id: act, title: Test Act}]
        lists:
          - id: covered
            title: Covered
            source: act
            entries: [{names: ["Tencent Holdings Limited"]}]
        rules:
        """ + String.join("", rules));
  }

  /** A rule over the systems' exposures (unless {@code lines} say otherwise), given as a YAML list item. */
  private static String rule(String id, String verdict, String condition, String... lines) {
    StringBuilder yaml = new StringBuilder("  - id: ").append(id).append('\n')
        .append("    title: ").append(id).append("\n    citation: Test\n")
        .append("    verdict: ").append(verdict).append('\n')
        .append("    condition: \"").append(condition).append("\"\n");
    boolean scoped = false;
    for (String line : lines) {
      yaml.append("    ").append(line).append('\n');
      scoped |= line.startsWith("scope:");
    }
    return scoped ? yaml.toString() : yaml.append("    scope: [system]\n").toString();
  }
}
