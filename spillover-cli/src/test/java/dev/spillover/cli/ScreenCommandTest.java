package dev.spillover.cli;

import static dev.spillover.cli.CliRun.spillover;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code spillover screen} as a user runs it: names against the real OFAC SDN list of
 * {@code ../../shared/data} and against small lists written here, {@code --input} and
 * {@code --pairs} CSV files, every format, {@code --as-of}, {@code --out}, and the exit code and
 * message of each kind of bad input. The exact text of each format is checked by
 * {@link ScreenGoldenOutputTest}.
 */
class ScreenCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SDN = Path.of("..", "..", "shared", "data", "ofac-sdn").toString();
  private static final Path SCREEN = Path.of("src", "test", "resources", "screen");
  private static final String WATCH_LIST = SCREEN.resolve("watch-list.csv").toString();

  @TempDir
  Path folder;

  @Nested
  class AgainstTheOfacSdnList {

    @Test
    void matchesBancoNacionalDeCubaToEntry306AndExplainsWhyNoOtherNameMatches() throws IOException {
      CliRun run = spillover("screen", "--list", SDN, "Banco Nacional de Cuba", "Acme Widgets", "!!!", "--format", "json");

      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.err()).isEmpty();
      JsonNode report = JSON.readTree(run.out());
      assertThat(report.at("/lists/0/id").asText()).isEqualTo("ofac-sdn");
      assertThat(report.at("/lists/0/entries").asInt()).isGreaterThan(8_000);
      JsonNode bank = report.at("/results/0");
      assertThat(bank.get("decision").asText()).isEqualTo("match");
      assertThat(bank.at("/candidates/0/entry/id").asText()).isEqualTo("306");
      assertThat(bank.at("/candidates/0/entry/programs/0").asText()).isEqualTo("CUBA");
      assertThat(bank.at("/candidates/0/matchedName").asText()).isEqualTo("BANCO NACIONAL DE CUBA");
      assertThat(bank.at("/candidates/0/score").asDouble()).isEqualTo(0.75);
      assertThat(bank.at("/candidates/0/features")).extracting(f -> f.get("name").asText())
          .containsExactly("name", "name.exact");
      JsonNode widgets = report.at("/results/1");
      assertThat(widgets.get("decision").asText()).isEqualTo("no-match");
      assertThat(widgets.get("candidates")).as("the best one, so that the reader sees why").hasSize(1);
      assertThat(widgets.at("/candidates/0/score").asDouble()).isLessThan(0.5);
      assertThat(report.at("/results/2/candidates")).as("'!!!' shares nothing with any entry").isEmpty();
      assertThat(report.at("/summary/match").asInt()).isEqualTo(1);
      assertThat(report.at("/summary/noMatch").asInt()).isEqualTo(2);
    }

    @Test
    void showsEachCandidateWithItsListEntryProgramsDatesMatchedNameAndFeatures() {
      CliRun run = spillover("screen", "--list", SDN, "Banco Nacional de Cuba");

      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.out())
          .startsWith("Screened 1 name against ofac-sdn (8,976 entries); MATCH from 0.70, REVIEW from 0.50.\n")
          .contains("   MATCH 0.750  ofac-sdn/306  BANCO NACIONAL DE CUBA (organization)\n")
          .contains("     list       OFAC Specially Designated Nationals and Blocked Persons List (SDN)\n")
          .contains("     programs   CUBA\n", "     listed     no dates given\n")
          .contains("     matched    BANCO NACIONAL DE CUBA\n")
          .contains("sdn.csv:3\n")
          .contains("     +0.600     name        (1.000) 'banco nacional de cuba' ~ 'banco nacional de cuba'")
          .contains("     +0.150     name.exact  (1.000) same name after normalization\n")
          .endsWith("\n1 name: 1 match, 0 review, 0 no match\n");
    }

  }

  @Nested
  class InputFile {

    @Test
    void echoesEachRowsIdAndLineAndCarriesTheOtherColumnsThrough() throws IOException {
      CliRun run = spillover("screen", "--list", WATCH_LIST, "--input", SCREEN.resolve("names.csv").toString(),
          "--format", "json");

      assertThat(run.exitCode()).as(run.toString()).isZero();
      JsonNode results = JSON.readTree(run.out()).get("results");
      assertThat(results).extracting(r -> r.at("/query/id").asText()).containsExactly("c-1", "c-2", "c-3", "c-4");
      assertThat(results).extracting(r -> r.at("/query/line").asInt()).containsExactly(2, 3, 4, 5);
      assertThat(results).extracting(r -> r.at("/query/columns/segment").asText())
          .containsExactly("wholesale", "retail", "logistics", "retail");
      assertThat(results).extracting(r -> r.get("decision").asText())
          .containsExactly("match", "review", "match", "no-match");
      assertThat(results.get(1).at("/query/dates/0").asText()).isEqualTo("1965-04-29");
      assertThat(results.get(1).at("/candidates/0/features")).extracting(f -> f.get("name").asText())
          .as("country and date of birth as evidence").contains("country", "date");
    }

    @Test
    void fillsEmptyCellsFromSchemaAndCountryOptions() throws IOException {
      Path input = write("in.csv", "name,country\nNorthwind Trading Company Limited,\nJane Example Roe,US\n");

      CliRun run = spillover("screen", "--list", WATCH_LIST, "--input", input.toString(), "--schema", "company",
          "--country", "hk", "--format", "json");

      JsonNode results = JSON.readTree(run.out()).get("results");
      assertThat(results.get(0).at("/query/schema").asText()).isEqualTo("company");
      assertThat(results.get(0).at("/query/countries/0").asText()).isEqualTo("HK");
      assertThat(results.get(1).at("/query/countries/0").asText()).as("the row's own country wins").isEqualTo("US");
    }

    @Test
    void takesIdentifiersAsEvidenceAndEchoesThemCanonical() throws IOException {
      Path list = write("list.csv", "source,entity_number,type,programs,name,addresses,federal_register_notice,"
          + "start_date,end_date,alt_names,ids\n"
          + "Test Watch List (fictional),201,Entity,TEST-1,Harbour Lights Holdings,,,2019-05-16,,,"
          + "\"LEI, 529900T8BM49AURSDO55\"\n");
      Path input = write("in.csv", "name,identifiers\n"
          + "Harbor Lights Holding Group,lei:529900T8BM49AURSDO55; duns: 123456789\n"
          + "Harbor Lights Holding Group,\n");

      CliRun run = spillover("screen", "--list", list.toString(), "--input", input.toString(), "--format", "json");

      assertThat(run.exitCode()).as(run.toString()).isZero();
      JsonNode results = JSON.readTree(run.out()).get("results");
      assertThat(results.at("/0/query/identifiers")).extracting(i -> i.get("type").asText() + "=" + i.get("value").asText())
          .containsExactly("LEI=529900T8BM49AURSDO55", "duns=123456789");
      assertThat(results.at("/1/query/identifiers")).isEmpty();
      assertThat(results.at("/0/candidates/0/features")).extracting(f -> f.get("name").asText()).contains("identifier");
      assertThat(results.at("/0/candidates/0/score").asDouble())
          .as("the shared LEI lifts the same name above the one without it")
          .isGreaterThan(results.at("/1/candidates/0/score").asDouble() + 0.3);
      CliRun csv = spillover("screen", "--list", list.toString(), "--input", input.toString(), "--format", "csv");
      List<CSVRecord> rows = csv(csv.out());
      int column = rows.get(0).toList().indexOf("query_identifiers");
      assertThat(rows.get(1).get(column)).isEqualTo("LEI:529900T8BM49AURSDO55;duns:123456789");
    }

    @Test
    void refusesAnIdentifierWithoutItsScheme() throws IOException {
      Path input = write("in.csv", "name,identifiers\nHarbor Lights,529900T8BM49AURSDO55\n");

      CliRun run = spillover("screen", "--list", WATCH_LIST, "--input", input.toString());

      assertThat(run.exitCode()).isEqualTo(2);
      assertThat(run.err()).contains(input + ":2: column 'identifiers': '529900T8BM49AURSDO55' is not SCHEME:VALUE");
    }

    @Test
    void readsQuotedNamesWithCommasAByteOrderMarkAndCrlf() throws IOException {
      Path input = folder.resolve("excel.csv");
      Files.write(input, ("\uFEFFName,ID\r\n\r\n\"Northwind Trading\r\nCo., Ltd.\",7\r\n\r\n,\r\nJane Roe,8\r\n")
          .getBytes(StandardCharsets.UTF_8));

      CliRun run = spillover("screen", "--list", WATCH_LIST, "--input", input.toString(), "--format", "json");

      assertThat(run.exitCode()).as(run.toString()).isZero();
      JsonNode results = JSON.readTree(run.out()).get("results");
      assertThat(results).as("blank lines and empty rows skipped").hasSize(2);
      assertThat(results.at("/0/query/name").asText()).isEqualTo("Northwind Trading\r\nCo., Ltd.");
      assertThat(results.at("/0/query/id").asText()).isEqualTo("7");
      assertThat(results).extracting(r -> r.at("/query/line").asInt()).as("the line each row starts on")
          .containsExactly(3, 7);
    }

    @Test
    void readsAFileSavedAsWindows1252() throws IOException {
      Path input = folder.resolve("latin.csv");
      Files.write(input, "name\nSoci\u00e9t\u00e9 G\u00e9n\u00e9rale\n".getBytes(java.nio.charset.Charset.forName("windows-1252")));

      CliRun run = spillover("screen", "--list", WATCH_LIST, "--input", input.toString(), "--format", "json");

      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(JSON.readTree(run.out()).at("/results/0/query/name").asText()).isEqualTo("Soci\u00e9t\u00e9 G\u00e9n\u00e9rale");
    }
  }

  @Nested
  class Pairs {

    @Test
    void scoresEachRowAndCarriesTheLabelThrough() throws IOException {
      CliRun run = spillover("screen", "--pairs", SCREEN.resolve("pairs.csv").toString(), "--format", "csv");

      assertThat(run.exitCode()).as(run.toString()).isZero();
      List<CSVRecord> rows = csv(run.out());
      assertThat(rows.get(0).toList()).containsExactly("line", "name1", "name2", "schema", "score", "decision",
          "explanation", "label");
      assertThat(rows.subList(1, rows.size())).extracting(r -> r.get(5) + " " + r.get(7))
          .containsExactly("match same", "no-match same", "no-match different", "no-match different");
      assertThat(rows.get(1).get(6)).startsWith("name +0.600 (1.000) 'huawei technologies [LIMITED]'");
    }

    @Test
    void aCellASpreadsheetWouldTakeForAFormulaIsWrittenAsText() throws IOException {
      Path pairs = write("formula.csv", "name1,name2,label\n=HYPERLINK(\"http://x\"),@SUM(A1),+1\n");
      CliRun run = spillover("screen", "--pairs", pairs.toString(), "--format", "csv");

      assertThat(run.exitCode()).as(run.toString()).isZero();
      List<CSVRecord> rows = csv(run.out());
      assertThat(rows.get(1).get(1)).isEqualTo("'=HYPERLINK(\"http://x\")");
      assertThat(rows.get(1).get(2)).isEqualTo("'@SUM(A1)");
      assertThat(rows.get(1).get(7)).isEqualTo("'+1");
    }

    @Test
    void usesTheThresholdsGiven() throws IOException {
      CliRun run = spillover("screen", "--pairs", SCREEN.resolve("pairs.csv").toString(), "--threshold", "0.45",
          "--review", "0.3", "--format", "json");

      JsonNode report = JSON.readTree(run.out());
      assertThat(report.get("mode").asText()).isEqualTo("pairs");
      assertThat(report.get("pairs")).extracting(p -> p.get("decision").asText())
          .containsExactly("match", "match", "no-match", "match");
      assertThat(report.get("results")).isEmpty();
    }

    @Test
    void appliesTheSchemaOptionToRowsWithoutOne() throws IOException {
      Path pairs = write("pairs.csv", "name1,name2\nJane Roe,Jane Roe\n");

      JsonNode report = JSON.readTree(spillover("screen", "--pairs", pairs.toString(), "--schema", "person",
          "--format", "json").out());

      assertThat(report.at("/pairs/0/schema").asText()).isEqualTo("person");
      assertThat(report.at("/pairs/0/columns").isEmpty()).isTrue();
    }
  }

  @Nested
  class Formats {

    @Test
    void csvHasOneRowPerNameAndCandidateAndOneForANameWithoutAny() throws IOException {
      CliRun run = spillover("screen", "--list", WATCH_LIST, "Northwind Trading", "Acme Widgets", "--review", "0.1",
          "--format", "csv");

      List<CSVRecord> rows = csv(run.out());
      assertThat(rows.get(0).toList()).startsWith("query_line", "query_id", "query_name");
      List<CSVRecord> northwind = rows.stream().filter(r -> r.get(2).equals("Northwind Trading")).toList();
      assertThat(northwind).hasSizeGreaterThan(1);
      List<String> header = rows.get(0).toList();
      assertThat(northwind).extracting(r -> r.get(header.indexOf("rank"))).startsWith("1", "2");
      assertThat(rows.stream().filter(r -> r.get(2).equals("Acme Widgets")).toList()).singleElement()
          .satisfies(r -> {
            assertThat(r.get(header.indexOf("decision"))).isEqualTo("no-match");
            assertThat(r.get(header.indexOf("entry_id"))).as("no entry").isEmpty();
          });
    }

    @Test
    void aHigherThresholdMakesTheSameScoreAReview() throws IOException {
      CliRun run = spillover("screen", "--list", WATCH_LIST, "Southwind Shipping LLC", "--threshold", "0.8",
          "--format", "json");

      JsonNode report = JSON.readTree(run.out());
      assertThat(report.at("/thresholds/match").asDouble()).isEqualTo(0.8);
      assertThat(report.at("/results/0/candidates/0/score").asDouble()).isEqualTo(0.75);
      assertThat(report.at("/results/0/candidates/0/decision").asText()).isEqualTo("review");
    }

    @ParameterizedTest
    @ValueSource(strings = {"table", "json", "csv"})
    void goToTheOutFileWholeWithANoteOnStandardError(String format) throws IOException {
      Path out = folder.resolve("screened." + format);

      CliRun run = spillover("screen", "--list", WATCH_LIST, "Northwind Trading", "--format", format,
          "--out", out.toString());

      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).isEqualTo("spillover: wrote the results of 1 name to " + out + "\n");
      assertThat(Files.readString(out)).isEqualTo(
          spillover("screen", "--list", WATCH_LIST, "Northwind Trading", "--format", format).out());
      try (Stream<Path> files = Files.list(folder)) {
        assertThat(files).as("no temporary file left behind").containsExactly(out);
      }
    }
  }

  @Nested
  class AsOf {

    @Test
    void screensOnlyTheEntriesInEffectThatDay() throws IOException {
      JsonNode in2017 = screenJson("Southwind Shipping LLC", "--as-of", "2017-06-01");
      JsonNode in2024 = screenJson("Southwind Shipping LLC", "--as-of", "2024-06-01");
      JsonNode always = screenJson("Southwind Shipping LLC");

      assertThat(in2017.at("/results/0/candidates/0/entry/id").asText()).isEqualTo("103");
      assertThat(in2017.at("/results/0/candidates/0/entry/listedUntil").asText()).isEqualTo("2018-12-31");
      assertThat(in2017.at("/lists/0/screened").asInt()).as("101 and 104 not yet listed").isEqualTo(1);
      assertThat(in2024.at("/results/0/decision").asText()).as("delisted 2018").isEqualTo("no-match");
      assertThat(in2024.at("/lists/0/screened").asInt()).isEqualTo(2);
      assertThat(in2024.get("asOf").asText()).isEqualTo("2024-06-01");
      assertThat(always.at("/results/0/candidates/0/entry/id").asText()).as("without --as-of").isEqualTo("103");
      assertThat(always.get("asOf").isNull()).isTrue();
    }

    @Test
    void saysHowManyEntriesWereInEffectInTheTable() {
      CliRun run = spillover("screen", "--list", WATCH_LIST, "Eastwind Avionics", "--as-of", "2024-06-01");

      assertThat(run.out()).startsWith("Screened 1 name against us-csl (2 of 4 entries in effect on 2024-06-01);");
    }

    private JsonNode screenJson(String name, String... more) throws IOException {
      List<String> args = new java.util.ArrayList<>(List.of("screen", "--list", WATCH_LIST, name, "--format", "json"));
      args.addAll(List.of(more));
      CliRun run = spillover(args.toArray(String[]::new));
      assertThat(run.exitCode()).as(run.toString()).isZero();
      return JSON.readTree(run.out());
    }
  }

  @Nested
  class BadInput {

    @Test
    void aMissingListFileIsNamed() {
      CliRun run = spillover("screen", "--list", "no-such-list.csv", "Acme");

      assertBadInput(run);
      assertThat(run.err()).isEqualTo("spillover: no-such-list.csv: no such file or folder, expected a restricted-party"
          + " list or a folder of them\n");
    }

    @Test
    void aFileThatIsNoListIsNamedWithTheFormatsExpected() throws IOException {
      Path notes = write("notes.txt", "just some notes\n");

      CliRun run = spillover("screen", "--list", notes.toString(), "Acme");

      assertBadInput(run);
      assertThat(run.err()).startsWith("spillover: " + notes + ": not a restricted-party list Spillover reads")
          .contains("OFAC");
    }

    @Test
    void everyBadRowOfAnInputFileIsNamedWithItsLineAndColumnAndNothingIsScreened() throws IOException {
      Path input = write("customers.csv", """
          id,name,schema,country,date
          1,Good Name,,,
          2,,company,,
          3,Other,persn,XX,1965-13-01
          """);

      CliRun run = spillover("screen", "--list", WATCH_LIST, "--input", input.toString());

      assertBadInput(run);
      assertThat(run.err()).isEqualTo("spillover: 4 problems:\n"
          + "  " + input + ":3: column 'name' is empty, expected the name to screen\n"
          + "  " + input + ":4: column 'schema': 'persn' is not a kind of party, expected person, company, "
          + "organization, vessel or aircraft\n"
          + "  " + input + ":4: column 'country': 'XX' is not a country, expected an ISO 3166-1 alpha-2 code such as"
          + " CN or a country's English name (';' between several)\n"
          + "  " + input + ":4: column 'date': '1965-13-01' is not a date, expected YYYY, YYYY-MM or YYYY-MM-DD"
          + " (a date of birth or incorporation; ';' between several)\n");
    }

    @Test
    void aBadInputFileFailsBeforeTheListsAreRead() throws IOException {
      Path input = write("customers.csv", "id,name\n1,\n");

      CliRun run = spillover("screen", "--list", "no-such-list.csv", "--input", input.toString());

      assertBadInput(run);
      assertThat(run.err()).contains(input + ":2: column 'name' is empty").doesNotContain("no-such-list");
    }

    @Test
    void aQuoteLeftOpenIsReportedOnTheLineItOpens() throws IOException {
      Path input = write("customers.csv", "name\nGood\n\"Open quote\nMore\n");

      CliRun run = spillover("screen", "--list", WATCH_LIST, "--input", input.toString());

      assertBadInput(run);
      assertThat(run.err()).startsWith("spillover: " + input + ":3: not well-formed CSV: a quoted field starts on"
          + " this line and is never closed");
    }

    @Test
    void aRowOfAnotherWidthAndAMissingColumnAreNamed() throws IOException {
      Path wide = write("wide.csv", "name,id\nA,1,extra\n");
      Path headless = write("headless.csv", "nom,id\nA,1\n");

      CliRun widerRow = spillover("screen", "--list", WATCH_LIST, "--input", wide.toString());
      CliRun noName = spillover("screen", "--list", WATCH_LIST, "--input", headless.toString());

      assertBadInput(widerRow);
      assertThat(widerRow.err()).startsWith("spillover: " + wide + ":2: row has 3 cells, expected 2 as in the header");
      assertBadInput(noName);
      assertThat(noName.err()).startsWith("spillover: " + headless + ":1: header lacks column name, expected a header"
          + " row naming name (and optionally schema, country, date, identifiers, id); found nom, id");
    }

    @Test
    void aPairsColumnWithTheNameOfAnOutputColumnIsRefused() throws IOException {
      Path pairs = write("pairs.csv", "name1,name2,score\nA,B,0.9\n");

      CliRun run = spillover("screen", "--pairs", pairs.toString());

      assertBadInput(run);
      assertThat(run.err()).startsWith("spillover: " + pairs + ":1: header column 'score' has the name of a column"
          + " Spillover writes");
    }

    @Test
    void aMissingInputFileIsNamed() {
      CliRun run = spillover("screen", "--pairs", "no-such-pairs.csv");

      assertBadInput(run);
      assertThat(run.err()).isEqualTo("spillover: no-such-pairs.csv: no such file, expected a CSV file with a header"
          + " row\n");
    }

    @Test
    void aReviewFloorAboveTheThresholdIsRefused() {
      CliRun run = spillover("screen", "--list", WATCH_LIST, "Acme", "--threshold", "0.6", "--review", "0.65");

      assertBadInput(run);
      assertThat(run.err()).startsWith("spillover: --review 0.65 is above --threshold 0.60, expected 0 <= review <="
          + " threshold <= 1\n").endsWith("Try 'spillover screen --help' for more information.\n");
    }

    @Test
    void aThresholdUnderTheDefaultReviewFloorSaysToLowerItToo() {
      CliRun run = spillover("screen", "--list", WATCH_LIST, "Acme", "--threshold", "0.4");

      assertBadInput(run);
      assertThat(run.err()).startsWith("spillover: --review 0.50 (the default) is above --threshold 0.40")
          .contains("give a --review of at most 0.40");
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.5", "-0.1", "NaN"})
    void aThresholdOutOfRangeIsRefused(String threshold) {
      CliRun run = spillover("screen", "--list", WATCH_LIST, "Acme", "--threshold", threshold);

      assertBadInput(run);
      assertThat(run.err()).startsWith("spillover: --threshold ").contains("expected a score from 0 to 1");
    }

    @Test
    void namesAndAnInputFileTogetherAreRefused() throws IOException {
      Path input = write("in.csv", "name\nA\n");

      CliRun run = spillover("screen", "--list", WATCH_LIST, "Acme", "--input", input.toString());

      assertBadInput(run);
      assertThat(run.err()).startsWith("spillover: give names on the command line or --input FILE.csv, not both\n");
    }

    @Test
    void nothingToScreenIsRefused() {
      CliRun noNames = spillover("screen", "--list", WATCH_LIST);
      CliRun noList = spillover("screen", "Acme");

      assertBadInput(noNames);
      assertThat(noNames.err()).startsWith("spillover: give the names to screen (NAME...) or --input FILE.csv\n");
      assertBadInput(noList);
      assertThat(noList.err()).startsWith("spillover: give --list FILE_OR_DIR");
    }

    @Test
    void optionsThatPairsDoesNotUseAreRefusedWithIt() throws IOException {
      Path pairs = write("pairs.csv", "name1,name2\nA,B\n");

      CliRun run = spillover("screen", "--pairs", pairs.toString(), "--list", WATCH_LIST, "--as-of", "2024-01-01");

      assertBadInput(run);
      assertThat(run.err()).startsWith("spillover: --pairs scores the pairs of its file against each other, so --list,"
          + " --as-of have no use with it");
    }

    @Test
    void anUnknownCountryOrSchemaOrLimitIsRefused() {
      assertThat(spillover("screen", "--list", WATCH_LIST, "Acme", "--country", "Atlantis").err())
          .startsWith("spillover: --country 'Atlantis' is not a country");
      assertThat(spillover("screen", "--list", WATCH_LIST, "Acme", "--schema", "robot").err())
          .startsWith("spillover: Invalid value for option '--schema'").contains("PERSON", "COMPANY");
      assertThat(spillover("screen", "--list", WATCH_LIST, "Acme", "--limit", "0").err())
          .startsWith("spillover: --limit 0 is out of range, expected 1 to 1000");
    }

    private static void assertBadInput(CliRun run) {
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.out()).as("nothing on stdout").isEmpty();
      assertThat(run.err()).as("a message on stderr").startsWith("spillover: ");
    }
  }

  @Nested
  class Help {

    @ParameterizedTest
    @ValueSource(strings = {"screen --help", "help screen"})
    void namesEveryOptionTheInputColumnsExamplesAndExitCodes(String args) {
      CliRun run = spillover(args.split(" "));

      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.out()).contains("Usage: spillover screen [")
          .contains("--list", "--input", "--pairs", "--threshold", "--review", "--limit", "--schema", "--country",
              "--as-of", "--format", "--out", "NAME")
          .contains("column name required", "columns name1 and name2")
          .contains("spillover screen --list lists/ofac-sdn 'Banco Nacional de Cuba'")
          .contains("Exit codes: 0 screened (whatever the decisions), 1 failure, 2 bad input or");
      assertThat(run.out().lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
    }

    @Test
    void ofSpilloverListsTheScreenCommand() {
      assertThat(spillover("--help").out()).contains("screen", "Screen names against restricted-party lists");
    }
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(folder.resolve(name), text, StandardCharsets.UTF_8);
  }

  private static List<CSVRecord> csv(String text) throws IOException {
    try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180)) {
      return parser.getRecords();
    }
  }
}
