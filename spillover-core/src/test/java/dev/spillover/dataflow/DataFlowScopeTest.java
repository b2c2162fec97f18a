package dev.spillover.dataflow;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.dataflow.BulkThreshold.Unit;
import dev.spillover.dataflow.CountryVolume.Status;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Where thresholds apply ({@link BulkScope}) and which aggregation decides: per recipient (the
 * 28 CFR 202.205 test), with the per-country volumes as a summary. Hand-worked answers.
 */
class DataFlowScopeTest {
  private static final Provenance PROVENANCE = new Provenance("test", LocalDate.of(2024, 1, 1), Confidence.DECLARED);
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);
  private static final List<BulkThreshold> THRESHOLDS = List.of(
      new BulkThreshold(DataCategory.PRECISE_GEOLOCATION, 1_000, Unit.DEVICES, false, "202.205(c)"),
      new BulkThreshold(DataCategory.HEALTH, 10_000, Unit.PERSONS, false, "202.205(d)"));
  private static final Set<String> OF_CONCERN = Set.of("CN", "HK");

  private final List<Node> nodes = new ArrayList<>();
  private final List<Edge> edges = new ArrayList<>();

  private DataFlowScopeTest org(String id, String country) {
    nodes.add(new Organization(id, id, List.of(), Map.of(), PROVENANCE, Organization.OrganizationType.COMPANY,
        new Seats(country, country, null, null), false));
    return this;
  }

  private DataFlowScopeTest dataset(String id, DataCategory category, Long persons, Long devices) {
    nodes.add(new Dataset(id, id, List.of(), Map.of(), PROVENANCE, Set.of(category), persons, devices));
    return this;
  }

  private DataFlowScopeTest transfer(String from, String to, String dataset) {
    edges.add(new Edge("e" + edges.size(), EdgeKind.TRANSFERS_DATA, from, to, Validity.ALWAYS, PROVENANCE,
        new EdgeTerms.DataTransfer(dataset, null, "resale", true)));
    return this;
  }

  private Estate estate() {
    return new Estate("scope", "", null, List.of(), nodes, edges, List.of());
  }

  /** Runs with the countries of concern CN and HK and the covered persons {@code covered}. */
  private DataFlowAnalysis.Result run(Estate estate, String... covered) {
    BitSet recipients = new BitSet();
    for (String id : covered) {
      recipients.set(estate.indexOf(id));
    }
    return DataFlowAnalysis.run(estate, AS_OF, THRESHOLDS, BulkScope.of(OF_CONCERN, recipients, "test"));
  }

  private static RecipientVolume toRecipient(Estate estate, DataFlowAnalysis.Result result, DataCategory category,
      String recipient) {
    return result.recipientVolumes().stream()
        .filter(v -> v.category() == category && v.recipient() == estate.indexOf(recipient)).findFirst()
        .orElseThrow(() -> new AssertionError("no volume of " + category + " to " + recipient));
  }

  private static CountryVolume inCountry(DataFlowAnalysis.Result result, DataCategory category, String country) {
    return result.volumes().stream().filter(v -> v.category() == category && v.country().equals(country))
        .findFirst().orElseThrow(() -> new AssertionError("no volume of " + category + " in " + country));
  }

  @Test
  void aVolumeToAUsRecipientFarAboveTheFigureIsOutOfScopeNotCrossed() {
    org("broker", "US").dataset("visits", DataCategory.PRECISE_GEOLOCATION, null, 240_000L)
        .transfer("visits", "broker", null);
    Estate estate = estate();
    DataFlowAnalysis.Result result = run(estate);

    RecipientVolume broker = toRecipient(estate, result, DataCategory.PRECISE_GEOLOCATION, "broker");
    assertThat(broker.devices()).isEqualTo(240_000);
    assertThat(broker.covered()).isFalse();
    assertThat(broker.status()).isEqualTo(Status.OUT_OF_SCOPE);
    assertThat(inCountry(result, DataCategory.PRECISE_GEOLOCATION, "US").status()).isEqualTo(Status.OUT_OF_SCOPE);
    assertThat(result.crossed()).isEmpty();
    assertThat(result.countriesOverThreshold()).isEmpty();
  }

  @Test
  void theSameVolumeOnwardToACoveredPersonCrossesThereOnly() {
    org("broker", "US").org("harbour", "CN").dataset("visits", DataCategory.PRECISE_GEOLOCATION, null, 240_000L)
        .transfer("visits", "broker", null).transfer("broker", "harbour", "visits");
    Estate estate = estate();
    DataFlowAnalysis.Result result = run(estate, "harbour");

    assertThat(result.crossed()).extracting(v -> estate.node(v.recipient()).id()).containsExactly("harbour");
    assertThat(toRecipient(estate, result, DataCategory.PRECISE_GEOLOCATION, "broker").status())
        .isEqualTo(Status.OUT_OF_SCOPE);
    assertThat(inCountry(result, DataCategory.PRECISE_GEOLOCATION, "CN").status()).isEqualTo(Status.CROSSED);
    assertThat(inCountry(result, DataCategory.PRECISE_GEOLOCATION, "US").status()).isEqualTo(Status.OUT_OF_SCOPE);
  }

  @Test
  void twoRecipientsInOneCountryAreSummedPerCountryButTestedApart() {
    // 600 + 600 devices reach China through two covered persons: 1,200 per country (over 1,000, a
    // summary), 600 per recipient (the test): nothing crosses.
    org("alpha", "CN").org("beta", "CN").dataset("d1", DataCategory.PRECISE_GEOLOCATION, null, 600L)
        .dataset("d2", DataCategory.PRECISE_GEOLOCATION, null, 600L)
        .transfer("d1", "alpha", null).transfer("d2", "beta", null);
    Estate estate = estate();
    DataFlowAnalysis.Result result = run(estate, "alpha", "beta");

    assertThat(inCountry(result, DataCategory.PRECISE_GEOLOCATION, "CN").devices()).isEqualTo(1_200);
    assertThat(result.countriesOverThreshold()).hasSize(1);
    assertThat(toRecipient(estate, result, DataCategory.PRECISE_GEOLOCATION, "alpha").status()).isEqualTo(Status.BELOW);
    assertThat(toRecipient(estate, result, DataCategory.PRECISE_GEOLOCATION, "beta").status()).isEqualTo(Status.BELOW);
    assertThat(result.crossed()).isEmpty();
  }

  @Test
  void twoDatasetsToOneRecipientAddUpAndCross() {
    org("alpha", "CN").dataset("d1", DataCategory.PRECISE_GEOLOCATION, null, 600L)
        .dataset("d2", DataCategory.PRECISE_GEOLOCATION, null, 600L)
        .transfer("d1", "alpha", null).transfer("d2", "alpha", null);
    Estate estate = estate();
    DataFlowAnalysis.Result result = run(estate, "alpha");

    RecipientVolume alpha = toRecipient(estate, result, DataCategory.PRECISE_GEOLOCATION, "alpha");
    assertThat(alpha.devices()).isEqualTo(1_200);
    assertThat(alpha.contributions()).extracting(c -> estate.node(c.dataset()).id()).containsExactly("d1", "d2");
    assertThat(result.crossed()).containsExactly(alpha);
  }

  @Test
  void aCoveredPersonOutsideTheCountriesOfConcernIsTestedAsARecipient() {
    // A US company 50 % owned by a covered person is a covered person itself (202.211(a)(1)): the
    // per-recipient test crosses, the US summary stays out of scope.
    org("usSubsidiary", "US").dataset("health", DataCategory.HEALTH, 10_001L, null)
        .transfer("health", "usSubsidiary", null);
    Estate estate = estate();
    DataFlowAnalysis.Result result = run(estate, "usSubsidiary");

    assertThat(toRecipient(estate, result, DataCategory.HEALTH, "usSubsidiary").status()).isEqualTo(Status.CROSSED);
    assertThat(inCountry(result, DataCategory.HEALTH, "US").status()).isEqualTo(Status.OUT_OF_SCOPE);
  }

  @Test
  void aChainWithACycleCountsTheDatasetOnceAtEachRecipient() {
    // visits -> broker -> foreign -> broker (back) and foreign -> reseller -> foreign (back): 700
    // devices reach foreign along two chains and round two cycles; per recipient it is 700 once, below
    // 1,000, not 1,400 or 2,100.
    org("broker", "US").org("foreign", "CN").org("reseller", "HK")
        .dataset("visits", DataCategory.PRECISE_GEOLOCATION, null, 700L)
        .transfer("visits", "broker", null).transfer("broker", "foreign", "visits")
        .transfer("foreign", "broker", "visits").transfer("foreign", "reseller", "visits")
        .transfer("reseller", "foreign", "visits");
    Estate estate = estate();
    DataFlowAnalysis.Result result = run(estate, "foreign", "reseller");

    RecipientVolume foreign = toRecipient(estate, result, DataCategory.PRECISE_GEOLOCATION, "foreign");
    assertThat(foreign.devices()).isEqualTo(700);
    assertThat(foreign.contributions()).hasSize(1);
    assertThat(foreign.status()).isEqualTo(Status.BELOW);
    assertThat(toRecipient(estate, result, DataCategory.PRECISE_GEOLOCATION, "reseller").devices()).isEqualTo(700);
    assertThat(inCountry(result, DataCategory.PRECISE_GEOLOCATION, "CN").devices()).isEqualTo(700);
    assertThat(result.flows()).hasSize(3);
    assertThat(result.crossed()).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1} is {2}")
  @CsvSource({
      "PRECISE_GEOLOCATION, 999, BELOW", "PRECISE_GEOLOCATION, 1000, BELOW", "PRECISE_GEOLOCATION, 1001, CROSSED",
      "HEALTH, 9999, BELOW", "HEALTH, 10000, BELOW", "HEALTH, 10001, CROSSED"})
  void aThresholdIsCrossedOnlyAboveItsFigure(DataCategory category, long count, Status expected) {
    boolean devices = category == DataCategory.PRECISE_GEOLOCATION;
    org("foreign", "CN").dataset("data", category, devices ? null : count, devices ? count : null)
        .transfer("data", "foreign", null);
    Estate estate = estate();
    DataFlowAnalysis.Result result = run(estate, "foreign");

    assertThat(toRecipient(estate, result, category, "foreign").status()).isEqualTo(expected);
    assertThat(inCountry(result, category, "CN").status()).isEqualTo(expected);
  }
}
