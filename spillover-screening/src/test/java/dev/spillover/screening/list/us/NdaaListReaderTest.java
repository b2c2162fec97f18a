package dev.spillover.screening.list.us;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.screening.list.EntryName;
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

/** The statutory lists of NDAA sections 889, 5949, 154 and 1286 (transcriptions, CC BY-NC 4.0: read in place). */
class NdaaListReaderTest {
  private static final String HEADER = "schema,name,aliases,topics,program,authority,reason,report-date,start-date,"
      + "end-date,country,notes,source_url\n";

  @TempDir
  Path dir;

  private static ScreeningList read(String file) {
    return NdaaListReader.read(ListFixtures.SPECIAL.resolve(file));
  }

  @Test
  void section889NamesTheFiveCompanies() {
    ScreeningList list = read("ndaa_fy2019_section_889.csv");

    assertThat(list.id()).isEqualTo("us-889");
    assertThat(list.publisher()).isEqualTo("United States Congress");
    assertThat(list.url()).isEqualTo("https://www.congress.gov/115/plaws/publ232/PLAW-115publ232.pdf");
    assertThat(list.entries()).extracting(e -> e.name().text()).containsExactly("Dahua Technology Company",
        "Hangzhou Hikvision Digital Technology Company", "Huawei Technologies Company",
        "Hytera Communications Corporation", "ZTE Corporation");
    ListEntry huawei = list.entries().get(2);
    assertThat(huawei.id()).isEqualTo("line-4");
    assertThat(huawei.type()).isEqualTo(PartyType.COMPANY);
    assertThat(huawei.programs()).containsExactly("Section 889 of the John S. McCain National Defense Authorization "
        + "Act for Fiscal Year 2019 (Public Law 115 - 232)");
    assertThat(huawei.listedFrom()).isNull();
  }

  @Test
  void section5949And154KeepAliasesAndTheDateTheBanStarts() {
    ScreeningList chips = read("ndaa_fy2023_section_5949.csv");
    ScreeningList batteries = read("ndaa_fy2024_section_154.csv");

    assertThat(chips.id()).isEqualTo("us-5949");
    assertThat(ListFixtures.named(chips, "Semiconductor Manufacturing International Corporation").aliases())
        .containsExactly(new EntryName("SMIC", EntryName.Kind.ALIAS));
    assertThat(batteries.id()).isEqualTo("us-154");
    assertThat(batteries.entries()).hasSize(6);
    assertThat(batteries.published()).isEqualTo(LocalDate.of(2023, 12, 22));
    ListEntry catl = ListFixtures.named(batteries, "Contemporary Amperex Technology Company, Limited");
    // start-date "October 1, 2027": the procurement ban begins then.
    assertThat(catl.listedFrom()).isEqualTo(LocalDate.of(2027, 10, 1));
    assertThat(catl.inEffectOn(LocalDate.of(2026, 1, 1))).isFalse();
    assertThat(catl.aliases()).containsExactly(new EntryName("CATL", EntryName.Kind.ALIAS));
    assertThat(catl.remarks()).startsWith("Beginning on October 1, 2027, none of the funds").endsWith("Reported 2023-12-22");
  }

  @Test
  void section1286RowsOfOneInstitutionAcrossYearsAreOneEntry() {
    ScreeningList list = read("ndaa_fy2019_section_1286.csv");

    assertThat(list.id()).isEqualTo("us-1286");
    assertThat(list.publisher()).isEqualTo("U.S. Department of Defense");
    assertThat(list.entries()).hasSize(193);
    // The URL of the latest edition.
    assertThat(list.url()).isEqualTo("https://www.cto.mil/wp-content/uploads/2026/07/FY25-Section-1286-List.pdf");

    ListEntry mabna = ListFixtures.named(list, "Mabna Institute");
    assertThat(mabna.id()).isEqualTo("line-31");
    assertThat(mabna.listedUntil()).isEqualTo(LocalDate.of(2026, 7, 23));
    assertThat(mabna.remarks()).isEqualTo("Reported 2022, 2023, 2024");
    // 2023 gave no end, 2024 ends it in 2026 (a year: its last day).
    assertThat(ListFixtures.named(list, "Naval Service Academy").listedUntil()).isEqualTo(LocalDate.of(2026, 12, 31));
    ListEntry npu = ListFixtures.named(list, "Northwestern Polytechnical University");
    assertThat(npu.aliases()).extracting(EntryName::text).containsExactly("Northwestern Polytechnic University",
        "Northwest Polytechnic University", "Northwest Polytechnical University");
    assertThat(npu.countries()).containsExactly("CN");
  }

  @Test
  void aProgramOfAnotherSectionAndABadDateAreReportedWithTheirLines() throws IOException {
    Path file = Files.writeString(dir.resolve("ndaa.csv"), HEADER
        + "Company,Huawei Technologies Company,,debarment,Section 889 of the NDAA FY2019,United States Congress,,,,,,,\n"
        + "Company,Somebody,,debarment,Section 999 of the NDAA FY2030,United States Congress,,,,,,,\n"
        + "Company,Another,,debarment,Section 889 of the NDAA FY2019,United States Congress,,,1st of October,,,,\n"
        + "Vessel,A Ship,,debarment,Section 889 of the NDAA FY2019,United States Congress,,,,,,,\n");

    InputException e = catchThrowableOfType(InputException.class, () -> NdaaListReader.read(file));

    assertThat(e.problems()).containsExactly(
        new Problem(file.toString(), 3, 0, "program 'Section 999 of the NDAA FY2030' names section 999, expected "
            + "section 889, 5949, 154 or 1286 of a National Defense Authorization Act"),
        new Problem(file.toString(), 4, 0, "start-date '1st of October' is not a date, expected YYYY-MM-DD, YYYY-MM, "
            + "YYYY or a date such as October 1, 2027"),
        new Problem(file.toString(), 5, 0, "type 'Vessel', expected Company, Organization, LegalEntity, PublicBody, "
            + "Person or nothing"));
  }
}
