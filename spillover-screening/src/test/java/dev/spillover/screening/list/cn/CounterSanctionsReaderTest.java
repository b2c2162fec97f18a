package dev.spillover.screening.list.cn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.screening.list.EntryName;
import dev.spillover.screening.list.Identifier;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.ListFixtures;
import dev.spillover.screening.list.PartyType;
import dev.spillover.screening.list.ScreeningList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** China's counter-sanctions and unreliable-entity measures (transcription, CC BY-NC 4.0: read in place). */
class CounterSanctionsReaderTest {
  private static final ScreeningList LIST = CounterSanctionsReader.read(
      ListFixtures.SPECIAL.resolve("cn_mfa_mofcom_counter_sanctions.csv"));

  @TempDir
  Path dir;

  @Test
  void everyMeasureIsAnEntryWithItsChineseNameAndDate() {
    assertThat(LIST.id()).isEqualTo("cn-counter-sanctions");
    assertThat(LIST.entries()).hasSize(610);
    assertThat(LIST.entries()).filteredOn(e -> e.type() == PartyType.PERSON).hasSize(195);

    ListEntry ned = LIST.entries().get(0);
    assertThat(ned.id()).isEqualTo("line-2");
    assertThat(ned.type()).isEqualTo(PartyType.ORGANIZATION);
    assertThat(ned.name().text()).isEqualTo("National Endowment for Democracy");
    assertThat(ned.aliases()).containsExactly(new EntryName("美国国家民主基金会", EntryName.Kind.ORIGINAL_SCRIPT));
    assertThat(ned.countries()).containsExactly("US");
    assertThat(ned.programs()).containsExactly("Ministry of Foreign Affairs");
    // 02.12.2019: day first.
    assertThat(ned.listedFrom()).isEqualTo(LocalDate.of(2019, 12, 2));
  }

  @Test
  void twoMeasuresAgainstOnePersonAreTwoEntriesAndTwoDigitYearsAreThisCentury() {
    assertThat(LIST.entries()).filteredOn(e -> e.name().text().equals("Marco Rubio"))
        .extracting(ListEntry::id, ListEntry::listedFrom)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("line-9", LocalDate.of(2020, 7, 13)),
            org.assertj.core.groups.Tuple.tuple("line-12", LocalDate.of(2020, 8, 10)));
    ListEntry rubio = ListFixtures.entry(LIST, "line-9");
    assertThat(rubio.identifiers()).containsExactly(new Identifier("Wikidata", "Q324546", null));
    assertThat(rubio.remarks()).isEqualTo("US Senator");
  }

  @Test
  void theUnreliableEntityListKeepsItsBodyAndList() {
    ListEntry taiclet = ListFixtures.entry(LIST, "line-96");

    assertThat(taiclet.programs()).containsExactly("Ministry of Commerce: UEL");
    assertThat(taiclet.listedFrom()).isEqualTo(LocalDate.of(2023, 2, 16));
    assertThat(taiclet.remarks()).isEqualTo("Chairman, President and CEO of Lockheed Martin Corporation");
  }

  @Test
  void countryNamesAndCodesAreBothRead() {
    assertThat(LIST.entries().stream().flatMap(e -> e.countries().stream()).distinct()).contains("JP", "TW", "US");
  }

  @Test
  void aDateWrittenTheAmericanWayIsAProblem() throws IOException {
    Path file = Files.writeString(dir.resolve("cn.csv"), "Type,QID,Name,Alias,Chinese name,Country,Topics,Summary,"
        + "Chinese summary,Body,List,Date,End date,Source URL,Address\n"
        + "Company,,Skydio,,斯凯迪奥,US,sanction.counter,,,Ministry of Foreign Affairs,,10/11/2024,,,\n");

    InputException e = catchThrowableOfType(InputException.class, () -> CounterSanctionsReader.read(file));

    assertThat(e.problems()).containsExactly(new Problem(file.toString(), 2, 0,
        "Date '10/11/2024' is not a date, expected DD.MM.YYYY or DD.MM.YY"));
  }
}
