package dev.spillover.screening.list.un;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.screening.list.ScreeningList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad and hostile UN XML: entities are never expanded or fetched, depth and size are bounded, and
 * every problem is reported with file, line and column; nothing is returned.
 */
class UnScHostileInputTest {
  private static final String INDIVIDUAL = """
      <INDIVIDUAL>
        <DATAID>1</DATAID>
        <FIRST_NAME>ERIC</FIRST_NAME>
        <SECOND_NAME>BADEGE</SECOND_NAME>
        <UN_LIST_TYPE>DRC</UN_LIST_TYPE>
        <REFERENCE_NUMBER>CDi.001</REFERENCE_NUMBER>
        <LISTED_ON>2012-12-31</LISTED_ON>
      </INDIVIDUAL>
      """;

  @TempDir
  Path dir;

  private Path xml(String text) throws IOException {
    return Files.writeString(dir.resolve("UN_consolidated.xml"), text, StandardCharsets.UTF_8);
  }

  private static InputException refused(Path file) {
    InputException[] thrown = new InputException[1];
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(10),
        () -> thrown[0] = catchThrowableOfType(InputException.class, () -> UnScReader.read(file)));
    assertThat(thrown[0]).as("an InputException").isNotNull();
    return thrown[0];
  }

  @Test
  void aSmallWellFormedListIsRead() throws IOException {
    Path file = xml("<?xml version=\"1.0\"?>\n<CONSOLIDATED_LIST dateGenerated=\"2026-02-27T00:00:09.554Z\">"
        + "<INDIVIDUALS>" + INDIVIDUAL + "</INDIVIDUALS><ENTITIES/></CONSOLIDATED_LIST>");

    ScreeningList list = UnScReader.read(file);

    assertThat(list.entries()).hasSize(1);
    assertThat(list.entries().get(0).name().text()).isEqualTo("ERIC BADEGE");
    assertThat(list.entries().get(0).location().line()).isEqualTo(2);
  }

  @Test
  void anExternalEntityIsRefusedAndTheFileItNamesIsNeverRead() throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP SECRET");
    Path file = xml("<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [\n  <!ENTITY xxe SYSTEM \""
        + secret.toUri() + "\">\n]>\n<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&xxe;</FIRST_NAME>"
        + "<REFERENCE_NUMBER>X.1</REFERENCE_NUMBER></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>");

    InputException e = refused(file);

    assertThat(e.problems()).hasSize(1);
    Problem problem = e.problems().get(0);
    assertThat(problem.file()).isEqualTo(file.toString());
    assertThat(problem.line()).isPositive();
    assertThat(problem.message()).contains("DOCTYPE").doesNotContain("TOP SECRET");
  }

  @Test
  void aBillionLaughsDocumentIsRefusedAtOnce() throws IOException {
    StringBuilder doc = new StringBuilder("<?xml version=\"1.0\"?>\n<!DOCTYPE CONSOLIDATED_LIST [\n"
        + "  <!ENTITY lol \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      doc.append("  <!ENTITY lol").append(i).append(" \"");
      doc.append(("&lol" + (i == 1 ? "" : i - 1) + ";").repeat(10)).append("\">\n");
    }
    doc.append("]>\n<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&lol9;</FIRST_NAME>"
        + "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>");

    InputException e = refused(xml(doc.toString()));

    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).contains("DOCTYPE"));
  }

  @Test
  void anUndeclaredEntityWithoutADoctypeIsNotWellFormed() throws IOException {
    InputException e = refused(xml("<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><FIRST_NAME>&lol9;</FIRST_NAME>"
        + "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>"));

    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).containsAnyOf(
        "not well-formed XML", "entity reference"));
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() throws IOException {
    String deep = "<X>".repeat(10_000) + "</X>".repeat(10_000);

    InputException e = refused(xml("<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>" + deep
        + "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>"));

    assertThat(e.problems()).singleElement()
        .satisfies(p -> assertThat(p.message()).isEqualTo("elements nested deeper than 16 levels, expected at most that; refused"));
  }

  @Test
  void nestingOutsideRecordsIsBoundedToo() throws IOException {
    InputException e = refused(xml("<CONSOLIDATED_LIST>" + "<Y>".repeat(100) + "</Y>".repeat(100)
        + "</CONSOLIDATED_LIST>"));

    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message()).startsWith("elements nested deeper"));
  }

  @Test
  void aRecordOfTooManyElementsIsRefused() throws IOException {
    InputException e = refused(xml("<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL>"
        + "<NATIONALITY><VALUE>x</VALUE></NATIONALITY>".repeat(15_000) + "</INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>"));

    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
        .isEqualTo("a record of more than 20000 elements, expected at most that; refused"));
  }

  @Test
  void malformedXmlIsReportedWithItsLineAndColumn() throws IOException {
    Path file = xml("<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n<INDIVIDUAL><FIRST_NAME>A</SECOND_NAME>\n");

    InputException e = refused(file);

    assertThat(e.problems()).singleElement().satisfies(p -> {
      assertThat(p.line()).isEqualTo(3);
      assertThat(p.column()).isPositive();
      assertThat(p.message()).startsWith("not well-formed XML: ");
    });
  }

  @Test
  void anotherRootIsRefused() throws IOException {
    InputException e = refused(xml("<sdnList/>"));

    assertThat(e.problems()).singleElement().satisfies(p -> assertThat(p.message())
        .isEqualTo("root element sdnList, expected CONSOLIDATED_LIST"));
  }

  @Test
  void recordProblemsAreAllReportedWithTheirLines() throws IOException {
    Path file = xml("<CONSOLIDATED_LIST>\n<INDIVIDUALS>\n" + INDIVIDUAL
        + "<INDIVIDUAL>\n<FIRST_NAME>B</FIRST_NAME>\n<REFERENCE_NUMBER>CDi.001</REFERENCE_NUMBER>\n"
        + "<LISTED_ON>31/12/2012</LISTED_ON>\n<INDIVIDUAL_DATE_OF_BIRTH><YEAR>19x4</YEAR></INDIVIDUAL_DATE_OF_BIRTH>\n"
        + "</INDIVIDUAL>\n<INDIVIDUAL><REFERENCE_NUMBER>CDi.003</REFERENCE_NUMBER></INDIVIDUAL>\n"
        + "</INDIVIDUALS>\n</CONSOLIDATED_LIST>\n");

    InputException e = refused(file);

    assertThat(e.problems()).extracting(Problem::line, Problem::message).containsExactly(
        org.assertj.core.groups.Tuple.tuple(11, "REFERENCE_NUMBER CDi.001 is used again (first at line 3), expected "
            + "each record once"),
        org.assertj.core.groups.Tuple.tuple(14, "individual CDi.001: LISTED_ON '31/12/2012' is not a date, expected "
            + "YYYY-MM-DD"),
        org.assertj.core.groups.Tuple.tuple(15, "individual CDi.001: YEAR '19x4' is not a year, expected four digits"),
        org.assertj.core.groups.Tuple.tuple(17, "individual CDi.003 has no name, expected FIRST_NAME"));
  }
}
