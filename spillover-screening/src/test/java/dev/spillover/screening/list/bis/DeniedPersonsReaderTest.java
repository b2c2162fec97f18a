package dev.spillover.screening.list.bis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.screening.list.EntryLocation;
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

/** BIS's dpl.txt of 2022: 581 rows, one per address, read into 461 denials. */
class DeniedPersonsReaderTest {
  private static final ScreeningList DPL = DeniedPersonsReader.read(ListFixtures.DPL);
  private static final String HEADER = "\"Name\"\t\"Street_Address\"\t\"City\"\t\"State\"\t\"Country\"\t\"Postal_Code\"\t"
      + "\"Effective_Date\"\t\"Expiration_Date\"\t\"Standard_Order\"\t\"Last_Update\"\t\"Action\"\t\"FR_Citation\"\n";

  @TempDir
  Path dir;

  @Test
  void rowsOfOneDenialAreOneEntryWithEveryAddress() {
    assertThat(DPL.id()).isEqualTo("bis-dpl");
    assertThat(DPL.entries()).hasSize(461);
    assertThat(DPL.entries().stream().mapToInt(e -> e.addresses().size()).sum()).isEqualTo(579);

    ListEntry alNaser = ListFixtures.named(DPL, "AL NASER AIRLINES");
    assertThat(alNaser.id()).isEqualTo("line-27");
    assertThat(alNaser.type()).isEqualTo(PartyType.UNKNOWN);
    assertThat(alNaser.addresses()).hasSize(4).first().isEqualTo(
        "AL AMIRAT STREET, SECTION 309, ST. 3/H.20, AL MANSOUR, BAGHDAD, IQ");
    assertThat(alNaser.countries()).containsExactly("IQ", "AE", "JO");
    assertThat(alNaser.listedFrom()).isEqualTo(LocalDate.of(2022, 5, 13));
    assertThat(alNaser.listedUntil()).isEqualTo(LocalDate.of(2022, 11, 9));
    assertThat(alNaser.programs()).containsExactly(DeniedPersonsReader.PROGRAM);
    assertThat(alNaser.location()).isEqualTo(new EntryLocation(ListFixtures.DPL.toString(), 27));
  }

  @Test
  void oneNameDeniedTwiceIsTwoEntriesAndALeadingSpaceIsDropped() {
    // " I. ASH" (line 2, 2003) and "I. ASH" (lines 232-233, 2002): two orders.
    assertThat(DPL.entries()).filteredOn(e -> e.name().text().equals("I. ASH"))
        .extracting(ListEntry::id, ListEntry::listedFrom)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("line-2", LocalDate.of(2003, 6, 19)),
            org.assertj.core.groups.Tuple.tuple("line-232", LocalDate.of(2002, 3, 4)));
    assertThat(ListFixtures.entry(DPL, "line-232").addresses()).hasSize(2);
    assertThat(ListFixtures.entry(DPL, "line-232").remarks()).isEqualTo("Federal Register: 67 F.R. 56530 9/4/02 "
        + "67 F.R. 10890 3/11/02 71 F.R. 38843 7/10/06 | 67 F.R. 56530 9/4/02 67 F.R. 10890 3/11/02, 71 F.R. 38843 7/10/06");
  }

  @Test
  void countriesAreReadAsWrittenAndOnlyWhenTheyAreCountries() {
    assertThat(ListFixtures.named(DPL, "JOHNSON HU").countries()).containsExactly("CN");
    // "NM" in the country column is New Mexico, not a country: no code.
    assertThat(ListFixtures.named(DPL, "STEPHEN EDWARD SMITH").countries()).isEmpty();
    assertThat(ListFixtures.named(DPL, "AARON ABRAHAM VILLA").countries()).isEmpty();
    assertThat(DPL.entries()).filteredOn(e -> e.listedUntil() == null).isNotEmpty();
  }

  @Test
  void aBadDateIsReportedWithItsLineAndNothingIsReturned() throws IOException {
    Path file = Files.writeString(dir.resolve("dpl.txt"), HEADER
        + "\"ZIMO SHENG\"\t\"3975 N. CRAMER STREET\"\t\"MILWAUKEE\"\t\"WI\"\t\"\"\t\"53211\"\t\"03/16/2020\"\t"
        + "\"12/13/2028\"\t\"Y\"\t\"2020-03-20\"\t\"FR NOTICE ADDED\"\t\"85 F.R. 16054 3/20/2020\"\n"
        + "\"QIANG HU\"\t\"#602\"\t\"SHANGHAI\"\t\"\"\t\"PRC\"\t\"\"\t\"2016-02-03\"\t\"07/24/2024\"\t\"Y\"\t\"2016-02-11\"\t"
        + "\"FR NOTICE ADDED\"\t\"81 F.R. 7304 2/11/16\"\n"
        + "\"\"\t\"#602\"\t\"SHANGHAI\"\t\"\"\t\"PRC\"\t\"\"\t\"02/03/2016\"\t\"13/24/2024\"\t\"Y\"\t\"2016-02-11\"\t"
        + "\"FR NOTICE ADDED\"\t\"81 F.R. 7304 2/11/16\"\n");

    InputException e = catchThrowableOfType(InputException.class, () -> DeniedPersonsReader.read(file));

    assertThat(e.problems()).containsExactly(
        new Problem(file.toString(), 3, 0, "Effective_Date '2016-02-03' is not a date, expected MM/DD/YYYY"),
        new Problem(file.toString(), 4, 0, "row has no name, expected one in column Name"),
        new Problem(file.toString(), 4, 0, "Expiration_Date '13/24/2024' is not a date, expected MM/DD/YYYY"));
  }
}
