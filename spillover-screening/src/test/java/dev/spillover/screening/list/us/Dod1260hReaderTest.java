package dev.spillover.screening.list.us;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.screening.list.EntryName;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.ListFixtures;
import dev.spillover.screening.list.ListLink;
import dev.spillover.screening.list.PartyType;
import dev.spillover.screening.list.ScreeningList;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DoD section 1260H list, every edition since 2021 (transcription, CC BY-NC 4.0: read in place):
 * 397 rows of 227 companies (234 clean names, 7 of them spelt two ways) in 229 listing periods.
 */
class Dod1260hReaderTest {
  private static final ScreeningList LIST = Dod1260hReader.read(
      ListFixtures.SPECIAL.resolve("dod_1260h_chinese_military_companies.csv"));

  @TempDir
  Path dir;

  private static List<ListEntry> named(String name) {
    return LIST.entries().stream().filter(e -> e.name().text().equals(name)).toList();
  }

  @Test
  void theEditionsOfEachCompanyChainIntoListingPeriods() {
    assertThat(LIST.id()).isEqualTo("dod-1260h");
    assertThat(LIST.publisher()).isEqualTo("U.S. Department of Defense");
    assertThat(LIST.published()).isEqualTo(LocalDate.of(2026, 6, 8));
    assertThat(LIST.entries()).hasSize(229);
    assertThat(LIST.entries()).allSatisfy(e -> {
      assertThat(e.type()).isEqualTo(PartyType.COMPANY);
      assertThat(e.programs()).containsExactly(Dod1260hReader.PROGRAM);
    });
    assertThat(LIST.entries()).extracting(e -> e.location().line()).isSorted();
  }

  @Test
  void aCompanyDelistedAndListedAgainHasTwoEntries() {
    // YMTC: 2024 edition (no end date), 2025 edition ended 2026-02-17, listed again on 2026-06-08.
    assertThat(named("Yangtze Memory Technologies Co., Ltd."))
        .extracting(ListEntry::id, ListEntry::listedFrom, ListEntry::listedUntil)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("line-73", LocalDate.of(2024, 1, 31), LocalDate.of(2026, 2, 17)),
            org.assertj.core.groups.Tuple.tuple("line-395", LocalDate.of(2026, 6, 8), null));
    ListEntry megvii = named("Beijing Megvii Technology Co., Ltd.").get(0);
    assertThat(megvii.inEffectOn(LocalDate.of(2024, 6, 1))).isTrue();
    assertThat(megvii.inEffectOn(LocalDate.of(2025, 6, 1))).isFalse();
  }

  @Test
  void parentNamesBecomeParentLinksResolvedToTheParentsEntry() {
    ListEntry avic = named("Aviation Industry Corporation of China Ltd.").get(0);
    ListEntry hiTech = named("AVIC Aviation High-Technology Company Limited").get(0);

    assertThat(avic.id()).isEqualTo("line-5");
    assertThat(avic.listedFrom()).isEqualTo(LocalDate.of(2021, 6, 3));
    assertThat(avic.listedUntil()).isNull();
    assertThat(avic.aliases()).containsExactly(new EntryName("AVIC", EntryName.Kind.ALIAS));
    // The 2026 edition spells the parent "Aviation Industry Corporation of China, Ltd.": the same parent.
    assertThat(hiTech.links()).containsExactly(
        new ListLink(ListLink.Relation.PARENT, "Aviation Industry Corporation of China Ltd.", "line-5"));
    // A parent named as printed, with its abbreviation: "China Aerospace Science and Industry Corporation Limited (CASIC)".
    ListEntry casic = named("China Aerospace Science and Industry Corporation Limited").get(0);
    assertThat(named("Aisino Corporation").get(0).links()).containsExactly(new ListLink(ListLink.Relation.PARENT,
        "China Aerospace Science and Industry Corporation Limited (CASIC)", casic.id()));
    List<ListLink> links = LIST.entries().stream().flatMap(e -> e.links().stream()).toList();
    assertThat(links).hasSize(136).allSatisfy(l -> assertThat(l.targetId()).isNotNull());
  }

  @Test
  void aliasesFormerNamesAndNotesAreKept() {
    ListEntry knownsec = named("Beijing Zhidao Chuangyu Information Technology Co., Ltd.").get(0);
    ListEntry chengdu = named("AVIC Chengdu Aircraft Co., Ltd.").get(0);

    // "Knownsec,Beijing Kownsec": a comma without a space separates two aliases.
    assertThat(knownsec.aliases()).containsExactly(new EntryName("Knownsec", EntryName.Kind.ALIAS),
        new EntryName("Beijing Kownsec", EntryName.Kind.ALIAS));
    assertThat(knownsec.remarks()).startsWith("Listed in the editions of 2022-10-05, 2025-01-07, 2026-06-08; "
        + "Knownsec is directly affiliated with MIIT");
    assertThat(chengdu.aliases()).containsExactly(
        new EntryName("Zhonghang Electronic Measuring Instruments Company Limited", EntryName.Kind.FORMER),
        new EntryName("ZEMIC", EntryName.Kind.FORMER));
    assertThat(Dod1260hReader.aliases("China Avionics Systems Co., Ltd.")).containsExactly(
        "China Avionics Systems Co., Ltd.");
  }

  @Test
  void aBadDateIsReportedWithItsLineAndNothingIsReturned() throws IOException {
    Path file = Files.writeString(dir.resolve("1260h.csv"),
        "Name,Clean Name,Alias,Previous Name,Parent Name,Note,Start date,End date,Source Url\n"
            + "COSCO (COSCO)*,COSCO,COSCO,,,,2021-06-03,,\n"
            + "BGI,BGI,,,,,January 2024,,\n");

    InputException e = catchThrowableOfType(InputException.class, () -> Dod1260hReader.read(file));

    assertThat(e.problems()).containsExactly(new Problem(file.toString(), 3, 0, "Start date 'January 2024' is not a "
        + "date, expected YYYY-MM-DD, YYYY-MM, YYYY or a date such as October 1, 2027"));
  }
}
