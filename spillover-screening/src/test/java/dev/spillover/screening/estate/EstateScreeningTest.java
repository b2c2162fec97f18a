package dev.spillover.screening.estate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.model.Estate;
import dev.spillover.policy.facts.Listing;
import dev.spillover.screening.list.EntryLocation;
import dev.spillover.screening.list.EntryName;
import dev.spillover.screening.list.Identifier;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.ListFixtures;
import dev.spillover.screening.list.PartyType;
import dev.spillover.screening.list.ScreeningList;
import dev.spillover.screening.list.ScreeningLists;
import dev.spillover.screening.match.Decision;
import dev.spillover.screening.match.Thresholds;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An estate's parties screened against the real OFAC SDN list of {@code ../shared/data} (Banco
 * Nacional de Cuba is entry 306) and against small lists built here.
 */
class EstateScreeningTest {
  private static final LocalDate DAY = LocalDate.of(2024, 6, 1);
  private static List<ScreeningList> sdn;

  @TempDir
  Path folder;

  @BeforeAll
  static void loadTheSdnList() {
    sdn = ScreeningLists.load(List.of(ListFixtures.OFAC_SDN));
  }

  @Test
  void placesAPartyWhoseNameMatchesAnEntryOnThatEntrysListWithTheScoreInTheBasis() throws IOException {
    Estate estate = estate("""
        organizations:
          - {id: bnc, name: Banco Nacional de Cuba}
          - {id: acme, name: Acme Widgets}
        """);

    EstateScreening.Result result = EstateScreening.screen(estate, sdn, DAY, Thresholds.DEFAULT);

    assertThat(result.parties()).isEqualTo(2);
    assertThat(result.matches()).singleElement().satisfies(hit -> {
      assertThat(hit.party().id()).isEqualTo("bnc");
      assertThat(hit.match().entry().id()).isEqualTo("306");
      assertThat(hit.match().decision()).isEqualTo(Decision.MATCH);
    });
    assertThat(result.listings()).containsOnlyKeys("bnc");
    Listing listing = result.listings().get("bnc").get(0);
    assertThat(listing.listId()).isEqualTo("ofac-sdn");
    assertThat(listing.pack()).isNull();
    assertThat(listing.source()).endsWith("sdn.csv");
    assertThat(listing.basis()).startsWith("screening match 0.750 (MATCH from 0.70): name 'Banco Nacional de Cuba'"
        + " ~ entry 306 'BANCO NACIONAL DE CUBA' (")
        .contains("sdn.csv:3; programs CUBA; name +0.600, name.exact +0.150");
  }

  @Test
  void reportsACandidateInTheReviewBandWithoutListingTheParty() throws IOException {
    Estate estate = estate("""
        organizations:
          - {id: aero, name: Aerocaribbean Airline}
        """);

    EstateScreening.Result result = EstateScreening.screen(estate, sdn, DAY, Thresholds.DEFAULT);

    assertThat(result.matches()).isEmpty();
    assertThat(result.listings()).isEmpty();
    assertThat(result.reviews()).singleElement().satisfies(hit -> {
      assertThat(hit.match().entry().id()).isEqualTo("36");
      assertThat(hit.match().decision()).isEqualTo(Decision.REVIEW);
    });
  }

  @Test
  void screensEveryAliasAndKeepsTheBestNamePerEntry() throws IOException {
    Estate estate = estate("""
        organizations:
          - {id: bank, name: Our Correspondent Bank, aliases: [Banco Nacional de Cubana, Banco Nacional de Cuba]}
        """);

    EstateScreening.Result result = EstateScreening.screen(estate, sdn, DAY, Thresholds.DEFAULT);

    assertThat(result.names()).isEqualTo(3);
    assertThat(result.matches()).singleElement().extracting(EstateScreening.Hit::name).isEqualTo("Banco Nacional de Cuba");
    assertThat(result.reviews()).as("the weaker alias scores the same entry: one hit").isEmpty();
  }

  @Test
  void aLowerThresholdTurnsAReviewIntoAListing() throws IOException {
    Estate estate = estate("""
        organizations:
          - {id: aero, name: Aerocaribbean Airline}
        """);

    EstateScreening.Result result = EstateScreening.screen(estate, sdn, DAY, new Thresholds(0.55, 0.50));

    assertThat(result.listings().get("aero")).extracting(Listing::listId).containsExactly("ofac-sdn");
  }

  @Test
  void countsOnlyEntriesInEffectOnTheDay() throws IOException {
    Estate estate = estate("""
        organizations:
          - {id: ymtc, name: "Yangtze Memory Technologies Co., Ltd.", incorporatedIn: CN}
        persons:
          - {id: jane, name: Jane Roe, nationalities: [US]}
        """);
    ScreeningList list = list("test-list",
        entry("1", PartyType.COMPANY, "Yangtze Memory Technologies Company Limited", LocalDate.of(2024, 1, 1),
            LocalDate.of(2024, 12, 31)),
        entry("2", PartyType.PERSON, "Jane Roe", LocalDate.of(2025, 1, 1), null));

    EstateScreening.Result in2024 = EstateScreening.screen(estate, List.of(list), DAY, Thresholds.DEFAULT);
    EstateScreening.Result in2025 = EstateScreening.screen(estate, List.of(list), LocalDate.of(2025, 6, 1),
        Thresholds.DEFAULT);

    assertThat(in2024.entries()).isEqualTo(1);
    assertThat(in2024.listings()).containsOnlyKeys("ymtc");
    assertThat(in2024.listings().get("ymtc").get(0).since()).isEqualTo(LocalDate.of(2024, 1, 1));
    assertThat(in2025.listings()).containsOnlyKeys("jane");
  }

  @Test
  void usesCountriesAndIdentifiersAsEvidence() throws IOException {
    Estate estate = estate("""
        organizations:
          - {id: a, name: Northwind Trading, incorporatedIn: IR, identifiers: {lei: 5493001KJTIIGC8Y1R12}}
        """);
    ListEntry withLei = new ListEntry("test-list", "9", PartyType.COMPANY, EntryName.primary("Northwind Trading Co"),
        List.of(), List.of(new dev.spillover.screening.list.Identifier("LEI", "5493001KJTIIGC8Y1R12", null)),
        List.of("IR"), List.of(), List.of(), null, null, List.of(), List.of(), null, new EntryLocation("t.csv", 2));

    EstateScreening.Result result = EstateScreening.screen(estate, List.of(list("test-list", withLei)), DAY,
        Thresholds.DEFAULT);

    assertThat(result.matches()).singleElement().satisfies(hit -> {
      assertThat(hit.match().feature("identifier").contribution()).isPositive();
      assertThat(hit.match().feature("country").contribution()).isPositive();
    });
  }

  @Test
  void mapsEstateIdentifierSchemesToScreeningTypes() {
    assertThat(Identifier.typeOf("lei")).isEqualTo("LEI");
    assertThat(Identifier.typeOf("BIC")).isEqualTo("SWIFT");
    assertThat(Identifier.typeOf("uscc")).isEqualTo("USCC");
    assertThat(Identifier.typeOf("duns")).isEqualTo("duns");
  }

  private Estate estate(String parties) throws IOException {
    return TestEstates.of(folder, parties);
  }

  private static ScreeningList list(String id, ListEntry... entries) {
    return new ScreeningList(id, "Test list", "Test", null, null, new ArrayList<>(List.of(entries)));
  }

  private static ListEntry entry(String id, PartyType type, String name, LocalDate from, LocalDate until) {
    return new ListEntry("test-list", id, type, EntryName.primary(name), List.of(), List.of(), List.of(), List.of(),
        List.of("TEST"), from, until, List.of(), List.of(), null, new EntryLocation("test.csv", 2));
  }

}
