package dev.spillover.screening.list.ofac;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.screening.list.EntryName;
import dev.spillover.screening.list.ListLink;
import dev.spillover.screening.list.ScreeningList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OFAC files written here, in OFAC's shape: the publisher's quirks are read, real errors are all
 * reported with file, line, the bad value and what was expected, and nothing is returned.
 */
class OfacBadInputTest {
  private static final String BNC = "306,\"BANCO NACIONAL DE CUBA\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
      + "\"a.k.a. 'BNC'.\"";
  private static final String HAVANATUR = "2,\"HAVANATUR\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ";

  @TempDir
  Path dir;

  /** Writes OFAC's four files with CRLF line ends and the closing 0x1A byte. */
  private Path write(String sdn, String alt, String add, String comments) throws IOException {
    Files.write(dir.resolve("sdn.csv"), ofac(sdn));
    if (alt != null) {
      Files.write(dir.resolve("alt.csv"), ofac(alt));
    }
    if (add != null) {
      Files.write(dir.resolve("add.csv"), ofac(add));
    }
    if (comments != null) {
      Files.write(dir.resolve("sdn_comments.csv"), ofac(comments));
    }
    return dir.resolve("sdn.csv");
  }

  private static byte[] ofac(String text) {
    String crlf = text.isEmpty() ? "" : text.replace("\n", "\r\n") + "\r\n";
    return (crlf + "\u001A").getBytes(StandardCharsets.ISO_8859_1);
  }

  private static InputException refused(Path main) {
    InputException e = catchThrowableOfType(InputException.class, () -> OfacCsvReader.read(main));
    assertThat(e).as("an InputException").isNotNull();
    return e;
  }

  @Test
  void theQuirksOfTheFilesAreReadAsOfacMeansThem() throws IOException {
    Path main = write(BNC + "\n" + HAVANATUR, "306,220,\"aka\",\"NATIONAL BANK OF CUBA\",-0- \n"
        + "2,9,\"aka\",\"HAVANA TOUR\",\"weak aka\"", "306,199,-0- ,\"Zurich\",\"Switzerland\",-0- ", "");

    ScreeningList list = OfacCsvReader.read(main);

    assertThat(list.entries()).extracting(e -> e.id()).containsExactly("306", "2");
    assertThat(list.entries().get(0).aliases()).containsExactly(
        new EntryName("NATIONAL BANK OF CUBA", EntryName.Kind.ALIAS), new EntryName("BNC", EntryName.Kind.WEAK_ALIAS));
    assertThat(list.entries().get(0).addresses()).containsExactly("Zurich, Switzerland");
    // An alias whose remarks call it weak is a weak alias.
    assertThat(list.entries().get(1).aliases()).containsExactly(new EntryName("HAVANA TOUR", EntryName.Kind.WEAK_ALIAS));
    assertThat(list.entries().get(1).remarks()).isNull();
  }

  @Test
  void aCutRowIsReportedWithItsLineTheCellsFoundAndTheColumnsExpected() throws IOException {
    Path main = write(BNC + "\n307,\"BANCO FINANCIERO INTERNACIONAL, S.A.\",-0- ,\"CUBA\",-0- ,-0- ", "", "", null);

    InputException e = refused(main);

    assertThat(e.problems()).containsExactly(new Problem(main.toString(), 2, 0, "row has 6 cells (the last '-0- '), "
        + "expected 12: ent_num, name, type, programs, title, call sign, vessel type, tonnage, GRT, vessel flag, "
        + "vessel owner, remarks"));
    assertThat(e.getMessage()).startsWith(main + ":2: row has 6 cells");
  }

  @Test
  void everyProblemOfTheFourFilesIsReportedAtOnce() throws IOException {
    Path main = write(BNC + "\n"
            + "X1,\"NOT A NUMBER\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n"
            + "306,\"AGAIN\",-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n"
            + "400,\"SOMEONE\",\"company\",\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n"
            + "401,-0- ,-0- ,\"CUBA\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ",
        "306,220,\"aka\",\"NATIONAL BANK OF CUBA\",-0- \n999,221,\"aka\",\"NOBODY\",-0- \n306,222,\"xka\",\"BNC2\",-0- ",
        "306,199,-0- ,\"Zurich\",\"Switzerland\"", "998,\"more remarks\"");

    InputException e = refused(main);

    assertThat(e.problems()).extracting(p -> Path.of(p.file()).getFileName().toString(), Problem::line,
            Problem::message)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("add.csv", 1, "row has 5 cells (the last 'Switzerland'), expected 6:"
                + " ent_num, add_num, address, city/state/postal code, country, remarks"),
            org.assertj.core.groups.Tuple.tuple("alt.csv", 2, "ent_num 999 is not an entry of sdn.csv, expected the "
                + "number of one of its entries"),
            org.assertj.core.groups.Tuple.tuple("alt.csv", 3, "alias type 'xka', expected aka, fka or nka"),
            org.assertj.core.groups.Tuple.tuple("sdn.csv", 2, "ent_num 'X1' is not a number, expected the entry's "
                + "number (digits) in the first cell"),
            org.assertj.core.groups.Tuple.tuple("sdn.csv", 3, "ent_num 306 is used again (first at line 1), expected "
                + "each entry once"),
            org.assertj.core.groups.Tuple.tuple("sdn.csv", 4, "entry 400 has type 'company', expected individual, "
                + "vessel, aircraft or -0- (an entity)"),
            org.assertj.core.groups.Tuple.tuple("sdn.csv", 5, "entry 401 has no name, expected its name in the "
                + "second cell"),
            org.assertj.core.groups.Tuple.tuple("sdn_comments.csv", 1, "ent_num 998 is not an entry of sdn.csv, "
                + "expected the number of one of its entries"));
  }

  @Test
  void theAliasAndAddressFilesAreRequiredAndTheCommentsFileIsNot() throws IOException {
    Path main = write(BNC, null, null, null);

    InputException e = refused(main);

    assertThat(e.problems()).extracting(Problem::file)
        .containsExactly(dir.resolve("add.csv").toString(), dir.resolve("alt.csv").toString());
    assertThat(e.problems().get(1).message()).startsWith("no such file: OFAC publishes alt.csv beside sdn.csv");
  }

  @Test
  void aQuoteLeftOpenIsReportedWhereReadingStopped() throws IOException {
    Path main = write(BNC + "\n" + "307,\"BANCO FINANCIERO,-0- ,\"CUBA\"", "", "", null);

    InputException e = refused(main);

    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).file()).isEqualTo(main.toString());
    assertThat(e.problems().get(0).message()).startsWith("not well-formed CSV: ");
  }

  @Test
  void aLinkToANameTwoEntriesShareIsNotResolved() throws IOException {
    Path main = write("1,\"NATIONAL LIBERATION ARMY\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n"
        + "2,\"NATIONAL LIBERATION ARMY\",-0- ,\"BALKANS\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n"
        + "3,\"SOMEONE\",\"individual\",\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"
        + "\"Linked To: NATIONAL LIBERATION ARMY; Linked To: SOMEONE; Linked To: NOBODY.\"", "", "", null);

    ScreeningList list = OfacCsvReader.read(main);

    // Ambiguous and unknown targets keep their names; a link to the entry itself is dropped.
    assertThat(list.entries().get(2).links()).containsExactly(
        new ListLink(ListLink.Relation.LINKED_TO, "NATIONAL LIBERATION ARMY", null),
        new ListLink(ListLink.Relation.LINKED_TO, "NOBODY", null));
  }

  @Test
  void aMainFileOfAnotherNameIsReadAsTheSdnListWithoutCompanions() throws IOException {
    Path other = dir.resolve("ofac-export.csv");
    Files.write(other, ofac(BNC));

    ScreeningList list = OfacCsvReader.read(other);

    assertThat(list.id()).isEqualTo("ofac-sdn");
    assertThat(list.entries()).hasSize(1);
  }
}
