package dev.spillover.screening.list.ftm;

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
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenSanctions FtM files (CC BY-NC 4.0, read where they are): sanctioned parties become
 * entries, read by the FtM reader of spillover-formats.
 */
class FtmListReaderTest {
  private static final Path ZALA_FILE = ListFixtures.FTM.resolve("zala_entities.ftm.json");
  private static final ScreeningList ZALA = FtmListReader.read(ZALA_FILE);
  private static final ScreeningList T1 = FtmListReader.read(ListFixtures.FTM.resolve("t1_entities.ftm.json"));

  @TempDir
  Path dir;

  @Test
  void partiesWithASanctionOrTheSanctionTopicBecomeEntries() {
    assertThat(ZALA.id()).isEqualTo("ftm-zala-entities");
    // 11 companies and 6 persons; 4 companies of the Russian register carry no sanction.
    assertThat(ZALA.entries()).hasSize(13);
    assertThat(ZALA.entries()).filteredOn(e -> e.type() == PartyType.PERSON).hasSize(6);
    assertThat(ZALA.entries()).filteredOn(e -> e.type() == PartyType.COMPANY).hasSize(7);
    // t1 holds no Sanction entities: its six parties are marked by their topics.
    assertThat(T1.id()).isEqualTo("ftm-t1-entities");
    assertThat(T1.entries()).hasSize(6);
  }

  @Test
  void zalaAeroIsReadFieldByField() {
    ListEntry cst = ListFixtures.entry(ZALA, "NK-abdzbEBkqyT29GyREbiURZ");

    assertThat(cst.list()).isEqualTo("ftm-zala-entities");
    assertThat(cst.type()).isEqualTo(PartyType.COMPANY);
    assertThat(cst.name().text()).isEqualTo("LLC CST");
    assertThat(cst.aliases()).contains(new EntryName("Zala Aero Group", EntryName.Kind.ALIAS),
        new EntryName("ООО ЦСТ", EntryName.Kind.ORIGINAL_SCRIPT),
        new EntryName("ザラ・アエロ・グループ", EntryName.Kind.ORIGINAL_SCRIPT),
        new EntryName("ZALA", EntryName.Kind.WEAK_ALIAS),
        new EntryName("CST", EntryName.Kind.WEAK_ALIAS));
    assertThat(cst.identifiers()).contains(new Identifier(Identifier.TAX, "1841015504", null),
        new Identifier(Identifier.REGISTRATION, "1101841007938", null));
    assertThat(cst.countries()).containsExactly("RU");
    assertThat(cst.birthDates()).containsExactly("2010-12-24");
    assertThat(cst.programs()).contains("AU-RUSSIA", "EU-UKR", "US-RUSHAR", "US-BIS-EL", "UA-SA1644", "GB-RUS",
        "Reciprocal", "La Principauté de Monaco");
    // The earliest start of its sanctions (Ukraine's 556/2021); still listed, as most sanctions have no end.
    assertThat(cst.listedFrom()).isEqualTo(LocalDate.of(2021, 10, 30));
    assertThat(cst.listedUntil()).isNull();
    assertThat(cst.location()).isEqualTo(new EntryLocation(ZALA_FILE.toString(), 12));
  }

  @Test
  void aPersonKeepsNationalityBirthDateAndNamesInOtherScripts() {
    ListEntry zakharov = ListFixtures.entry(ZALA, "NK-aU5ybkbRFJucf8YMwsJvDw");

    assertThat(zakharov.type()).isEqualTo(PartyType.PERSON);
    assertThat(zakharov.name().text()).isEqualTo("Alexander Vyacheslavovich ZAKHAROV");
    assertThat(zakharov.aliases()).contains(new EntryName("Александр Вячеславович Захаров", EntryName.Kind.ORIGINAL_SCRIPT));
    assertThat(zakharov.countries()).contains("RU");
    assertThat(zakharov.birthDates()).isNotEmpty();
    assertThat(zakharov.listedFrom()).isEqualTo(LocalDate.of(2023, 7, 1));
  }

  @Test
  void badDatesAndNamelessPartiesAreReportedWithTheirLinesAndNothingIsReturned() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.ftm.json"), """
        {"id": "p1", "schema": "Person", "properties": {"name": ["A Person"], "birthDate": ["31.12.1970"], "topics": ["sanction"]}}
        {"id": "c1", "schema": "Company", "properties": {"topics": ["sanction"]}}
        {"id": "s1", "schema": "Sanction", "properties": {"entity": ["p1"], "startDate": ["soon"]}}
        {"id": "c2", "schema": "Company", "properties": {"name": ["Not Listed"]}}
        """);

    InputException e = catchThrowableOfType(InputException.class, () -> FtmListReader.read(file));

    assertThat(e.problems()).containsExactly(
        new Problem(file.toString(), 1, 0, "Person 'p1': birthDate '31.12.1970' is not a date, expected YYYY, YYYY-MM"
            + " or YYYY-MM-DD"),
        new Problem(file.toString(), 2, 0, "Company 'c1' has no name, expected a 'name' property or a caption"),
        new Problem(file.toString(), 3, 0, "Sanction 's1': startDate 'soon' is not a date, expected YYYY, YYYY-MM or"
            + " YYYY-MM-DD"));
  }

  @Test
  void theFtmReadersProblemsComeThroughUnchanged() throws IOException {
    Path file = Files.writeString(dir.resolve("broken.ftm.json"), """
        {"id": "p1", "schema": "Person", "properties": {"name": ["A"]}}
        {"id": "p1", "schema":
        """);

    InputException e = catchThrowableOfType(InputException.class, () -> FtmListReader.read(file));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(2);
      assertThat(p.message()).startsWith("not valid JSON");
    });
  }

  @Test
  void endDatesCountOnlyWhenEverySanctionEnds() throws IOException {
    Path file = Files.writeString(dir.resolve("ends.ftm.json"), """
        {"id": "p1", "schema": "Person", "properties": {"name": ["A"]}}
        {"id": "s1", "schema": "Sanction", "properties": {"entity": ["p1"], "startDate": ["2020-05"], "endDate": ["2022"], "programId": ["X"]}}
        {"id": "s2", "schema": "Sanction", "properties": {"entity": ["p1"], "startDate": ["2019-03-02"], "endDate": ["2021-06-30"], "authority": ["Some Authority"]}}
        """);

    ListEntry a = FtmListReader.read(file).entries().get(0);

    assertThat(a.listedFrom()).isEqualTo(LocalDate.of(2019, 3, 2));
    assertThat(a.listedUntil()).isEqualTo(LocalDate.of(2022, 12, 31));
    assertThat(a.programs()).containsExactly("X", "Some Authority");
  }
}
