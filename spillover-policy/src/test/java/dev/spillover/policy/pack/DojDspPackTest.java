package dev.spillover.policy.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.dataflow.BulkScope;
import dev.spillover.dataflow.BulkThreshold;
import dev.spillover.dataflow.CountryVolume;
import dev.spillover.dataflow.DataFlowAnalysis;
import dev.spillover.input.InputException;
import dev.spillover.model.Confidence;
import dev.spillover.model.Dataset;
import dev.spillover.model.Dataset.DataCategory;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.Node;
import dev.spillover.model.Organization;
import dev.spillover.model.Provenance;
import dev.spillover.model.Seats;
import dev.spillover.model.Validity;
import dev.spillover.policy.BulkRecipients;
import dev.spillover.policy.Pack;
import dev.spillover.policy.PackAggregate;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * The DOJ Data Security Program pack: its bulk thresholds (28 CFR 202.205) as the data-flow
 * analysis applies them, each at, just below and just above its figure; and its rules: a bulk
 * transfer to a covered person (by jurisdiction or by 50 % aggregate ownership) is prohibited from
 * the effective date, a transfer at or below the threshold is for review.
 */
class DojDspPackTest {
  private static final Provenance PROVENANCE = new Provenance("test", LocalDate.of(2025, 1, 1), Confidence.DECLARED);
  private static final LocalDate AS_OF = LocalDate.of(2025, 6, 1);
  private static final Pack DSP = PackCatalog.bundled("doj-dsp");

  /** Category, unit, the figure of 202.205 (hand-copied from the regulation, not from the pack). */
  static Stream<Arguments> figures() {
    return Stream.of(
        Arguments.of(DataCategory.HUMAN_GENOMIC, BulkThreshold.Unit.PERSONS, 100L),
        Arguments.of(DataCategory.HUMAN_OMIC, BulkThreshold.Unit.PERSONS, 1_000L),
        Arguments.of(DataCategory.BIOMETRIC, BulkThreshold.Unit.PERSONS, 1_000L),
        Arguments.of(DataCategory.PRECISE_GEOLOCATION, BulkThreshold.Unit.DEVICES, 1_000L),
        Arguments.of(DataCategory.HEALTH, BulkThreshold.Unit.PERSONS, 10_000L),
        Arguments.of(DataCategory.FINANCIAL, BulkThreshold.Unit.PERSONS, 10_000L),
        Arguments.of(DataCategory.COVERED_PERSONAL_IDENTIFIERS, BulkThreshold.Unit.PERSONS, 100_000L));
  }

  @ParameterizedTest(name = "{0}: more than {2} {1}")
  @MethodSource("figures")
  void eachThresholdIsCrossedOnlyAboveItsFigure(DataCategory category, BulkThreshold.Unit unit, long figure) {
    BulkThreshold threshold = DSP.thresholds().stream().filter(t -> t.category() == category).findFirst().orElseThrow();
    assertThat(threshold.moreThan()).isEqualTo(figure);
    assertThat(threshold.unit()).isEqualTo(unit);
    assertThat(threshold.citation()).startsWith("28 CFR 202.205");

    assertThat(statusFor(category, unit, figure - 1)).isEqualTo(CountryVolume.Status.BELOW);
    assertThat(statusFor(category, unit, figure)).isEqualTo(CountryVolume.Status.BELOW);
    assertThat(statusFor(category, unit, figure + 1)).isEqualTo(CountryVolume.Status.CROSSED);
  }

  @Test
  void governmentRelatedDataIsBulkAtAnyVolume() {
    BulkThreshold threshold = DSP.thresholds().stream()
        .filter(t -> t.category() == DataCategory.GOVERNMENT_RELATED).findFirst().orElseThrow();
    assertThat(threshold.anyVolume()).isTrue();
    assertThat(statusFor(DataCategory.GOVERNMENT_RELATED, BulkThreshold.Unit.PERSONS, 0)).isEqualTo(CountryVolume.Status.BELOW);
    assertThat(statusFor(DataCategory.GOVERNMENT_RELATED, BulkThreshold.Unit.PERSONS, 1)).isEqualTo(CountryVolume.Status.CROSSED);
  }

  @Test
  void thePackHasOneThresholdPerCategoryButOther() {
    assertThat(DSP.thresholds()).extracting(BulkThreshold::category)
        .containsExactlyInAnyOrder(DataCategory.HUMAN_GENOMIC, DataCategory.HUMAN_OMIC, DataCategory.BIOMETRIC,
            DataCategory.PRECISE_GEOLOCATION, DataCategory.HEALTH, DataCategory.FINANCIAL,
            DataCategory.COVERED_PERSONAL_IDENTIFIERS, DataCategory.GOVERNMENT_RELATED);
  }

  @Test
  void aThresholdWithBothAFigureAndAnyVolumeOrWithNeitherIsRejected() {
    String pack = """
        pack: {id: t, title: T, citation: C}
        sources: [{id: s, title: S}]
        thresholds:
          - {category: health, moreThan: 5, anyVolume: true, citation: c, source: s, asOf: 2025-01-01}
          - {category: financial, citation: c, source: s, asOf: 2025-01-01}
          - {category: healthy, moreThan: 5, citation: c, source: s, asOf: 2025-01-01}
        rules:
          - {id: r, title: R, citation: C, scope: [dataset], verdict: review, condition: "true", source: s}
        """;
    assertThatThrownBy(() -> PackLoader.parse(pack, "t.yaml", "test"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("both 'moreThan' and 'anyVolume'")
        .hasMessageContaining("missing 'moreThan'")
        .hasMessageContaining("'category' is");
  }

  @Test
  void aBulkRecipientsAggregateWithoutCountriesIsRejected() {
    String pack = """
        pack: {id: t, title: T, citation: C}
        sources: [{id: s, title: S}]
        aggregates:
          - {id: covered, title: Covered, lists: [sdn], source: s, bulkRecipients: true}
        rules:
          - {id: r, title: R, citation: C, scope: [dataset], verdict: review, condition: "true", source: s}
        """;
    assertThatThrownBy(() -> PackLoader.parse(pack, "t.yaml", "test"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("aggregate 'covered': 'bulkRecipients: true' without 'countries'");
  }

  /**
   * Acme's precise-geolocation dataset of {@code devices} devices goes to {@code recipient}: either
   * {@code cn-co} (incorporated in CN) or {@code gb-co} (incorporated in GB), which {@code cn-co}
   * owns {@code cnShare} percent of and a US fund the rest.
   */
  private static Estate transfer(long devices, String recipient, double cnShare) {
    return new dev.spillover.policy.TestEstate().ownedBy("acme").orgIn("acme", "Acme", "US")
        .orgIn("cn-co", "CN Co", "CN").orgIn("gb-co", "GB Co", "GB").orgIn("us-fund", "US Fund", "US")
        .owns("cn-co", "gb-co", cnShare).owns("us-fund", "gb-co", 100 - cnShare)
        .node(new Dataset("geo", "Geo", List.of(), Map.of(), PROVENANCE, Set.of(DataCategory.PRECISE_GEOLOCATION),
            null, devices))
        .edge(EdgeKind.TRANSFERS_DATA, "geo", recipient, new EdgeTerms.DataTransfer(null, null, "resale", true),
            Validity.ALWAYS)
        .build();
  }

  /** rule id -> verdict (or the reason it is withheld) of the findings on dataset geo. */
  private static Map<String, String> findings(Estate estate, LocalDate day) {
    Map<String, String> found = new java.util.TreeMap<>();
    for (var finding : dev.spillover.policy.Assessment.run(estate, List.of(DSP), day).findings()) {
      assertThat(finding.subject().id()).isEqualTo("geo");
      found.put(finding.rule().id(), finding.verdict() != null ? finding.verdict().name().toLowerCase()
          : finding.verdictWithheldBecause());
    }
    return found;
  }

  @Test
  void aBulkTransferToACoveredPersonIsProhibitedAndOneAtOrBelowTheThresholdIsForReview() {
    assertThat(findings(transfer(999, "cn-co", 0), AS_OF)).containsExactly(Map.entry("dsp-transfer-to-covered-person", "review"));
    assertThat(findings(transfer(1_000, "cn-co", 0), AS_OF)).containsExactly(Map.entry("dsp-transfer-to-covered-person", "review"));
    assertThat(findings(transfer(1_001, "cn-co", 0), AS_OF))
        .containsExactly(Map.entry("dsp-bulk-transfer-to-covered-person", "prohibited"));
  }

  @Test
  void anEntityOwnedFiftyPercentOrMoreInAggregateByCoveredPersonsIsACoveredPerson() {
    assertThat(findings(transfer(1_001, "gb-co", 50), AS_OF))
        .containsExactly(Map.entry("dsp-bulk-transfer-to-covered-person", "prohibited"));
    assertThat(findings(transfer(1_000, "gb-co", 50), AS_OF))
        .containsExactly(Map.entry("dsp-transfer-to-covered-person", "review"));
    // 49 %: gb-co is not covered, and its minority owner in CN is not the recipient.
    assertThat(findings(transfer(1_001, "gb-co", 49), AS_OF)).isEmpty();
  }

  @Test
  void beforeTheEffectiveDateTheProhibitionIsPendingAndGivesNoVerdict() {
    assertThat(findings(transfer(1_001, "cn-co", 0), LocalDate.of(2025, 4, 7)))
        .containsOnlyKeys("dsp-bulk-transfer-to-covered-person")
        .allSatisfy((rule, verdict) -> assertThat(verdict).contains("pending until 2025-04-08"));
    assertThat(findings(transfer(1_001, "cn-co", 0), LocalDate.of(2025, 4, 8)))
        .containsExactly(Map.entry("dsp-bulk-transfer-to-covered-person", "prohibited"));
  }

  /**
   * The status of one dataset of {@code count} (persons or devices) sent to a recipient incorporated in
   * CN, under the pack's thresholds and scope: per recipient (the test that decides), checked to be
   * the same as the per-country summary.
   */
  private static CountryVolume.Status statusFor(DataCategory category, BulkThreshold.Unit unit, long count) {
    List<Node> nodes = new ArrayList<>();
    nodes.add(new Organization("recipient", "Recipient", List.of(), Map.of(), PROVENANCE,
        Organization.OrganizationType.COMPANY, new Seats("CN", null, null, null), false));
    Long persons = unit == BulkThreshold.Unit.PERSONS ? count : null;
    Long devices = unit == BulkThreshold.Unit.DEVICES ? count : null;
    nodes.add(new Dataset("data", "Data", List.of(), Map.of(), PROVENANCE, Set.of(category), persons, devices));
    List<Edge> edges = List.of(new Edge("e0", EdgeKind.TRANSFERS_DATA, "data", "recipient", Validity.ALWAYS, PROVENANCE,
        new EdgeTerms.DataTransfer(null, null, "resale", true)));
    Estate estate = new Estate("t", "", List.of(), nodes, edges, List.of());
    BulkScope scope = BulkRecipients.of(estate, List.of(DSP), AS_OF);
    assertThat(scope.coversRecipient(estate.indexOf("recipient"))).isTrue();
    DataFlowAnalysis.Result result = DataFlowAnalysis.run(estate, AS_OF, DSP.thresholds(), scope);
    CountryVolume.Status perCountry = result.volumes().stream()
        .filter(v -> v.category() == category && v.country().equals("CN")).findFirst().orElseThrow().status();
    CountryVolume.Status perRecipient = result.recipientVolumes().stream()
        .filter(v -> v.category() == category).findFirst().orElseThrow().status();
    assertThat(perCountry).isEqualTo(perRecipient);
    return perRecipient;
  }

  @Test
  void theThresholdsApplyToTheCoveredPersonsAndCountriesOfConcernOfThePack() {
    assertThat(DSP.aggregates()).filteredOn(PackAggregate::bulkRecipients).extracting(PackAggregate::id)
        .containsExactly("dsp-covered");
    Estate estate = transfer(240_000, "us-fund", 0);
    BulkScope scope = BulkRecipients.of(estate, List.of(DSP), AS_OF);
    assertThat(scope.countries()).containsExactlyInAnyOrder("CN", "HK", "MO", "CU", "IR", "KP", "RU", "VE");
    assertThat(scope.coversRecipient(estate.indexOf("cn-co"))).isTrue();
    assertThat(scope.coversRecipient(estate.indexOf("us-fund"))).isFalse();
    assertThat(scope.coversRecipient(estate.indexOf("gb-co"))).isFalse();
    assertThat(BulkRecipients.of(transfer(1, "gb-co", 50), List.of(DSP), AS_OF)
        .coversRecipient(estate.indexOf("gb-co"))).isTrue();
  }

  @Test
  void aVolumeToAUsRecipientFarAboveTheFigureIsOutOfScopeAndGivesNoFinding() {
    Estate estate = transfer(240_000, "us-fund", 0);
    DataFlowAnalysis.Result result = DataFlowAnalysis.run(estate, AS_OF, DSP.thresholds(),
        BulkRecipients.of(estate, List.of(DSP), AS_OF));

    assertThat(result.recipientVolumes()).singleElement().satisfies(v -> {
      assertThat(v.devices()).isEqualTo(240_000);
      assertThat(v.status()).isEqualTo(CountryVolume.Status.OUT_OF_SCOPE);
    });
    assertThat(result.volumes()).singleElement()
        .satisfies(v -> assertThat(v.status()).isEqualTo(CountryVolume.Status.OUT_OF_SCOPE));
    assertThat(result.crossed()).isEmpty();
    assertThat(findings(estate, AS_OF)).isEmpty();
  }

  @Test
  void theTestIsPerRecipientNotPerCountry() {
    // 600 devices to each of two covered persons in CN: 1,200 reach China (the summary is over
    // 1,000), but neither recipient gets more than 1,000: no bulk transfer, two for review. Sent both
    // to one of them, the 1,200 are bulk at that recipient.
    java.util.function.Function<String, Estate> estate = second -> new dev.spillover.policy.TestEstate()
        .ownedBy("acme").orgIn("acme", "Acme", "US").orgIn("cn-a", "A", "CN").orgIn("cn-b", "B", "CN")
        .node(new Dataset("geo", "Geo", List.of(), Map.of(), PROVENANCE, Set.of(DataCategory.PRECISE_GEOLOCATION),
            null, 600L))
        .node(new Dataset("geo2", "Geo 2", List.of(), Map.of(), PROVENANCE, Set.of(DataCategory.PRECISE_GEOLOCATION),
            null, 600L))
        .edge(EdgeKind.TRANSFERS_DATA, "geo", "cn-a", new EdgeTerms.DataTransfer(null, null, "resale", true),
            Validity.ALWAYS)
        .edge(EdgeKind.TRANSFERS_DATA, "geo2", second, new EdgeTerms.DataTransfer(null, null, "resale", true),
            Validity.ALWAYS)
        .build();

    Estate apart = estate.apply("cn-b");
    DataFlowAnalysis.Result result = DataFlowAnalysis.run(apart, AS_OF, DSP.thresholds(),
        BulkRecipients.of(apart, List.of(DSP), AS_OF));
    assertThat(result.countriesOverThreshold()).extracting(CountryVolume::country).containsExactly("CN");
    assertThat(result.crossed()).isEmpty();
    assertThat(verdicts(apart)).containsExactly("geo dsp-transfer-to-covered-person review",
        "geo2 dsp-transfer-to-covered-person review");

    assertThat(verdicts(estate.apply("cn-a"))).containsExactly("geo dsp-bulk-transfer-to-covered-person prohibited",
        "geo2 dsp-bulk-transfer-to-covered-person prohibited");
  }

  /** "subject rule verdict" of every finding, sorted. */
  private static List<String> verdicts(Estate estate) {
    return dev.spillover.policy.Assessment.run(estate, List.of(DSP), AS_OF).findings().stream()
        .map(f -> f.subject().id() + " " + f.rule().id() + " " + f.verdict().name().toLowerCase()).sorted().toList();
  }
}
