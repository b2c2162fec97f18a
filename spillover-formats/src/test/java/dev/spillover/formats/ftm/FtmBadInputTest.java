package dev.spillover.formats.ftm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.spillover.formats.EstateAssembler;
import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad and hostile FtM input: every problem is reported with file, line, entity, value and what was
 * expected, all at once, and nothing reaches the assembler.
 */
class FtmBadInputTest {
  private static final String COMPANY = "{\"id\": \"c1\", \"schema\": \"Company\", \"properties\": {\"name\": [\"C One\"]}}";

  @TempDir
  Path dir;

  @Test
  void malformedLinesAreEachReportedWithTheirLineAndNothingIsWritten() throws IOException {
    List<Problem> problems = refused("bad.ftm.json", COMPANY + "\n"
        + "{\"id\": \"p1\", \"schema\": \n"
        + "{\"id\": \"p2\", \"schema\": \"Person\", \"properties\": {\"name\": [\"P Two\"]}}\n"
        + "not json at all\n"
        + "{\"id\": \"p3\", \"schema\": \"Person\"} {\"id\": \"p4\"}\n");
    assertThat(problems).extracting(Problem::line).containsExactly(2, 4, 5);
    assertThat(problems).allSatisfy(p -> assertThat(p.message()).startsWith("not valid JSON: "));
  }

  @Test
  void entitiesWithoutAUsableIdOrSchemaAreProblems() throws IOException {
    List<Problem> problems = refused("ids.ftm.json", """
        {"schema": "Company", "properties": {"name": ["No Id"]}}
        {"id": "x1", "properties": {"name": ["No Schema"]}}
        {"id": 7, "schema": "Person"}
        {"id": "has space", "schema": "Person"}
        {"id": "", "schema": ""}
        {"id": "x2", "schema": "Company", "properties": ["name"]}
        ["an", "array"]
        """);
    assertThat(problems).extracting(Problem::line, Problem::message).containsExactly(
        tuple(1, "entity of schema 'Company' has nothing for 'id', expected a non-empty string"),
        tuple(2, "entity 'x1' has nothing for 'schema', expected the name of an FtM schema such as 'Company'"),
        tuple(3, "entity of schema 'Person' has '7' for 'id', expected a non-empty string"),
        tuple(4, "entity id 'has space' is not usable, expected at most 256 letters, digits and . _ : / @ + - "
            + "starting with a letter or digit"),
        tuple(5, "entity has an empty string for 'id', expected a non-empty string"),
        tuple(5, "entity without an id has an empty string for 'schema', expected the name of an FtM schema such as "
            + "'Company'"),
        tuple(6, "entity 'x2' has a list for 'properties', expected an object of property lists"),
        tuple(7, "line holds an array, expected a JSON object (an FtM entity)"));
  }

  @Test
  void emptyMissingOrRepeatedReferencesAreProblemsNamingTheEntity() throws IOException {
    List<Problem> problems = refused("refs.ftm.json", COMPANY + "\n" + """
        {"id": "o1", "schema": "Ownership", "properties": {"owner": [""], "asset": ["c1"]}}
        {"id": "o2", "schema": "Ownership", "properties": {"owner": ["c1"]}}
        {"id": "o3", "schema": "Ownership", "properties": {"owner": ["a", "b"], "asset": ["c1"]}}
        {"id": "s1", "schema": "Sanction", "properties": {"authority": ["OFAC"]}}
        {"id": "s2", "schema": "Sanction", "properties": {"entity": ["c 1"]}}
        """);
    assertThat(problems).extracting(Problem::line, Problem::message).containsExactly(
        tuple(2, "Ownership 'o1': 'owner' is an empty string, expected the id of an entity"),
        tuple(3, "Ownership 'o2': no 'asset', expected the id of one entity"),
        tuple(4, "Ownership 'o3': 2 values for 'owner', expected the id of one entity"),
        tuple(5, "Sanction 's1': no 'entity', expected the id of one entity"),
        tuple(6, "Sanction 's2': 'entity' is 'c 1', expected an entity id (letters, digits and . _ : / @ + -)"));
  }

  @Test
  void percentagesThatAreNotNumbersOrLieOutside0To100AreProblems() throws IOException {
    List<Problem> problems = refused("shares.ftm.json", COMPANY + "\n" + """
        {"id": "o1", "schema": "Ownership", "properties": {"owner": ["x"], "asset": ["c1"], "percentage": ["half"]}}
        {"id": "o2", "schema": "Ownership", "properties": {"owner": ["y"], "asset": ["c1"], "percentage": ["150"]}}
        {"id": "o3", "schema": "Ownership", "properties": {"owner": ["z"], "asset": ["c1"], "percentage": ["-5%"]}}
        """);
    String expected = ", expected a percentage from 0 to 100 such as 50, 50.5, 50% or 50,5";
    assertThat(problems).extracting(Problem::line, Problem::message).containsExactly(
        tuple(2, "Ownership 'o1': percentage 'half' is not a number" + expected),
        tuple(3, "Ownership 'o2': percentage '150' is outside 0 to 100" + expected),
        tuple(4, "Ownership 'o3': percentage '-5%' is outside 0 to 100" + expected));
  }

  @Test
  void datesThatAreNotDatesAndEndsBeforeStartsAreProblems() throws IOException {
    List<Problem> problems = refused("dates.ftm.json", COMPANY + "\n" + """
        {"id": "o1", "schema": "Ownership", "properties": {"owner": ["x"], "asset": ["c1"], "startDate": ["2019-13-01"]}}
        {"id": "o2", "schema": "Ownership", "properties": {"owner": ["x"], "asset": ["c1"], "startDate": ["2020-05-01"], "endDate": ["2019-12-31"]}}
        {"id": "s1", "schema": "Sanction", "properties": {"entity": ["c1"], "endDate": ["soon"]}}
        {"id": "p1", "schema": "Person", "last_change": "yesterday", "properties": {"name": ["P"]}}
        """);
    assertThat(problems).extracting(Problem::line, Problem::message).containsExactly(
        tuple(2, "Ownership 'o1': startDate '2019-13-01' is not a date, expected YYYY, YYYY-MM or YYYY-MM-DD"),
        tuple(3, "Ownership 'o2': endDate 2019-12-31 is before startDate 2020-05-01, expected the end after the start"),
        tuple(4, "Sanction 's1': endDate 'soon' is not a date, expected YYYY, YYYY-MM or YYYY-MM-DD"),
        tuple(5, "Person 'p1': last_change 'yesterday' is not a date-time, expected for example 2023-07-26T20:01:14"));
  }

  @Test
  void anIdUsedTwiceAndPropertiesOfTheWrongShapeAreProblems() throws IOException {
    List<Problem> problems = refused("shapes.ftm.json", COMPANY + "\n" + COMPANY + "\n" + """
        {"id": "c2", "schema": "Company", "properties": {"name": {"en": "C Two"}}}
        {"id": "c3", "schema": "Company", "properties": {"name": ["C Three", ["nested"]]}}
        {"id": "c4", "schema": "Company", "id": "c5"}
        """);
    assertThat(problems).extracting(Problem::line, Problem::message).containsExactly(
        tuple(2, "Company 'c1': the id is used again (first at line 1), expected each entity once per file"),
        tuple(3, "Company 'c2': property 'name' is an object, expected a list of strings"),
        tuple(4, "Company 'c3': property 'name' holds a list, expected strings"),
        tuple(5, "not valid JSON: Duplicate field 'id'"));
  }

  @Test
  void relationshipsBetweenTheWrongKindsOfEntityAreProblems() throws IOException {
    List<Problem> problems = refused("kinds.ftm.json", COMPANY + "\n" + """
        {"id": "addr1", "schema": "Address", "properties": {"full": ["1 Main St"]}}
        {"id": "p1", "schema": "Person", "properties": {"name": ["P"]}}
        {"id": "o1", "schema": "Ownership", "properties": {"owner": ["addr1"], "asset": ["c1"]}}
        {"id": "o2", "schema": "Ownership", "properties": {"owner": ["c1"], "asset": ["p1"]}}
        """);
    assertThat(problems).extracting(Problem::line, Problem::message).containsExactly(
        tuple(4, "Ownership 'o1': owner 'addr1' is of schema Address (line 2), expected a person or organization "
            + "(an FtM LegalEntity)"),
        tuple(5, "Ownership 'o2': asset 'p1' is of schema Person (line 3), expected a company or other organization"));
  }

  @Test
  void aLineLongerThanTheLimitIsRefusedUnreadAndTheNextLinesAreStillChecked() throws IOException {
    String huge = "{\"id\": \"big\", \"schema\": \"Company\", \"properties\": {\"name\": [\""
        + "x".repeat(FtmImporter.MAX_LINE_BYTES) + "\"]}}";
    List<Problem> problems = refused("huge.ftm.json", COMPANY + "\n" + huge + "\n{broken\n");
    assertThat(problems).extracting(Problem::line, Problem::message).containsExactly(
        tuple(2, "line is " + huge.length() + " bytes long, longer than the 8388608 bytes accepted for one entity"),
        tuple(3, "not valid JSON: Unexpected character ('b' (code 98)): was expecting double-quote to start field name"));
  }

  @Test
  void aStringLongerThanTheLimitIsRefused() throws IOException {
    String name = "y".repeat(FtmImporter.MAX_STRING_CHARS + 1);
    List<Problem> problems = refused("long.ftm.json",
        "{\"id\": \"c9\", \"schema\": \"Company\", \"properties\": {\"name\": [\"" + name + "\"]}}\n");
    assertThat(problems).extracting(Problem::line, Problem::message).containsExactly(
        tuple(1, "a string longer than 1048576 characters, expected at most 1048576; refused"));
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() throws IOException {
    String deep = "[".repeat(40) + "]".repeat(40);
    List<Problem> problems = refused("deep.ftm.json",
        "{\"id\": \"c9\", \"schema\": \"Company\", \"properties\": {\"name\": " + deep + "}}\n");
    assertThat(problems).extracting(Problem::line, Problem::message).containsExactly(
        tuple(1, "JSON nested deeper than 16 levels, expected at most 16; refused"));
  }

  @Test
  void aFloodOfBadLinesGivesABoundedReport() throws IOException {
    List<Problem> problems = refused("flood.ftm.json", "{}\n".repeat(500));
    assertThat(problems).hasSize(101);
    assertThat(problems.get(100).message()).isEqualTo("more than 100 problems; the rest are not listed");
  }

  @Test
  void bytesThatAreNotUtf8AreAProblemOfTheirLine() throws IOException {
    Path file = dir.resolve("latin1.ftm.json");
    Files.write(file, (COMPANY + "\n{\"id\": \"c2\", \"schema\": \"Company\", \"properties\": {\"name\": [\"Caf\u00e9\"]}}\n")
        .getBytes(StandardCharsets.ISO_8859_1));
    List<Problem> problems = refused(file);
    assertThat(problems).extracting(Problem::line).containsExactly(2);
    assertThat(problems.get(0).message()).startsWith("not valid JSON: Invalid UTF-8");
  }

  @Test
  void anEmptyFileABrokenArrayAndContentAfterTheArrayAreProblems() throws IOException {
    assertThat(refused("empty.ftm.json", " \n\n")).extracting(Problem::line, Problem::message).containsExactly(
        tuple(0, "file holds no entities, expected one JSON object (an FtM entity) per line, or a JSON array of them"));
    assertThat(refused("array.json", "[\n" + COMPANY + ",\n 42,\n" + COMPANY.replace("c1", "c2") + "\n] []"))
        .extracting(Problem::line, Problem::message).containsExactly(
            tuple(3, "array element is a number, expected a JSON object (an FtM entity)"),
            tuple(5, "content after the closing ']', expected the end of the file"));
    assertThat(refused("open.json", "[\n" + COMPANY + ",\n"))
        .extracting(Problem::line).containsExactly(3);
  }

  private List<Problem> refused(String name, String content) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return refused(file);
  }

  /** Imports {@code file}, expecting a refusal, and checks that nothing reached the assembler. */
  private static List<Problem> refused(Path file) {
    EstateAssembler assembler = new EstateAssembler();
    InputException refusal = catchThrowableOfType(InputException.class,
        () -> new FtmImporter().read(file, assembler));
    assertThat(refusal).as("import of " + file.getFileName() + " should be refused").isNotNull();
    var estate = assembler.build("after refusal");
    assertThat(estate.nodes()).isEmpty();
    assertThat(estate.edges()).isEmpty();
    assertThat(estate.sources()).isEmpty();
    assertThat(refusal.problems()).allSatisfy(p -> assertThat(p.file()).isEqualTo(file.toString()));
    return refusal.problems();
  }

  private static org.assertj.core.groups.Tuple tuple(Object... values) {
    return org.assertj.core.groups.Tuple.tuple(values);
  }
}
