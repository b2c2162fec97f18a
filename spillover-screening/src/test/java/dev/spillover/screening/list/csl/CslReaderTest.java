package dev.spillover.screening.list.csl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.screening.list.EntryLocation;
import dev.spillover.screening.list.EntryName;
import dev.spillover.screening.list.Identifier;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.ListFixtures;
import dev.spillover.screening.list.PartyType;
import dev.spillover.screening.list.ScreeningList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The US Consolidated Screening List in its 2019 and 2025 column layouts. */
class CslReaderTest {
  private static final ScreeningList CSL_2019 = CslReader.read(ListFixtures.CSL_2019);
  private static final ScreeningList CSL_2025 = CslReader.read(ListFixtures.CSL_2025);

  @TempDir
  Path dir;

  @Test
  void everyRowOfBothLayoutsBecomesAnEntry() {
    assertThat(CSL_2019.id()).isEqualTo("us-csl");
    assertThat(CSL_2019.entries()).hasSize(115);
    assertThat(CSL_2025.entries()).hasSize(13);
  }

  @Test
  void eachEntryKeepsItsSourceListAsItsFirstProgram() {
    Map<String, Long> bySource = CSL_2019.entries().stream()
        .collect(Collectors.groupingBy(e -> e.programs().get(0), Collectors.counting()));

    assertThat(bySource).containsEntry("Specially Designated Nationals (SDN) - Treasury Department", 28L)
        .containsEntry("Sectoral Sanctions Identifications List (SSI) - Treasury Department", 26L)
        .containsEntry("Entity List (EL) - Bureau of Industry and Security", 22L)
        .containsEntry("Denied Persons List (DPL) - Bureau of Industry and Security", 8L)
        .containsEntry("Capta List (CAP) - Treasury Department", 1L)
        .hasSize(9);
  }

  @Test
  void aHuaweiAffiliateOnTheEntityListIsReadFieldByField() {
    // "Gui\u0092an" in the file: the apostrophe of Gui’an, saved as a C1 control character.
    ListEntry huawei = ListFixtures.named(CSL_2019, "Gui’an New District Huawei Investment Co., Ltd., Guiyang, Guizhou");

    assertThat(huawei.id()).isEqualTo("line-97");
    assertThat(huawei.type()).isEqualTo(PartyType.UNKNOWN);
    assertThat(huawei.programs()).containsExactly("Entity List (EL) - Bureau of Industry and Security");
    assertThat(huawei.listedFrom()).isEqualTo(LocalDate.of(2019, 5, 21));
    assertThat(huawei.listedUntil()).isNull();
    assertThat(huawei.addresses()).containsExactly("Guiyang, CN");
    assertThat(huawei.countries()).containsExactly("CN");
    assertThat(huawei.aliases()).isEmpty();
    assertThat(huawei.remarks()).isEqualTo("Federal Register notice: 84 FR 22961; License requirement: For all items "
        + "subject to the EAR.  (See §744.11 of the EAR); License policy: Presumption of denial");
    assertThat(huawei.location()).isEqualTo(new EntryLocation(ListFixtures.CSL_2019.toString(), 97));
  }

  @Test
  void theTwoLayoutsWriteIdentifiersInOppositeOrders() {
    ListEntry psa = ListFixtures.entry(CSL_2019, "20264");
    ListEntry rim = ListFixtures.named(CSL_2025, "RIM, Ryong Nam");

    assertThat(psa.identifiers()).containsExactly(new Identifier(Identifier.TAX, "80-0890696", "US"));
    assertThat(psa.type()).isEqualTo(PartyType.ORGANIZATION);
    assertThat(psa.programs()).containsExactly("Specially Designated Nationals (SDN) - Treasury Department", "SDNTK");
    // 2025 layout: type, number, country; sanction notes and gender in the same cell are no identifiers.
    assertThat(rim.id()).isEqualTo("52291");
    assertThat(rim.type()).isEqualTo(PartyType.PERSON);
    assertThat(rim.identifiers()).containsExactly(new Identifier(Identifier.PASSPORT, "836238033", "KP"));
    assertThat(rim.birthDates()).containsExactly("1978-12-05");
    assertThat(rim.countries()).containsExactly("CN", "KP");
    assertThat(rim.addresses()).containsExactly("Shenyang, CN", "Pyongyang, KP");
  }

  @Test
  void theEntityListsAndBeforeTheLastItemIsDropped() {
    ListEntry cetc = ListFixtures.named(CSL_2025,
        "China Electronics Technology Group Corporation 13th Research Institute (CETC 13)");

    assertThat(cetc.id()).isEqualTo("99ed1b052fdb09695fae1ba87516d8a0882b0df04652e07aeb5ce7be");
    assertThat(cetc.aliases()).extracting(EntryName::text).containsExactly("Hebei Semiconductor Research Institute",
        "HSRI", "Hebei Institute of Semiconductors", "Hebei Semiconductor Institute", "Hebei Semiconductor",
        "CETC Research Institute 13");
    assertThat(cetc.addresses()).hasSize(3).last().asString().startsWith("21 Changsheng Road");
    assertThat(cetc.remarks()).startsWith("Federal Register notice: 83 FR 37423; 87 FR 77505");
    assertThat(cetc.listedFrom()).isEqualTo(LocalDate.of(2018, 8, 1));
  }

  @Test
  void aStateDepartmentQualifierIsTakenOffTheName() {
    ListEntry sinobright = ListFixtures.named(CSL_2025, "Sinobright Import and Export Company");

    assertThat(sinobright.programs()).containsExactly("Nonproliferation Sanctions (ISN) - State Department", "INKSNA");
    assertThat(sinobright.remarks()).endsWith("Named with: and any successor, sub-unit, or subsidiary thereof");
  }

  @Test
  void endDatesAndIdsOfEveryEntryAreKept() {
    assertThat(CSL_2019.entries()).filteredOn(e -> e.listedUntil() != null).hasSize(7);
    Map<String, ListEntry> byId = CSL_2019.entries().stream().collect(Collectors.toMap(ListEntry::id, Function.identity()));
    assertThat(byId).hasSize(115);
  }

  @Test
  void windowsPunctuationSavedAsControlCharactersIsRepaired() {
    // "HA\u0092Assif" in the file: a Windows-1252 apostrophe saved as a C1 control character.
    assertThat(CSL_2019.entries().stream().flatMap(e -> e.addresses().stream()))
        .anySatisfy(a -> assertThat(a).contains("HA’Assif")).noneSatisfy(a -> assertThat(a).contains("\u0092"));
  }

  @Test
  void aBadDateAndAMissingNameAreReportedWithTheirLinesAndNothingIsReturned() throws IOException {
    Path file = csv("source,entity_number,type,programs,name,addresses,federal_register_notice,start_date,end_date,"
        + "alt_names,ids\n"
        + "Entity List (EL) - Bureau of Industry and Security,,,,Huawei Technologies Co. Ltd.,,84 FR 22961,2019-05-21,,,\n"
        + "Entity List (EL) - Bureau of Industry and Security,,,,Huawei Cloud,,84 FR 22961,05/21/2019,,,\n"
        + "Entity List (EL) - Bureau of Industry and Security,,Company,,,,,2019-05-21,,,\n"
        + "Entity List (EL) - Bureau of Industry and Security,,,,Cut\n");

    InputException e = catchThrowableOfType(InputException.class, () -> CslReader.read(file));

    assertThat(e.problems()).containsExactly(
        new Problem(file.toString(), 3, 0, "start_date '05/21/2019' is not a date, expected YYYY-MM-DD"),
        new Problem(file.toString(), 4, 0, "entry has no name, expected one in column 'name'"),
        new Problem(file.toString(), 4, 0, "type 'Company', expected Individual, Entity, Vessel, Aircraft or nothing"),
        new Problem(file.toString(), 5, 0, "row has 5 cells (the last 'Cut'), expected 11 as in the header; a cut or "
            + "merged line?"));
  }

  @Test
  void aMissingColumnIsReportedOnTheHeaderLine() throws IOException {
    Path file = csv("source,entity_number,type,name\nEntity List,,,Huawei\n");

    InputException e = catchThrowableOfType(InputException.class, () -> CslReader.read(file));

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).line()).isEqualTo(1);
    assertThat(e.problems().get(0).message()).startsWith("header lacks columns 'programs', 'addresses', ");
  }

  @Test
  void identifierItemsOfEitherOrderAreUnderstood() {
    assertThat(CslReader.identifier("IMO 8898831, Vessel Registration Identification", false))
        .isEqualTo(new Identifier(Identifier.IMO, "8898831", null));
    assertThat(CslReader.identifier("CH, CHE-427.006.032, Company Number", false))
        .isEqualTo(new Identifier(Identifier.REGISTRATION, "CHE-427.006.032", "CH"));
    assertThat(CslReader.identifier("SWIFT/BIC, RUDVRUMM", true)).isEqualTo(new Identifier(Identifier.SWIFT, "RUDVRUMM", null));
    assertThat(CslReader.identifier("Website, mspbank.ru", true)).isNull();
    assertThat(CslReader.identifier("Gender, Male", true)).isNull();
    assertThat(CslReader.items("A; and B")).isEqualTo(List.of("A", "B"));
  }

  private Path csv(String text) throws IOException {
    return Files.writeString(dir.resolve("csl.csv"), text, StandardCharsets.UTF_8);
  }
}
