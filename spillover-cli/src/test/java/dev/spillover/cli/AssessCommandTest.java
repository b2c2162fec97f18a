package dev.spillover.cli;

import static dev.spillover.cli.CliRun.assessAcme;
import static dev.spillover.cli.CliRun.spillover;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code spillover assess} as a user runs it: the findings of the bundled Acme example on the days
 * that matter for EO 13943 (WeChat), the exit codes and messages for every kind of bad input, the
 * help, and {@code --out}. The exact text of the reports is checked by {@link AssessGoldenOutputTest}.
 */
class AssessCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** Before the WeChat prohibitions were to take effect. */
  private static final String BEFORE_EFFECT = "2020-09-01";
  /** The day after the N.D. Cal. injunction, when the prohibitions would have applied. */
  private static final String AFTER_INJUNCTION = "2020-09-21";
  /** After EO 14034 revoked EO 13943 (and EO 13942). */
  private static final String AFTER_REVOCATION = "2021-07-01";

  @Nested
  class OnTheAcmeExample {

    @Test
    void reportsTheWeChatExposureAsPendingUntilSeptember20WithoutAVerdictOnSeptember1() {
      List<JsonNode> wechat = findings(assessJson(BEFORE_EFFECT), "eo-13943");

      assertThat(wechat).isNotEmpty().allSatisfy(finding -> {
        assertThat(finding.at("/subject/id").asText()).isEqualTo("acme-pos");
        assertThat(finding.at("/status/state").asText()).isEqualTo("pending");
        assertThat(finding.at("/status/until").asText()).isEqualTo("2020-09-20");
        assertThat(finding.get("verdict").isNull()).as("verdict is null").isTrue();
      });
    }

    @Test
    void reportsTheWeChatExposureAsEnjoinedSinceSeptember19WithoutAVerdictOnSeptember21() {
      List<JsonNode> wechat = findings(assessJson(AFTER_INJUNCTION), "eo-13943");

      assertThat(wechat).isNotEmpty().allSatisfy(finding -> {
        assertThat(finding.at("/subject/id").asText()).isEqualTo("acme-pos");
        assertThat(finding.at("/status/state").asText()).isEqualTo("enjoined");
        assertThat(finding.at("/status/since").asText()).isEqualTo("2020-09-19");
        assertThat(finding.get("verdict").isNull()).as("verdict is null").isTrue();
      });
    }

    @Test
    void reportsNoWeChatExposureAfterTheOrderWasRevoked() {
      assertThat(findings(assessJson(AFTER_REVOCATION), "eo-13943")).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {BEFORE_EFFECT, AFTER_INJUNCTION, AFTER_REVOCATION})
    void givesAProhibitedVerdictOnlyUnderARuleInForce(String day) {
      assertThat(findings(assessJson(day)))
          .filteredOn(finding -> "prohibited".equals(finding.get("verdict").asText(null)))
          .isNotEmpty()
          .allSatisfy(finding -> assertThat(finding.at("/status/state").asText()).isEqualTo("in-force"));
    }

    @ParameterizedTest
    @ValueSource(strings = {BEFORE_EFFECT, AFTER_INJUNCTION})
    void explainsEachWeChatFindingWithAPathFromThePointOfSaleToTencent(String day) {
      assertThat(findings(assessJson(day), "eo-13943")).isNotEmpty().allSatisfy(finding ->
          assertThat(paths(finding)).as("paths of %s", finding.get("rule").asText()).anySatisfy(steps -> {
            assertThat(steps.get(0).get("from").asText()).isEqualTo("acme-pos");
            assertThat(steps.get(steps.size() - 1).get("to").asText()).isEqualTo("tencent");
          }));
    }

    @ParameterizedTest
    @ValueSource(strings = {AFTER_INJUNCTION, AFTER_REVOCATION})
    void prohibitsTheHikvisionCamerasOfTheStoreSecuritySystemUnderSection889(String day) {
      List<JsonNode> cameras = findings(assessJson(day), "ndaa-889").stream()
          .filter(finding -> finding.at("/subject/id").asText().equals("acme-store-security"))
          .toList();

      assertThat(cameras).isNotEmpty().allSatisfy(finding ->
          assertThat(finding.get("verdict").asText()).isEqualTo("prohibited"));
    }

    @Test
    void flagsTheLaptopsUnderZeroTolerance() {
      JsonNode report = assessJson(AFTER_INJUNCTION, "--pack", "zero-tolerance");

      assertThat(subjects(findings(report, "zero-tolerance"))).containsAnyOf("acme-workplace", "thinkpad-laptops");
    }

    @ParameterizedTest
    @ValueSource(strings = {"eo-13942", "eo-13943", "ndaa-889"})
    void doesNotFlagTheLaptopsUnderALegalPack(String pack) {
      for (String day : List.of(BEFORE_EFFECT, AFTER_INJUNCTION, AFTER_REVOCATION)) {
        JsonNode report = assessJson(day, "--pack", pack);

        assertThat(report.get("packs")).extracting(p -> p.get("id").asText()).containsExactly(pack);
        assertThat(subjects(findings(report))).as("subjects on %s", day)
            .doesNotContain("acme-workplace", "thinkpad-laptops");
      }
    }
  }

  @Nested
  class JsonOutput {

    @Test
    void goesToStandardOutputOnlyAndParses() throws IOException {
      CliRun run = assessAcme(AFTER_INJUNCTION, "--format", "json");

      assertThat(run.exitCode()).as(run.toString()).isZero();
      JsonNode report = JSON.readTree(run.out());
      assertThat(report.get("schema").asText()).isEqualTo("spillover-findings/1");
      assertThat(report.get("findings")).hasSize(report.at("/summary/findings").asInt());
      assertThat(run.err()).doesNotContain("{", "\"schema\"").isEmpty();
    }
  }

  @Nested
  class ExitCodesAndMessages {

    @Test
    void exitsZeroForANormalRun() {
      CliRun run = assessAcme(AFTER_INJUNCTION);

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
      assertThat(run.out()).startsWith("Spillover assessment of Acme Retail (fictional, 2020) as of 2020-09-21\n");
      assertThat(run.err()).isEmpty();
    }

    @Test
    void exitsTwoWhenTheEstateFolderIsMissing() {
      CliRun run = spillover("assess", "no-such-estate", "--as-of", AFTER_INJUNCTION);

      assertBadInput(run);
      assertThat(run.err()).isEqualTo("spillover: no-such-estate: no such folder\n");
    }

    @Test
    void exitsTwoAndNamesTheFileThePlaceAndTheBadValueForABrokenEstate(@TempDir Path folder) throws IOException {
      Path file = folder.resolve("estate.yaml");
      Files.writeString(file, """
          estate:
            name: Broken
          defaults:
            source: inventory
            asOf: 2020-01-01
          sources:
            - id: inventory
              title: Inventory
          systems:
            - id: pos
              name: Point of sale
          edges:
            - {kind: uses, from: pos, to: nowhere}
          """);

      CliRun run = spillover("assess", folder.toString(), "--as-of", AFTER_INJUNCTION);

      assertBadInput(run);
      assertThat(run.err()).startsWith("spillover: " + file + ":13:33: uses edge: 'to' names 'nowhere'")
          .contains("not a node of this estate");
    }

    @Test
    void exitsTwoAndListsTheBundledPacksForAnUnknownPack() {
      CliRun run = assessAcme(AFTER_INJUNCTION, "--pack", "eo-99999");

      assertBadInput(run);
      assertThat(run.err()).startsWith("spillover: eo-99999: ")
          .contains("eo-13942", "eo-13943", "ndaa-889", "zero-tolerance");
    }

    @ParameterizedTest
    @ValueSource(strings = {"2020-13-01", "2020-02-30", "21.09.2020", "yesterday"})
    void exitsTwoAndNamesTheOptionAndTheValueForAMalformedAsOfDate(String day) {
      CliRun run = assessAcme(day);

      assertBadInput(run);
      assertThat(run.err()).startsWith("spillover: Invalid value for option '--as-of'")
          .contains("'" + day + "'")
          .endsWith("Try 'spillover assess --help' for more information.\n");
    }

    @Test
    void saysWhichDateFormatIsExpectedForAMalformedAsOfDate() {
      CliRun run = assessAcme("21.09.2020");

      assertBadInput(run);
      assertThat(run.err()).contains("YYYY-MM-DD").doesNotContain("java.", "Exception");
    }

    @Test
    void exitsTwoForAnUnknownOption() {
      CliRun run = assessAcme(AFTER_INJUNCTION, "--verbose");

      assertBadInput(run);
      assertThat(run.err()).startsWith("spillover: Unknown option: '--verbose'\n")
          .endsWith("Try 'spillover assess --help' for more information.\n");
    }

    @Test
    void exitsTwoAndListsTheFormatsForAnUnknownFormat() {
      CliRun run = assessAcme(AFTER_INJUNCTION, "--format", "xml");

      assertBadInput(run);
      assertThat(run.err()).startsWith("spillover: Invalid value for option '--format'")
          .contains("TABLE", "JSON", "HTML", "'xml'");
    }

    @Test
    void acceptsTheFormatInAnyCase() {
      CliRun run = assessAcme(AFTER_INJUNCTION, "--format", "JSON");

      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.out()).startsWith("{");
    }

    @Test
    void exitsTwoWhenTheEstateFolderIsNotGiven() {
      CliRun run = spillover("assess");

      assertBadInput(run);
      assertThat(run.err()).startsWith("spillover: Missing required parameter: 'ESTATE_DIR'");
    }

    @Test
    void exitsTwoWhenNoCommandIsGiven() {
      CliRun run = spillover();

      assertBadInput(run);
      assertThat(run.err()).contains("Usage: spillover");
    }

    private static void assertBadInput(CliRun run) {
      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.out()).as("nothing on stdout").isEmpty();
      assertThat(run.err()).as("a message on stderr").startsWith("spillover: ");
    }
  }

  @Nested
  class Help {

    @Test
    void ofSpilloverExitsZeroAndNamesTheCommandsAndTheExitCodes() {
      CliRun run = spillover("--help");

      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.out()).contains("Usage: spillover [")
          .contains("assess", "--help", "--version")
          .contains("Exit codes: 0 done, 1 failure, 2 bad input or usage.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"assess --help", "help assess"})
    void ofAssessExitsZeroAndNamesEveryOptionAndTheExitCodes(String args) {
      CliRun run = spillover(args.split(" "));

      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.out()).contains("Usage: spillover assess [")
          .contains("ESTATE_DIR", "--pack", "--as-of", "--format", "--out", "--help")
          .contains("eo-13942", "eo-13943", "ndaa-889", "zero-tolerance")
          .contains("Exit codes: 0 assessed (whatever the verdicts), 1 failure, 2 bad input or usage.");
      assertThat(run.err()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--help", "assess --help"})
    void fitsAnEightyColumnTerminal(String args) {
      String help = spillover(args.split(" ")).out();

      assertThat(help.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(80));
    }
  }

  @Nested
  class OutFile {

    @ParameterizedTest
    @ValueSource(strings = {"table", "json", "html"})
    void receivesTheReportInsteadOfStandardOutput(String format, @TempDir Path folder) throws IOException {
      Path report = folder.resolve("report." + format);

      CliRun run = assessAcme(AFTER_INJUNCTION, "--format", format, "--out", report.toString());

      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(run.out()).isEmpty();
      // 23 of the bundled packs and 5 of the example's own pack (examples/acme-2020/packs/).
      assertThat(run.err()).isEqualTo("spillover: wrote 28 findings to " + report + "\n");
      assertThat(Files.readString(report, StandardCharsets.UTF_8))
          .isEqualTo(assessAcme(AFTER_INJUNCTION, "--format", format).out());
      try (Stream<Path> files = Files.list(folder)) {
        assertThat(files).as("no temporary file is left behind").containsExactly(report);
      }
    }

    @Test
    void replacesAnExistingFile(@TempDir Path folder) throws IOException {
      Path report = folder.resolve("report.json");
      Files.writeString(report, "old");

      CliRun run = assessAcme(AFTER_INJUNCTION, "--format", "json", "--out", report.toString());

      assertThat(run.exitCode()).as(run.toString()).isZero();
      assertThat(Files.readString(report)).startsWith("{");
    }

    @Test
    void exitsTwoWhenItsFolderDoesNotExist(@TempDir Path folder) {
      Path report = folder.resolve("missing").resolve("report.html");

      CliRun run = assessAcme(AFTER_INJUNCTION, "--format", "html", "--out", report.toString());

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.err()).isEqualTo(
          "spillover: " + report + ": folder " + report.getParent() + " does not exist\n");
      assertThat(report.getParent()).doesNotExist();
    }

    @Test
    void getsTheSamePermissionsAsAnyFileTheUserCreates(@TempDir Path folder) throws IOException {
      assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
      Path report = folder.resolve("report.html");
      Path ordinary = Files.writeString(folder.resolve("ordinary.html"), "written like '> ordinary.html'");

      assessAcme(AFTER_INJUNCTION, "--format", "html", "--out", report.toString());

      assertThat(Files.getPosixFilePermissions(report)).isEqualTo(Files.getPosixFilePermissions(ordinary));
    }
  }

  /** Runs the example with {@code --format json} and parses what it wrote, checking it ran cleanly. */
  private static JsonNode assessJson(String day, String... more) {
    String[] args = new String[more.length + 2];
    args[0] = "--format";
    args[1] = "json";
    System.arraycopy(more, 0, args, 2, more.length);
    CliRun run = assessAcme(day, args);
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    try {
      return JSON.readTree(run.out());
    } catch (IOException e) {
      throw new AssertionError("stdout is not JSON: " + run, e);
    }
  }

  private static List<JsonNode> findings(JsonNode report) {
    return StreamSupport.stream(report.get("findings").spliterator(), false).toList();
  }

  private static List<JsonNode> findings(JsonNode report, String pack) {
    return findings(report).stream().filter(finding -> finding.get("pack").asText().equals(pack)).toList();
  }

  private static Set<String> subjects(List<JsonNode> findings) {
    return Set.copyOf(findings.stream().map(finding -> finding.at("/subject/id").asText()).toList());
  }

  /** Every path of every evidence of {@code finding}, each as its list of steps. */
  private static List<List<JsonNode>> paths(JsonNode finding) {
    List<List<JsonNode>> paths = new ArrayList<>();
    for (JsonNode evidence : finding.get("evidence")) {
      for (JsonNode path : evidence.get("paths")) {
        paths.add(StreamSupport.stream(path.get("steps").spliterator(), false).toList());
      }
    }
    return paths;
  }
}
