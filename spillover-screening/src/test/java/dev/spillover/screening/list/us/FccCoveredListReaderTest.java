package dev.spillover.screening.list.us;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.ListFixtures;
import dev.spillover.screening.list.ListLink;
import dev.spillover.screening.list.PartyType;
import dev.spillover.screening.list.ScreeningList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FCC Covered List as published (transcription, CC BY-NC 4.0: read in place): parties drawn out of prose. */
class FccCoveredListReaderTest {
  private static final ScreeningList LIST = FccCoveredListReader.read(ListFixtures.SPECIAL.resolve("fcc_covered_list.csv"));

  @TempDir
  Path dir;

  @Test
  void everyPartyNamedInTheProseBecomesAnEntryAndKindsOfEquipmentAreLeftOut() {
    assertThat(LIST.id()).isEqualTo("fcc-covered");
    assertThat(LIST.publisher()).isEqualTo("Federal Communications Commission");
    assertThat(LIST.entries()).extracting(e -> e.name().text(), ListEntry::listedFrom).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Huawei Technologies Company", LocalDate.of(2021, 3, 12)),
        org.assertj.core.groups.Tuple.tuple("ZTE Corporation", LocalDate.of(2021, 3, 12)),
        org.assertj.core.groups.Tuple.tuple("Hytera Communications Corporation", LocalDate.of(2021, 3, 12)),
        org.assertj.core.groups.Tuple.tuple("Hangzhou Hikvision Digital Technology Company", LocalDate.of(2021, 3, 12)),
        org.assertj.core.groups.Tuple.tuple("Dahua Technology Company", LocalDate.of(2021, 3, 12)),
        org.assertj.core.groups.Tuple.tuple("AO Kaspersky Lab", LocalDate.of(2022, 3, 25)),
        org.assertj.core.groups.Tuple.tuple("China Mobile International USA Inc.", LocalDate.of(2022, 3, 25)),
        org.assertj.core.groups.Tuple.tuple("China Telecom (Americas) Corp.", LocalDate.of(2022, 3, 25)),
        org.assertj.core.groups.Tuple.tuple("Pacific Networks Corp", LocalDate.of(2022, 9, 20)),
        org.assertj.core.groups.Tuple.tuple("ComNet (USA) LLC", LocalDate.of(2022, 9, 20)),
        org.assertj.core.groups.Tuple.tuple("China Unicom (Americas) Operations Limited", LocalDate.of(2022, 9, 20)),
        org.assertj.core.groups.Tuple.tuple("Kaspersky Lab, Inc.", LocalDate.of(2024, 7, 23)),
        org.assertj.core.groups.Tuple.tuple("Digitalsystem Technology Inc.", LocalDate.of(2026, 7, 7)));
  }

  @Test
  void huaweiIsReadFieldByField() {
    ListEntry huawei = LIST.entries().get(0);

    assertThat(huawei.id()).isEqualTo("line-2");
    assertThat(huawei.type()).isEqualTo(PartyType.COMPANY);
    assertThat(huawei.programs()).containsExactly(FccCoveredListReader.PROGRAM);
    assertThat(huawei.listedUntil()).isNull();
    assertThat(huawei.remarks()).isEqualTo("Covered: Telecommunications equipment produced by Huawei Technologies "
        + "Company, including telecommunications or video surveillance services provided by such entity or using "
        + "such equipment.");
    assertThat(huawei.location().line()).isEqualTo(2);
  }

  @Test
  void aWhollyOwnedSubsidiaryIsItsOwnEntryLinkedToItsParent() {
    ListEntry comNet = ListFixtures.entry(LIST, "line-10-2");

    assertThat(comNet.name().text()).isEqualTo("ComNet (USA) LLC");
    assertThat(comNet.links()).containsExactly(new ListLink(ListLink.Relation.PARENT, "Pacific Networks Corp", "line-10"));
    assertThat(ListFixtures.entry(LIST, "line-10").links()).isEmpty();
  }

  @Test
  void proseThatNamesNoPartyAndNoForeignEquipmentAndABadDateAreProblems() throws IOException {
    Path file = Files.writeString(dir.resolve("fcc.csv"), "covered_equipment_or_services,date_of_inclusion_on_covered_list\n"
        + "\"Telecommunications equipment produced by Huawei Technologies Company, including services.\",\"March 12, 2021\"\n"
        + "\"Everything that is bad.\",\"March 12, 2021\"\n"
        + "\"Telecommunications services provided by China Telecom (Americas) Corp. subject to section 214.\",\"12/03/2021\"\n"
        + "\"Routers produced in a foreign country.\",\"March 23, 2026Updated:sometime\"\n");

    InputException e = catchThrowableOfType(InputException.class, () -> FccCoveredListReader.read(file));

    assertThat(e.problems()).containsExactly(
        new Problem(file.toString(), 3, 0, "covered equipment or services 'Everything that is bad.' names no party, "
            + "expected 'produced by', 'provided by' or 'supplied ... by' and a name, or equipment produced in a "
            + "foreign country"),
        new Problem(file.toString(), 4, 0, "date of inclusion '12/03/2021' is not a date, expected one such as "
            + "March 12, 2021"),
        new Problem(file.toString(), 5, 0, "update date 'sometime' is not a date, expected one such as January 7, 2026"));
  }
}
