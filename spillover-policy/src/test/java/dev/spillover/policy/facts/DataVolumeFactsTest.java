package dev.spillover.policy.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.exposure.Exposure;
import dev.spillover.exposure.ExposureAnalysis;
import dev.spillover.input.InputException;
import dev.spillover.model.Dataset;
import dev.spillover.model.Dataset.DataCategory;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.Organization;
import dev.spillover.model.Seats;
import dev.spillover.model.Validity;
import dev.spillover.policy.Assessment;
import dev.spillover.policy.AssessmentResult;
import dev.spillover.policy.Pack;
import dev.spillover.policy.TestEstate;
import dev.spillover.snapshot.Snapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The facts {@code subject.dataVolumes} and {@code exposure.dataVolumes}, worked by hand with a
 * test pack whose thresholds are: precise geolocation more than 1,000 devices, health more than
 * 10,000 persons.
 */
class DataVolumeFactsTest {
  private static final LocalDate DAY = LocalDate.of(2025, 6, 1);
  private static final String PACK = """
      pack: {id: p, title: P, citation: "Act"}
      sources: [{id: act, title: Act}]
      thresholds:
        - {category: precise-geolocation, moreThan: 1000, unit: devices, citation: "Act s.5(c)", source: act, asOf: 2025-01-01}
        - {category: health, moreThan: 10000, unit: persons, citation: "Act s.5(d)", source: act, asOf: 2025-01-01}
      rules:
        - id: bulk-to-cn
          title: Bulk data reaching CN
          citation: Act s.1
          scope: [dataset]
          over: subject
          verdict: prohibited
          condition: subject.dataVolumes.exists(v, v.crossed && v.country == 'CN')
        - id: bulk-to-recipient
          title: Bulk data to a recipient
          citation: Act s.2
          scope: [dataset]
          verdict: review
          condition: exposure.role == 'transfers_data' && exposure.dataVolumes.exists(v, v.crossed)
      """;

  private static Organization org(String id, Seats seats) {
    return new Organization(id, id, List.of(), Map.of(), TestEstate.PROVENANCE,
        Organization.OrganizationType.COMPANY, seats, false);
  }

  private static EdgeTerms.DataTransfer transfer(Long persons) {
    return new EdgeTerms.DataTransfer(null, persons, "resale", true);
  }

  /** One precise-geolocation dataset of {@code devices} devices sent to one recipient in CN. */
  private static Estate geolocation(long devices) {
    return new TestEstate().node(org("recipient", new Seats("CN", null, null, null)))
        .node(new Dataset("geo", "Geo", List.of(), Map.of(), TestEstate.PROVENANCE,
            Set.of(DataCategory.PRECISE_GEOLOCATION), null, devices))
        .edge(EdgeKind.TRANSFERS_DATA, "geo", "recipient", transfer(null), Validity.ALWAYS)
        .build();
  }

  private static Map<String, Object> node(Estate estate, String id) {
    Pack pack = TestEstate.pack(PACK);
    Snapshot snapshot = Snapshot.of(estate, DAY);
    return new FactBuilder(snapshot, ListMatcher.match(snapshot, List.of(pack)), List.of(), pack.thresholds())
        .node(snapshot.indexOf(id));
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> volumes(Map<String, Object> facts) {
    return (List<Map<String, Object>>) facts.get("dataVolumes");
  }

  /** A volume whose per-recipient test gives what the per-country summary gives (one recipient there). */
  private static Map<String, Object> volume(String dataset, String category, String country, List<String> ties,
      String unit, long count, long total, String status) {
    return volume(dataset, category, country, ties, unit, count, total, status, total, status);
  }

  private static Map<String, Object> volume(String dataset, String category, String country, List<String> ties,
      String unit, long count, long total, String status, long recipientTotal, String recipientStatus) {
    return Map.ofEntries(Map.entry("dataset", dataset), Map.entry("category", category),
        Map.entry("country", country), Map.entry("ties", ties), Map.entry("unit", unit), Map.entry("count", count),
        Map.entry("total", total), Map.entry("crossed", status.equals("crossed")), Map.entry("status", status),
        Map.entry("recipientTotal", recipientTotal), Map.entry("recipientCrossed", recipientStatus.equals("crossed")),
        Map.entry("recipientStatus", recipientStatus));
  }

  @Test
  void aThresholdIsCrossedJustAboveItsFigureNotAtIt() {
    assertThat(volumes(node(geolocation(999), "geo"))).containsExactly(
        volume("geo", "precise-geolocation", "CN", List.of("incorporation"), "devices", 999, 999, "below"));
    assertThat(volumes(node(geolocation(1000), "geo"))).containsExactly(
        volume("geo", "precise-geolocation", "CN", List.of("incorporation"), "devices", 1000, 1000, "below"));
    assertThat(volumes(node(geolocation(1001), "geo"))).containsExactly(
        volume("geo", "precise-geolocation", "CN", List.of("incorporation"), "devices", 1001, 1001, "crossed"));

    for (long devices : new long[] {999, 1000, 1001}) {
      AssessmentResult result = Assessment.run(geolocation(devices), List.of(TestEstate.pack(PACK)), DAY);
      assertThat(result.findings()).as("%d devices", devices).hasSize(devices > 1000 ? 2 : 0);
    }
  }

  /**
   * An onward chain: Acme's health data on 50,000 persons goes to broker (US), which passes 20,000 of them
   * on to harbour (incorporated in HK, principal place of business in CN).
   */
  private static Estate chain() {
    return new TestEstate().ownedBy("acme").orgIn("acme", "Acme", "US").orgIn("broker", "Broker", "US")
        .node(org("harbour", new Seats("HK", null, "CN", null)))
        .node(new Dataset("health", "Health", List.of(), Map.of(), TestEstate.PROVENANCE,
            Set.of(DataCategory.HEALTH), 50_000L, null))
        .edge(EdgeKind.TRANSFERS_DATA, "health", "broker", transfer(null), Validity.ALWAYS)
        .edge(EdgeKind.TRANSFERS_DATA, "broker", "harbour", new EdgeTerms.DataTransfer("health", 20_000L, "resale", true),
            Validity.ALWAYS)
        .build();
  }

  @Test
  void aDatasetSeesEveryCountryItsDataReachesOnwardWithTheCountCarriedThere() {
    assertThat(volumes(node(chain(), "health"))).containsExactly(
        volume("health", "health", "CN", List.of("principal-place"), "persons", 20_000, 20_000, "crossed"),
        volume("health", "health", "HK", List.of("incorporation"), "persons", 20_000, 20_000, "crossed"),
        volume("health", "health", "US", List.of("incorporation", "headquarters"), "persons", 50_000, 50_000,
            "crossed"));
    assertThat(volumes(node(chain(), "broker"))).isEmpty();
  }

  @Test
  void anExposureToARecipientSeesWhatReachedThatRecipientInEachOfItsCountries() {
    Estate estate = chain();
    Pack pack = TestEstate.pack(PACK);
    Snapshot snapshot = Snapshot.of(estate, DAY);
    FactBuilder facts = new FactBuilder(snapshot, ListMatcher.match(snapshot, List.of(pack)), List.of(),
        pack.thresholds());
    int broker = snapshot.indexOf("broker");
    int harbour = snapshot.indexOf("harbour");
    int health = snapshot.indexOf("health");

    Exposure toHarbour = new ExposureAnalysis(snapshot, 3).from(health).stream()
        .filter(e -> e.party() == harbour).findFirst().orElseThrow();
    Map<String, Object> exposure = facts.exposure(health, harbour, toHarbour.paths().get(0));
    assertThat(exposure).containsEntry("role", "transfers_data").containsEntry("attributedTo", "harbour");
    assertThat(volumes(exposure)).containsExactly(
        volume("health", "health", "HK", List.of("incorporation"), "persons", 20_000, 20_000, "crossed"),
        volume("health", "health", "CN", List.of("principal-place"), "persons", 20_000, 20_000, "crossed"));

    Exposure toBroker = new ExposureAnalysis(snapshot, 3).from(health).stream()
        .filter(e -> e.party() == broker).findFirst().orElseThrow();
    assertThat(volumes(facts.exposure(health, broker, toBroker.paths().get(0)))).containsExactly(
        volume("health", "health", "US", List.of("incorporation", "headquarters"), "persons", 50_000, 50_000,
            "crossed"));
  }

  /**
   * A cycle: health data on 6,000 persons goes to a (US), a to b (CN), b back to a. Each recipient
   * and country counts it once: 6,000, below 10,000. A second dataset of 5,000 persons sent to b
   * makes the total in CN 11,000: crossed, while each dataset's own count stays below.
   */
  @Test
  void aCycleCountsADatasetOnceAndDistinctDatasetsAddUp() {
    TestEstate built = new TestEstate().orgIn("a", "A", "US").orgIn("b", "B", "CN")
        .node(new Dataset("one", "One", List.of(), Map.of(), TestEstate.PROVENANCE, Set.of(DataCategory.HEALTH),
            6_000L, null))
        .edge(EdgeKind.TRANSFERS_DATA, "one", "a", transfer(null), Validity.ALWAYS)
        .edge(EdgeKind.TRANSFERS_DATA, "a", "b", new EdgeTerms.DataTransfer("one", null, "resale", true),
            Validity.ALWAYS)
        .edge(EdgeKind.TRANSFERS_DATA, "b", "a", new EdgeTerms.DataTransfer("one", null, "resale", true),
            Validity.ALWAYS);
    assertThat(volumes(node(built.build(), "one"))).containsExactly(
        volume("one", "health", "CN", List.of("incorporation", "headquarters"), "persons", 6_000, 6_000, "below"),
        volume("one", "health", "US", List.of("incorporation", "headquarters"), "persons", 6_000, 6_000, "below"));

    Estate withSecond = built.node(new Dataset("two", "Two", List.of(), Map.of(), TestEstate.PROVENANCE,
            Set.of(DataCategory.HEALTH), 5_000L, null))
        .edge(EdgeKind.TRANSFERS_DATA, "two", "b", transfer(null), Validity.ALWAYS)
        .build();
    assertThat(volumes(node(withSecond, "one"))).containsExactly(
        volume("one", "health", "CN", List.of("incorporation", "headquarters"), "persons", 6_000, 11_000, "crossed"),
        volume("one", "health", "US", List.of("incorporation", "headquarters"), "persons", 6_000, 6_000, "below"));
    assertThat(volumes(node(withSecond, "two"))).containsExactly(
        volume("two", "health", "CN", List.of("incorporation", "headquarters"), "persons", 5_000, 11_000, "crossed"));
  }

  @Test
  void aCategoryWithoutThresholdAndAnUnknownCountAreNeverCrossed() {
    Estate estate = new TestEstate().orgIn("b", "B", "CN")
        .node(new Dataset("d", "D", List.of(), Map.of(), TestEstate.PROVENANCE,
            Set.of(DataCategory.FINANCIAL, DataCategory.HEALTH), null, null))
        .edge(EdgeKind.TRANSFERS_DATA, "d", "b", transfer(null), Validity.ALWAYS)
        .build();
    assertThat(volumes(node(estate, "d"))).containsExactly(
        volume("d", "financial", "CN", List.of("incorporation", "headquarters"), "persons", 0, 0, "no-threshold"),
        volume("d", "health", "CN", List.of("incorporation", "headquarters"), "persons", 0, 0, "unknown"));
  }

  @Test
  void refusesTwoPacksGivingAThresholdForOneCategory() {
    Pack first = TestEstate.pack(PACK);
    Pack second = TestEstate.pack(PACK.replace("{id: p,", "{id: q,"));

    assertThatThrownBy(() -> Assessment.run(chain(), List.of(first, second), DAY))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("pack 'q' gives a bulk threshold for precise-geolocation, and so does pack 'p'");
  }
}
