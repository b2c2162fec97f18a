package dev.spillover.dataflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DataFlowAnalysisTest {
  private static final Provenance PROVENANCE = new Provenance("test", LocalDate.of(2024, 1, 1), Confidence.DECLARED);
  private static final LocalDate AS_OF = LocalDate.of(2024, 6, 1);
  private static final List<BulkThreshold> DSP_LIKE = List.of(
      new BulkThreshold(DataCategory.PRECISE_GEOLOCATION, 1_000, Unit.DEVICES, false, "test"),
      new BulkThreshold(DataCategory.HEALTH, 10_000, Unit.PERSONS, false, "test"),
      new BulkThreshold(DataCategory.GOVERNMENT_RELATED, 0, Unit.PERSONS, true, "test"));

  /** Builds an estate: organizations with seats, datasets with counts, transfers with validity. */
  private static final class Fixture {
    final List<Node> nodes = new ArrayList<>();
    final List<Edge> edges = new ArrayList<>();

    Fixture org(String id, String incorporation, String headquarters) {
      nodes.add(new Organization(id, id, List.of(), Map.of(), PROVENANCE, Organization.OrganizationType.COMPANY,
          new Seats(incorporation, headquarters, null, null), false));
      return this;
    }

    Fixture dataset(String id, DataCategory category, Long persons, Long devices) {
      nodes.add(new Dataset(id, id, List.of(), Map.of(), PROVENANCE, Set.of(category), persons, devices));
      return this;
    }

    Fixture transfer(String from, String to, String dataset) {
      return transfer(from, to, dataset, null, Validity.ALWAYS);
    }

    Fixture transfer(String from, String to, String dataset, Long persons, Validity validity) {
      edges.add(new Edge("e" + edges.size(), EdgeKind.TRANSFERS_DATA, from, to, validity, PROVENANCE,
          new EdgeTerms.DataTransfer(dataset, persons, "analytics", true)));
      return this;
    }

    String owner;

    Fixture ownedBy(String id) {
      owner = id;
      return this;
    }

    Estate estate() {
      return new Estate("fixture", "", owner, List.of(), nodes, edges, List.of());
    }

    DataFlowAnalysis.Result run() {
      return DataFlowAnalysis.run(estate(), AS_OF, DSP_LIKE);
    }
  }

  private static List<String> chain(Estate estate, Flow flow) {
    return flow.chain().stream().map(n -> estate.node(n).id()).toList();
  }

  private static CountryVolume volume(DataFlowAnalysis.Result result, DataCategory category, String country) {
    return result.volumes().stream().filter(v -> v.category() == category && v.country().equals(country))
        .findFirst().orElseThrow(() -> new AssertionError("no volume for " + category + " in " + country));
  }

  @Test
  void followsABrokerAndAnIntermediaryToTheForeignRecipient() {
    Fixture f = new Fixture().org("ours", "US", "US").org("broker", "US", "US").org("intermediary", "HK", "CN")
        .org("foreign", "CN", "CN").dataset("visits", DataCategory.PRECISE_GEOLOCATION, null, 5_000L)
        .transfer("visits", "broker", null).transfer("broker", "intermediary", "visits")
        .transfer("intermediary", "foreign", "visits");
    Estate estate = f.estate();
    DataFlowAnalysis.Result result = f.run();

    assertThat(result.flows()).extracting(flow -> chain(estate, flow)).containsExactly(
        List.of("broker"), List.of("broker", "intermediary"), List.of("broker", "intermediary", "foreign"));
    assertThat(result.flows().get(2).edges()).containsExactly(0, 1, 2);
    assertThat(result.flows().get(2).onward()).isTrue();
    CountryVolume china = volume(result, DataCategory.PRECISE_GEOLOCATION, "CN");
    assertThat(china.devices()).isEqualTo(5_000);
    assertThat(china.contributions()).hasSize(1);
    assertThat(china.ties()).containsOnlyKeys("incorporation", "headquarters");
    assertThat(china.ties().get("headquarters")).containsExactly(estate.indexOf("intermediary"), estate.indexOf("foreign"));
    assertThat(china.ties().get("incorporation")).containsExactly(estate.indexOf("foreign"));
    assertThat(china.status()).isEqualTo(Status.CROSSED);
    assertThat(volume(result, DataCategory.PRECISE_GEOLOCATION, "HK").ties())
        .isEqualTo(Map.of("incorporation", List.of(estate.indexOf("intermediary"))));
  }

  @Test
  void aRecipientWithoutAnOnwardTransferOfThatDatasetPassesNothingOn() {
    Fixture f = new Fixture().org("broker", "US", "US").org("abroad", "CN", "CN")
        .dataset("visits", DataCategory.PRECISE_GEOLOCATION, null, 5_000L)
        .dataset("other", DataCategory.HEALTH, 20_000L, null)
        .transfer("visits", "broker", null).transfer("broker", "abroad", "other");
    DataFlowAnalysis.Result result = f.run();

    assertThat(result.volumes()).noneMatch(v -> v.category() == DataCategory.PRECISE_GEOLOCATION
        && v.country().equals("CN"));
    assertThat(result.flowsOf(f.estate().indexOf("other"))).hasSize(1);
  }

  @Test
  void aCycleOfTransfersEndsAndCountsEachRecipientOnce() {
    Fixture f = new Fixture().org("holder", "US", "US").org("a", "US", "US").org("b", "CN", "CN").ownedBy("holder")
        .dataset("health", DataCategory.HEALTH, 6_000L, null)
        .transfer("holder", "a", "health").transfer("a", "b", "health").transfer("b", "a", "health")
        .transfer("b", "holder", "health");
    Estate estate = f.estate();
    DataFlowAnalysis.Result result = f.run();

    assertThat(result.flows()).extracting(flow -> chain(estate, flow))
        .containsExactly(List.of("a"), List.of("a", "b"));
    assertThat(volume(result, DataCategory.HEALTH, "CN").persons()).isEqualTo(6_000);
    assertThat(volume(result, DataCategory.HEALTH, "US").persons()).isEqualTo(6_000);
  }

  @Test
  void aCycleFromTheDatasetItselfEndsToo() {
    Fixture f = new Fixture().org("a", "US", "US").org("b", "CN", "CN")
        .dataset("health", DataCategory.HEALTH, 6_000L, null)
        .transfer("health", "a", null).transfer("a", "b", "health").transfer("b", "a", "health");
    Estate estate = f.estate();
    assertThat(f.run().flows()).extracting(flow -> chain(estate, flow))
        .containsExactly(List.of("a"), List.of("a", "b"));
  }

  @Test
  void aCycleOfHoldersOnlyStillEnds() {
    Fixture f = new Fixture().org("a", "US", "US").org("b", "CN", "CN")
        .dataset("health", DataCategory.HEALTH, 6_000L, null)
        .transfer("a", "b", "health").transfer("b", "a", "health");
    DataFlowAnalysis.Result result = f.run();

    assertThat(result.flows()).isEmpty();
  }

  @Test
  void twoChainsToOneCountryCountTheDatasetOnce() {
    Fixture f = new Fixture().org("x", "US", "US").org("y", "US", "US").org("z", "CN", "CN").org("w", "CN", "CN")
        .dataset("health", DataCategory.HEALTH, 6_000L, null)
        .dataset("more", DataCategory.HEALTH, 4_001L, null)
        .transfer("health", "x", null).transfer("health", "y", null)
        .transfer("x", "z", "health").transfer("y", "w", "health").transfer("more", "w", null);
    DataFlowAnalysis.Result result = f.run();

    CountryVolume china = volume(result, DataCategory.HEALTH, "CN");
    assertThat(china.contributions()).hasSize(2);
    assertThat(china.persons()).as("6,000 once, plus another dataset's 4,001").isEqualTo(10_001);
    assertThat(china.status()).isEqualTo(Status.CROSSED);
    assertThat(volume(result, DataCategory.HEALTH, "US").persons()).isEqualTo(6_000);
  }

  @Test
  void aTransferCapsThePersonsItsChainCarriesAndTheLargestChainCounts() {
    Fixture f = new Fixture().org("x", "US", "US").org("y", "US", "US").org("z", "CN", "CN")
        .dataset("health", DataCategory.HEALTH, 50_000L, null)
        .transfer("health", "x", null, 2_000L, Validity.ALWAYS).transfer("health", "y", null, 9_000L, Validity.ALWAYS)
        .transfer("x", "z", "health").transfer("y", "z", "health", 8_000L, Validity.ALWAYS);
    Estate estate = f.estate();
    DataFlowAnalysis.Result result = f.run();

    Flow toChina = result.flows().stream().filter(fl -> fl.recipient() == estate.indexOf("z")).findFirst().orElseThrow();
    assertThat(chain(estate, toChina)).containsExactly("y", "z");
    assertThat(toChina.persons()).isEqualTo(8_000);
    assertThat(volume(result, DataCategory.HEALTH, "CN").status()).isEqualTo(Status.BELOW);
  }

  @Test
  void countsATransferOnlyWhenItsValidityOverlapsTheTwelveMonthsEndingOnTheDay() {
    // The window of 2024-06-01 is 2023-06-02 to 2024-06-01, both inclusive.
    Fixture f = new Fixture().org("ended", "CN", "CN").org("lastDay", "RU", "RU").org("later", "IR", "IR")
        .org("starts", "KP", "KP").org("old", "VE", "VE")
        .dataset("health", DataCategory.HEALTH, 20_000L, null)
        .transfer("health", "ended", null, null, new Validity(null, LocalDate.of(2023, 6, 2)))
        .transfer("health", "lastDay", null, null, new Validity(null, LocalDate.of(2023, 6, 3)))
        .transfer("health", "later", null, null, new Validity(LocalDate.of(2024, 6, 2), null))
        .transfer("health", "starts", null, null, new Validity(LocalDate.of(2024, 6, 1), null))
        .transfer("health", "old", null, null, new Validity(LocalDate.of(2020, 1, 1), LocalDate.of(2022, 1, 1)));
    DataFlowAnalysis.Result result = f.run();

    assertThat(result.windowFirstDay()).isEqualTo(LocalDate.of(2023, 6, 2));
    assertThat(result.windowLastDay()).isEqualTo(AS_OF);
    assertThat(result.volumes()).extracting(CountryVolume::country).containsExactlyInAnyOrder("RU", "KP");
  }

  @Test
  void aVolumeCrossesOnlyAboveItsThreshold() {
    Fixture f = new Fixture().org("at", "AA", null).org("below", "BB", null).org("above", "CC", null)
        .dataset("d999", DataCategory.PRECISE_GEOLOCATION, null, 999L)
        .dataset("d1000", DataCategory.PRECISE_GEOLOCATION, null, 1_000L)
        .dataset("d1001", DataCategory.PRECISE_GEOLOCATION, null, 1_001L)
        .transfer("d999", "below", null).transfer("d1000", "at", null).transfer("d1001", "above", null);
    DataFlowAnalysis.Result result = f.run();

    assertThat(volume(result, DataCategory.PRECISE_GEOLOCATION, "BB").status()).isEqualTo(Status.BELOW);
    assertThat(volume(result, DataCategory.PRECISE_GEOLOCATION, "AA").status()).isEqualTo(Status.BELOW);
    assertThat(volume(result, DataCategory.PRECISE_GEOLOCATION, "CC").status()).isEqualTo(Status.CROSSED);
    assertThat(volume(result, DataCategory.PRECISE_GEOLOCATION, "CC").count()).isEqualTo(1_001);
  }

  @Test
  void anUnknownCountBelowTheThresholdIsUnknownAndAnyVolumeIsCrossedByAnyData() {
    Fixture f = new Fixture().org("r", "CN", null).org("s", "RU", null).org("t", "IR", null)
        .dataset("geo", DataCategory.PRECISE_GEOLOCATION, null, null)
        .dataset("gov", DataCategory.GOVERNMENT_RELATED, 1L, null)
        .dataset("govUnknown", DataCategory.GOVERNMENT_RELATED, null, null)
        .dataset("govEmpty", DataCategory.GOVERNMENT_RELATED, 0L, null)
        .transfer("geo", "r", null).transfer("gov", "r", null).transfer("govUnknown", "s", null)
        .transfer("govEmpty", "t", null);
    DataFlowAnalysis.Result result = f.run();

    assertThat(volume(result, DataCategory.PRECISE_GEOLOCATION, "CN").status()).isEqualTo(Status.UNKNOWN);
    assertThat(volume(result, DataCategory.GOVERNMENT_RELATED, "CN").status()).isEqualTo(Status.CROSSED);
    assertThat(volume(result, DataCategory.GOVERNMENT_RELATED, "RU").status()).isEqualTo(Status.CROSSED);
    assertThat(volume(result, DataCategory.GOVERNMENT_RELATED, "IR").status()).isEqualTo(Status.BELOW);
  }

  @Test
  void aCategoryWithoutThresholdIsReportedWithoutComparison() {
    Fixture f = new Fixture().org("r", "CN", null).dataset("misc", DataCategory.OTHER, 5L, null)
        .transfer("misc", "r", null);
    assertThat(volume(f.run(), DataCategory.OTHER, "CN").status()).isEqualTo(Status.NO_THRESHOLD);
  }

  @Test
  void aTransferNamingNoDatasetIsReportedApartAndNotCounted() {
    Fixture f = new Fixture().org("sender", "US", "US").org("r", "CN", null).transfer("sender", "r", null);
    DataFlowAnalysis.Result result = f.run();
    assertThat(result.flows()).isEmpty();
    assertThat(result.unattributedTransfers()).containsExactly(0);
  }

  @Test
  void rejectsTwoThresholdsForOneCategoryAndAnyVolumeWithAFigure() {
    BulkThreshold geo = new BulkThreshold(DataCategory.PRECISE_GEOLOCATION, 1_000, Unit.DEVICES, false, "a");
    assertThatThrownBy(() -> DataFlowAnalysis.run(new Fixture().estate(), AS_OF, List.of(geo, geo)))
        .hasMessageContaining("two bulk thresholds for PRECISE_GEOLOCATION");
    assertThatThrownBy(() -> new BulkThreshold(DataCategory.GOVERNMENT_RELATED, 5, Unit.PERSONS, true, "a"))
        .hasMessageContaining("any volume");
  }
}
