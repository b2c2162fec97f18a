package dev.spillover.screening.list.ofac;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.screening.list.EntryLocation;
import dev.spillover.screening.list.EntryName;
import dev.spillover.screening.list.Identifier;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.ListFixtures;
import dev.spillover.screening.list.ListLink;
import dev.spillover.screening.list.PartyType;
import dev.spillover.screening.list.ScreeningList;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The OFAC legacy CSV files of mid-2021 (SDN) and 2025 (consolidated non-SDN), read whole. */
class OfacCsvReaderTest {
  private static final ScreeningList SDN = OfacCsvReader.read(ListFixtures.OFAC_SDN.resolve("sdn.csv"));
  private static final ScreeningList CONS = OfacCsvReader.read(ListFixtures.OFAC_CONS.resolve("cons_prim.csv"));

  @Test
  void everyRowOfBothListsBecomesAnEntryInFileOrder() {
    assertThat(SDN.id()).isEqualTo("ofac-sdn");
    assertThat(SDN.publisher()).contains("Office of Foreign Assets Control");
    assertThat(SDN.url()).startsWith("https://ofac.treasury.gov/");
    assertThat(SDN.entries()).hasSize(8_976);
    assertThat(SDN.entries().get(0).id()).isEqualTo("36");
    assertThat(SDN.entries()).extracting(e -> e.location().line()).isSorted();
    assertThat(CONS.id()).isEqualTo("ofac-cons");
    assertThat(CONS.entries()).hasSize(442);
  }

  @Test
  void typesFollowTheTypeColumnAndBlankIsAnOrganization() {
    assertThat(SDN.entries()).filteredOn(e -> e.type() == PartyType.PERSON).hasSize(4_620);
    assertThat(SDN.entries()).filteredOn(e -> e.type() == PartyType.ORGANIZATION).hasSize(3_673);
    assertThat(SDN.entries()).filteredOn(e -> e.type() == PartyType.VESSEL).hasSize(406);
    assertThat(SDN.entries()).filteredOn(e -> e.type() == PartyType.AIRCRAFT).hasSize(277);
  }

  @Test
  void companionFilesGiveEveryAliasAndAddress() {
    // alt.csv: 11,910 rows, of which 6 repeat a name the entry already has; 11,517 aka, 18 nka, 369 fka.
    assertThat(SDN.entries().stream().flatMap(e -> e.aliases().stream()).filter(a -> a.kind() == EntryName.Kind.ALIAS))
        .hasSize(11_535);
    // add.csv: 13,837 rows, of which 2,397 are empty or repeat an address of the entry.
    assertThat(SDN.entries().stream().mapToInt(e -> e.addresses().size()).sum()).isEqualTo(11_440);
    assertThat(CONS.entries().stream().mapToInt(e -> e.addresses().size()).sum()).isEqualTo(522);
  }

  @Test
  void bancoNacionalDeCubaIsReadFieldByField() {
    ListEntry bnc = ListFixtures.entry(SDN, "306");

    assertThat(bnc.list()).isEqualTo("ofac-sdn");
    assertThat(bnc.type()).isEqualTo(PartyType.ORGANIZATION);
    assertThat(bnc.name()).isEqualTo(EntryName.primary("BANCO NACIONAL DE CUBA"));
    // alt.csv gives the strong alias; the remarks' a.k.a. is OFAC's weak alias.
    assertThat(bnc.aliases()).containsExactly(new EntryName("NATIONAL BANK OF CUBA", EntryName.Kind.ALIAS),
        new EntryName("BNC", EntryName.Kind.WEAK_ALIAS));
    assertThat(bnc.programs()).containsExactly("CUBA");
    assertThat(bnc.addresses()).containsExactly("Zweierstrasse 35, Zurich CH-8022, Switzerland",
        "Avenida de Concha Espina 8, Madrid E-28036, Spain",
        "Dai-Ichi Bldg. 6th Floor, 10-2 Nihombashi, 2-chome, Chuo-ku, Tokyo 103, Japan",
        "Federico Boyd Avenue & 51 Street, Panama City, Panama");
    assertThat(bnc.countries()).containsExactly("CH", "ES", "JP", "PA");
    assertThat(bnc.identifiers()).isEmpty();
    assertThat(bnc.birthDates()).isEmpty();
    assertThat(bnc.listedFrom()).isNull();
    assertThat(bnc.listedUntil()).isNull();
    assertThat(bnc.links()).isEmpty();
    assertThat(bnc.remarks()).isEqualTo("a.k.a. 'BNC'.");
    assertThat(bnc.location()).isEqualTo(new EntryLocation(ListFixtures.OFAC_SDN.resolve("sdn.csv").toString(), 3));
  }

  @Test
  void remarksGiveDatesOfBirthIdentifiersNationalityAndLinks() {
    ListEntry nasrallah = ListFixtures.entry(SDN, "2686");

    assertThat(nasrallah.type()).isEqualTo(PartyType.PERSON);
    assertThat(nasrallah.name().text()).isEqualTo("NASRALLAH, Hasan");
    assertThat(nasrallah.programs()).containsExactly("SDGT", "SYRIA");
    assertThat(nasrallah.birthDates()).containsExactly("1960-08-31", "1953-08-31", "1955-08-31", "1958-08-31");
    assertThat(nasrallah.identifiers()).containsExactly(new Identifier(Identifier.PASSPORT, "042833", "LB"));
    assertThat(nasrallah.countries()).containsExactly("LB");
    // "Linked To: HIZBALLAH." ends the remarks: the period closes them, not the name.
    assertThat(nasrallah.links()).containsExactly(new ListLink(ListLink.Relation.LINKED_TO, "HIZBALLAH", "4697"));
    assertThat(ListFixtures.entry(SDN, "4697").name().text()).isEqualTo("HIZBALLAH");
  }

  @Test
  void aNameEndingInAPeriodKeepsItWhenThatIsHowTheTargetIsNamed() {
    ListEntry cifuentes = ListFixtures.entry(SDN, "12300");

    assertThat(cifuentes.links()).hasSize(25).allSatisfy(link -> assertThat(link.targetId()).isNotNull());
    assertThat(cifuentes.links().get(24)).isEqualTo(new ListLink(ListLink.Relation.LINKED_TO, "R D I S.A.", "12904"));
  }

  @Test
  void remarksCutOffAreContinuedFromTheCommentsFileAsWritten() {
    ListEntry cifuentes = ListFixtures.entry(SDN, "12300");

    // sdn.csv stops at "PROMO RAI", sdn_comments.csv goes on with "Z S.A.S.; Linked To: ...".
    assertThat(cifuentes.remarks()).contains("Linked To: PROMO RAIZ S.A.S.; Linked To: RED MUNDIAL INMOBILIARIA")
        .endsWith("Linked To: R D I S.A.");
    assertThat(cifuentes.links()).contains(new ListLink(ListLink.Relation.LINKED_TO, "PROMO RAIZ S.A.S.", "12396"));
    assertThat(ListFixtures.entry(SDN, "28264").aliases()).containsExactly(
        new EntryName("blackjack1987", EntryName.Kind.WEAK_ALIAS), new EntryName("khaleesi", EntryName.Kind.WEAK_ALIAS));
  }

  @Test
  void identifierLabelsOfManyCountriesMapToTheCanonicalTypes() {
    ListEntry cifuentes = ListFixtures.entry(SDN, "12300");

    assertThat(cifuentes.identifiers()).contains(
        new Identifier(Identifier.NATIONAL_ID, "7548733", "CO"),
        new Identifier(Identifier.NATIONAL_ID, "172489729-1", "EC"),
        new Identifier(Identifier.PASSPORT, "AL720622", "CO"),
        new Identifier(Identifier.TAX, "CIVJ650513LJA", "MX"),
        new Identifier(Identifier.NATIONAL_ID, "CIVJ650513HNEFLR06", "MX"),
        new Identifier(Identifier.REGISTRATION, "181301-1 Cali", "CO"));
    assertThat(cifuentes.birthDates()).containsExactly("1965-05-13", "1968-04-13", "1964-07-07");
  }

  @Test
  void vesselsAndAircraftKeepTheirCallSignsFlagsOwnersAndSerialNumbers() {
    ListEntry hermann = ListFixtures.entry(SDN, "4234");
    ListEntry aircraft = ListFixtures.entry(SDN, "15431");

    assertThat(hermann.type()).isEqualTo(PartyType.VESSEL);
    assertThat(hermann.identifiers()).containsExactly(new Identifier("Call Sign", "CL2685", null));
    assertThat(hermann.countries()).containsExactly("CU");
    assertThat(hermann.links()).containsExactly(
        new ListLink(ListLink.Relation.PARENT, "Compania Navegacion Golfo S.A.", null));
    assertThat(aircraft.type()).isEqualTo(PartyType.AIRCRAFT);
    assertThat(aircraft.name().text()).isEqualTo("EP-GOM");
    assertThat(aircraft.identifiers()).contains(
        new Identifier("Aircraft Manufacturer's Serial Number (MSN)", "1023409321", null));
    assertThat(aircraft.links()).containsExactly(new ListLink(ListLink.Relation.LINKED_TO, "POUYA AIR", "13109"));
  }

  @Test
  void everyDateOfBirthInTheRemarksIsRead() {
    assertThat(SDN.entries()).filteredOn(e -> e.remarks() != null && e.remarks().contains("DOB "))
        .allSatisfy(e -> assertThat(e.birthDates()).as(e.id()).isNotEmpty());
    // "DOB 1937 to 1945": every year of a range.
    assertThat(ListFixtures.entry(SDN, "7133").birthDates())
        .containsExactly("1937", "1938", "1939", "1940", "1941", "1942", "1943", "1944", "1945");
  }

  @Test
  void linksResolveToTheEntryTheNameStandsForWhenExactlyOneDoes() {
    List<ListLink> links = SDN.entries().stream().flatMap(e -> e.links().stream()).toList();
    assertThat(links).hasSize(3_418);
    assertThat(links).filteredOn(l -> l.targetId() != null).hasSize(3_404);
    // Parties on another list are named but not resolved: HAMAS is on the SDN list, not the consolidated one.
    assertThat(ListFixtures.entry(CONS, "9647").links())
        .containsExactly(new ListLink(ListLink.Relation.LINKED_TO, "HAMAS", null));
    assertThat(ListFixtures.entry(CONS, "17017").links())
        .containsExactly(new ListLink(ListLink.Relation.LINKED_TO, "VTB BANK PUBLIC JOINT STOCK COMPANY", "17013"));
  }

  @Test
  void chineseMilitaryCompaniesOfTheConsolidatedListKeepIsinsUsccAndDates() {
    ListEntry cccc = ListFixtures.entry(CONS, "30930");

    assertThat(cccc.name().text()).isEqualTo("CHINA COMMUNICATIONS CONSTRUCTION COMPANY LIMITED");
    assertThat(cccc.programs()).containsExactly("CMIC-EO13959");
    assertThat(cccc.identifiers()).contains(new Identifier(Identifier.ISIN, "CNE1000002F5", null),
        new Identifier(Identifier.USCC, "91110000710934369E", "CN"));
    assertThat(cccc.identifiers()).filteredOn(i -> i.type().equals(Identifier.ISIN)).hasSize(20);
    // Effective Date (CMIC) 02 Aug 2021, after the Listing Date (CMIC) 03 Jun 2021.
    assertThat(cccc.listedFrom()).isEqualTo(LocalDate.of(2021, 8, 2));
    assertThat(cccc.aliases()).contains(new EntryName("CCCC", EntryName.Kind.WEAK_ALIAS));
    assertThat(cccc.countries()).containsExactly("CN");
  }

  @Test
  void packedProgramsAreSplit() {
    assertThat(ListFixtures.entry(SDN, "4632").programs()).containsExactly("IRAN", "SDGT", "IRGC", "IFSR");
    assertThat(OfacCsvReader.programs("[SDGT] [IFSR]")).containsExactly("SDGT", "IFSR");
    assertThat(OfacCsvReader.programs("-0- ")).isEmpty();
  }

  @Test
  void legalEntityNumbersShapedAsLeisAreLeis() {
    assertThat(ListFixtures.entry(CONS, "17013").identifiers())
        .contains(new Identifier(Identifier.LEI, "253400V1H6ART1UQ0N98", null),
            new Identifier(Identifier.SWIFT, "VTBRRUMM", null));
  }
}
