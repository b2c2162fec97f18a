package dev.spillover.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FieldsTest {
  private final Problems problems = new Problems();

  private enum Criticality { LOW, MEDIUM, VERY_HIGH }

  /** Fields over the YAML mapping {@code text}, read as the file "f.yaml" and described as "system 'pos'". */
  private Fields fields(String text) {
    YamlNode node = YamlDocument.parse(text, "f.yaml", problems);
    assertThat(problems.list()).as("the test's YAML parses").isEmpty();
    return new Fields(node, "system 'pos'", problems);
  }

  private List<String> problemTexts() {
    return problems.list().stream().map(Problem::toString).toList();
  }

  @Test
  void readsWellFormedValuesWithoutProblems() {
    Fields fields = fields("""
        id: pos
        since: 2020-08-01
        share: 12.5
        users: 4_200
        critical: TRUE
        criticality: very-high
        aliases: [POS, Till]
        identifiers: {appId: com.example.pos}
        """);

    assertThat(fields.requiredText("id")).isEqualTo("pos");
    assertThat(fields.requiredDate("since")).isEqualTo(LocalDate.of(2020, 8, 1));
    assertThat(fields.number("share", 0, 100)).isEqualTo(12.5);
    assertThat(fields.count("users")).isEqualTo(4200L);
    assertThat(fields.bool("critical", false)).isTrue();
    assertThat(fields.choice("criticality", Criticality.class, Criticality.LOW)).isEqualTo(Criticality.VERY_HIGH);
    assertThat(fields.texts("aliases")).containsExactly("POS", "Till");
    assertThat(fields.textMap("identifiers")).isEqualTo(Map.of("appId", "com.example.pos"));
    fields.finish();
    assertThat(problems.list()).isEmpty();
  }

  @Test
  void absentOptionalValuesGiveNullOrTheDefaultWithoutProblems() {
    Fields fields = fields("id: pos\nnotes: ~\n");

    assertThat(fields.text("notes")).isNull();
    assertThat(fields.date("since")).isNull();
    assertThat(fields.number("share", 0, 100)).isNull();
    assertThat(fields.bool("critical", true)).isTrue();
    assertThat(fields.choice("criticality", Criticality.class, Criticality.MEDIUM)).isEqualTo(Criticality.MEDIUM);
    assertThat(fields.texts("aliases")).isEmpty();
    assertThat(fields.has("notes")).isFalse();
    assertThat(problems.list()).isEmpty();
  }

  @Test
  void aMisspeltKeyIsReportedAtTheKeyNamingTheExpectedKeys() {
    Fields fields = fields("id: pos\nnmae: Till\n");
    fields.requiredText("id");
    fields.text("name");
    fields.count("users");

    fields.finish();

    assertThat(problemTexts()).containsExactly(
        "f.yaml:2:1: system 'pos': unknown key 'nmae', expected one of id, name, users");
  }

  @Test
  void aMissingRequiredValueIsReportedAtTheMapping() {
    Fields fields = fields("\n  id: pos\n");

    assertThat(fields.requiredText("name")).isNull();
    assertThat(fields.requiredDate("asOf")).isNull();

    assertThat(problemTexts()).containsExactly(
        "f.yaml:2:3: system 'pos': missing 'name'",
        "f.yaml:2:3: system 'pos': missing 'asOf' (a date, YYYY-MM-DD)");
  }

  @Test
  void badDatesAreReportedAtTheValue() {
    Fields fields = fields("""
        a: 2020-02-30
        b: 1 August 2020
        c: 2020-8-1
        d: [2020-08-01]
        """);

    assertThat(fields.date("a")).isNull();
    assertThat(fields.date("b")).isNull();
    assertThat(fields.date("c")).isNull();
    assertThat(fields.date("d")).isNull();

    assertThat(problemTexts()).containsExactly(
        "f.yaml:1:4: system 'pos': 'a' is '2020-02-30', expected a date YYYY-MM-DD",
        "f.yaml:2:4: system 'pos': 'b' is '1 August 2020', expected a date YYYY-MM-DD",
        "f.yaml:3:4: system 'pos': 'c' is '2020-8-1', expected a date YYYY-MM-DD",
        "f.yaml:4:4: system 'pos': 'd' is a list, expected a date YYYY-MM-DD");
  }

  @Test
  void numbersOutsideTheirRangeAreReportedWithTheRange() {
    Fields fields = fields("""
        over: 100.5
        under: -1
        huge: 1e400
        nan: .nan
        text: half
        """);

    for (String key : List.of("over", "under", "huge", "nan", "text")) {
      assertThat(fields.number(key, 0, 100)).as(key).isNull();
    }

    assertThat(problemTexts()).containsExactly(
        "f.yaml:1:7: system 'pos': 'over' is '100.5', expected a number from 0 to 100",
        "f.yaml:2:8: system 'pos': 'under' is '-1', expected a number from 0 to 100",
        "f.yaml:3:7: system 'pos': 'huge' is '1e400', expected a number from 0 to 100",
        "f.yaml:4:6: system 'pos': 'nan' is '.nan', expected a number from 0 to 100",
        "f.yaml:5:7: system 'pos': 'text' is 'half', expected a number from 0 to 100");
  }

  @Test
  void textThatIsOnlyANumberInJavaIsRefused() {
    Fields fields = fields("float: 50f\ndouble: 12d\nhex: 0x1p4\n");

    assertThat(fields.number("float", 0, 100)).isNull();
    assertThat(fields.number("double", 0, 100)).isNull();
    assertThat(fields.number("hex", 0, 100)).isNull();
    assertThat(problems.list()).hasSize(3);
  }

  @Test
  void theBoundsOfARangeAreIncluded() {
    Fields fields = fields("low: 0\nhigh: 100\nfraction: 0.25\n");

    assertThat(fields.number("low", 0, 100)).isEqualTo(0.0);
    assertThat(fields.number("high", 0, 100)).isEqualTo(100.0);
    assertThat(fields.number("fraction", 0, 0.5)).isEqualTo(0.25);
    assertThat(problems.list()).isEmpty();
  }

  @Test
  void countsMustBeWholeAndNotNegative() {
    Fields fields = fields("negative: -3\nfraction: 2.5\ntooBig: 99999999999999999999\n");

    assertThat(fields.count("negative")).isNull();
    assertThat(fields.count("fraction")).isNull();
    assertThat(fields.count("tooBig")).isNull();

    assertThat(problemTexts()).allSatisfy(text -> assertThat(text).endsWith("expected a whole number, 0 or more"))
        .hasSize(3);
  }

  @Test
  void valuesOfTheWrongTypeAreReportedWithWhatWasFound() {
    Fields fields = fields("""
        name: [a, b]
        critical: yes
        criticality: extreme
        aliases: {a: b}
        identifiers: [x]
        edges: just one
        """);

    assertThat(fields.requiredText("name")).isNull();
    assertThat(fields.bool("critical", false)).isNull();
    assertThat(fields.choice("criticality", Criticality.class, Criticality.LOW)).isNull();
    assertThat(fields.texts("aliases")).isEmpty();
    assertThat(fields.textMap("identifiers")).isEmpty();
    assertThat(fields.list("edges")).isEmpty();

    assertThat(problemTexts()).containsExactly(
        "f.yaml:1:7: system 'pos': 'name' is a list, expected text",
        "f.yaml:2:11: system 'pos': 'critical' is 'yes', expected true or false",
        "f.yaml:3:14: system 'pos': 'criticality' is 'extreme', expected one of low, medium, very-high",
        "f.yaml:4:10: system 'pos': 'aliases' is a mapping, expected a list of text values",
        "f.yaml:5:14: system 'pos': 'identifiers' is a list, expected a mapping of names to text",
        "f.yaml:6:8: system 'pos': 'edges' is 'just one', expected a list");
  }

  @Test
  void aValueThatIsNotAMappingIsReportedOnce() {
    YamlNode list = YamlDocument.parse("- a\n- b\n", "f.yaml", problems);

    Fields fields = new Fields(list, "file", problems);
    fields.text("name");
    fields.finish();

    assertThat(problemTexts()).containsExactly("f.yaml:1:1: file: got a list, expected a mapping of keys to values");
  }

  @Test
  void severalProblemsAreAllCollectedInsteadOfStoppingAtTheFirst() {
    Fields fields = fields("""
        id: [pos]
        asOf: yesterday
        share: 250
        usres: 12
        """);
    fields.requiredText("id");
    fields.requiredText("name");
    fields.date("asOf");
    fields.number("share", 0, 100);
    fields.count("users");
    fields.finish();

    assertThat(problems.list()).extracting(Problem::line, Problem::message).containsExactly(
        tuple(1, "system 'pos': 'id' is a list, expected text"),
        tuple(1, "system 'pos': missing 'name'"),
        tuple(2, "system 'pos': 'asOf' is 'yesterday', expected a date YYYY-MM-DD"),
        tuple(3, "system 'pos': 'share' is '250', expected a number from 0 to 100"),
        tuple(4,
            "system 'pos': unknown key 'usres', expected one of id, name, asOf, share, users"));
  }

  @Test
  void theExceptionListsEveryProblemSortedByFileLineAndColumn() {
    problems.add(new Problem("b.yaml", 1, 1, "third"));
    problems.add(new Problem("a.yaml", 9, 2, "second"));
    problems.add(new Problem("a.yaml", 9, 1, "first"));
    problems.add(new Problem("a.yaml", 0, 0, "about the whole file"));

    assertThatThrownBy(problems::throwIfAny)
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems())
            .extracting(Problem::message).containsExactly("about the whole file", "first", "second", "third"))
        .hasMessage("""
            4 problems:
              a.yaml: about the whole file
              a.yaml:9:1: first
              a.yaml:9:2: second
              b.yaml:1:1: third""");
  }

  @Test
  void noProblemsMeansNoException() {
    problems.throwIfAny();

    assertThat(problems.isEmpty()).isTrue();
  }
}
