package dev.spillover.screening.list;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** ScreeningLists.load: files and folders in, formats recognized from content, all or nothing. */
class ScreeningListsTest {
  @TempDir
  Path dir;

  @Test
  void theSharedFixturesResolveFromTheModuleDirectory() throws IOException {
    // shared/ sits beside the checkout: two levels up from the module directory, wherever the clone is.
    Path checkoutParent = Path.of("").toAbsolutePath().getParent().getParent();
    assertThat(ListFixtures.DATA.toRealPath()).isEqualTo(checkoutParent.resolve("shared/data").toRealPath());
  }

  @Test
  void everyListOfTheSharedDataLoadsFromItsFilesAndFolders() {
    List<ScreeningList> lists = ScreeningLists.load(List.of(ListFixtures.OFAC_SDN, ListFixtures.OFAC_CONS,
        ListFixtures.CSL_2025, ListFixtures.DPL, ListFixtures.UN, ListFixtures.FTM, ListFixtures.SPECIAL));

    assertThat(lists).extracting(ScreeningList::id).containsExactly("ofac-sdn", "ofac-cons", "us-csl", "bis-dpl",
        "un-sc", "ftm-t1-entities", "ftm-zala-entities", "bis-mieu", "cn-counter-sanctions", "dod-1260h",
        "fcc-covered", "us-1286", "us-889", "us-5949", "us-154");
    assertThat(lists).extracting(l -> l.entries().size()).containsExactly(8_976, 442, 13, 461, 1_003, 6, 13, 13, 610,
        229, 13, 193, 5, 3, 6);
    assertThat(lists).allSatisfy(l -> {
      assertThat(l.name()).isNotBlank();
      assertThat(l.publisher()).isNotBlank();
      assertThat(l.url()).startsWith("https://");
      assertThat(l.entries()).allSatisfy(e -> assertThat(e.list()).isEqualTo(l.id()));
      assertThat(l.entries()).extracting(ListEntry::id).doesNotHaveDuplicates();
    });
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "ofac-sdn/sdn.csv, OFAC_CSV", "ofac-consolidated-non-sdn/cons_prim.csv, OFAC_CSV",
      "us-consolidated-screening-list/csl_2019_subset.csv, US_CSL", "us-consolidated-screening-list/csl_2025_subset.csv, US_CSL",
      "bis-denied-persons/dpl.txt, BIS_DPL", "un-sc-consolidated/UN_consolidated.xml, UN_SC",
      "followthemoney/zala_entities.ftm.json, FTM", "us-special-lists/ndaa_fy2019_section_889.csv, US_NDAA",
      "us-special-lists/ndaa_fy2019_section_1286.csv, US_NDAA", "us-special-lists/bis_military_intelligence_end_users.csv, BIS_MIEU",
      "us-special-lists/dod_1260h_chinese_military_companies.csv, DOD_1260H", "us-special-lists/fcc_covered_list.csv, FCC_COVERED",
      "us-special-lists/cn_mfa_mofcom_counter_sanctions.csv, CN_COUNTER_SANCTIONS"})
  void eachFormatIsRecognizedFromTheFirstBytesOfItsFiles(String file, ListFormat format) throws IOException {
    byte[] head = Files.readAllBytes(ListFixtures.DATA.resolve(file));

    assertThat(ListFormat.detect(java.util.Arrays.copyOf(head, Math.min(head.length, ListFormat.HEAD_BYTES))))
        .isEqualTo(format);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"ofac-sdn/alt.csv", "ofac-sdn/add.csv", "ofac-sdn/sdn_comments.csv", "gleif/lei-cdf/20180901-gleif-concatenated-file-lei2-Top10.xml",
      "bods/examples/bods-package-fi-soe.json", "name-matching/yente_negatives_us.csv"})
  void otherFilesAreNoListFormat(String file) throws IOException {
    assertThat(ListFormat.detect(Files.readAllBytes(ListFixtures.DATA.resolve(file)))).isNull();
  }

  @Test
  void theFormatComesFromTheContentNotTheName() throws IOException {
    Path csl = Files.copy(ListFixtures.CSL_2025, dir.resolve("notes.txt"));
    Path dpl = Files.copy(ListFixtures.DPL, dir.resolve("parties.csv"));
    Path un = Files.copy(ListFixtures.UN, dir.resolve("un.json"));

    List<ScreeningList> lists = ScreeningLists.load(List.of(csl, dpl, un));

    assertThat(lists).extracting(ScreeningList::id).containsExactly("us-csl", "bis-dpl", "un-sc");
  }

  @Test
  void anUnknownFileNamesTheFormatsExpectedAndNothingIsReturned() throws IOException {
    Path readme = Files.writeString(dir.resolve("README.md"), "# Lists\nThese are our lists.\n");

    InputException e = catchThrowableOfType(InputException.class,
        () -> ScreeningLists.load(List.of(ListFixtures.CSL_2025, readme)));

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo(readme.toString());
      assertThat(p.message()).startsWith("not a restricted-party list Spillover reads, expected one of: OFAC legacy CSV")
          .contains("US Consolidated Screening List CSV").contains("UN Security Council consolidated list XML")
          .contains("FCC Covered List (CSV)");
    });
  }

  @Test
  void theProblemsOfEveryInputAreReportedTogether() throws IOException {
    Path missing = dir.resolve("nowhere.csv");
    Path badCsl = Files.writeString(dir.resolve("csl.csv"), "source,entity_number,type,programs,name,addresses,"
        + "federal_register_notice,start_date,end_date,alt_names,ids\nEntity List,,,,Huawei,,,2019-13-01,,,\n");
    Path badDpl = Files.writeString(dir.resolve("dpl.txt"), "\"Name\"\t\"Street_Address\"\t\"City\"\t\"State\"\t"
        + "\"Country\"\t\"Postal_Code\"\t\"Effective_Date\"\t\"Expiration_Date\"\t\"Standard_Order\"\t\"FR_Citation\"\n"
        + "\"ZIMO SHENG\"\t\"\"\t\"\"\t\"\"\t\"\"\t\"\"\t\"3/16\"\t\"\"\t\"Y\"\t\"\"\n");
    Path empty = Files.createDirectory(dir.resolve("empty"));

    InputException e = catchThrowableOfType(InputException.class,
        () -> ScreeningLists.load(List.of(ListFixtures.UN, missing, badCsl, badDpl, empty)));

    assertThat(e.problems()).containsExactly(
        new Problem(badCsl.toString(), 2, 0, "start_date '2019-13-01' is not a date, expected YYYY-MM-DD"),
        new Problem(badDpl.toString(), 2, 0, "Effective_Date '3/16' is not a date, expected MM/DD/YYYY"),
        new Problem(empty.toString(), 0, 0, "folder holds no files, expected restricted-party lists"),
        new Problem(missing.toString(), 0, 0, "no such file or folder, expected a restricted-party list or a folder of them"));
  }

  @Test
  void anOfacCompanionIsReadWithItsMainFileAndRefusedWithoutIt() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("ofac"));
    Files.writeString(folder.resolve("sdn.csv"), "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,"
        + "-0- ,-0- ,-0- \r\n");
    Files.writeString(folder.resolve("alt.csv"), "306,220,\"aka\",\"NATIONAL BANK OF CUBA\",-0- \r\n");
    Files.writeString(folder.resolve("add.csv"), "306,199,-0- ,\"Zurich\",\"Switzerland\",-0- \r\n");
    Path alone = Files.createDirectory(dir.resolve("alone"));
    Path alt = Files.copy(folder.resolve("alt.csv"), alone.resolve("alt.csv"));

    assertThat(ScreeningLists.load(List.of(folder.resolve("alt.csv"), folder.resolve("sdn.csv"))))
        .extracting(ScreeningList::id).containsExactly("ofac-sdn");
    InputException e = catchThrowableOfType(InputException.class, () -> ScreeningLists.load(List.of(alt)));
    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).isEqualTo("an OFAC companion file "
        + "(aliases, addresses or remarks continued), expected with its main file: give " + alone.resolve("sdn.csv")
        + " or the folder holding both"));
  }

  @Test
  void oneListTwiceIsAProblemAndOneFileTwiceIsReadOnce() throws IOException {
    Path folder = Files.createDirectory(dir.resolve("csl"));
    Path csl = Files.copy(ListFixtures.CSL_2025, folder.resolve("csl.csv"));
    Files.writeString(folder.resolve(".hidden.csv"), "not a list");

    assertThat(ScreeningLists.load(List.of(folder, csl))).hasSize(1);
    InputException e = catchThrowableOfType(InputException.class,
        () -> ScreeningLists.load(List.of(ListFixtures.CSL)));
    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.file()).isEqualTo(ListFixtures.CSL_2025.toString());
      assertThat(p.message()).isEqualTo("holds list us-csl, which " + ListFixtures.CSL_2019 + " holds too, expected "
          + "each list once");
    });
  }
}
