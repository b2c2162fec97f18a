package dev.spillover.cli;

import static dev.spillover.cli.CliRun.spillover;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code spillover check} as a CI pipeline runs it: the exit code of every outcome (passed, failed,
 * bad input), the --fail-on thresholds, rules not yet in force, waivers, SARIF valid against the
 * official schema and pointing at the component's line. The SBOMs under
 * {@code src/test/resources/check} are synthetic test fixtures (named so inside); the one real fact
 * they rest on, Hikvision's listing under NDAA FY2019 s.889, is sourced in packs/ndaa-889.yaml. The
 * exact text is checked by {@link CheckGoldenOutputTest}.
 */
class CheckCommandTest {
  static final Path FIXTURES = Path.of("src", "test", "resources", "check");
  /** A gateway whose camera firmware Hikvision manufactures (CycloneDX 1.6 JSON). */
  static final String CAMERA = FIXTURES.resolve("nvr-gateway.cdx.json").toString();
  /** The same gateway without the camera firmware. */
  static final String LITE = FIXTURES.resolve("nvr-gateway-lite.cdx.json").toString();
  /** The gateway as SPDX 2.3 JSON, Hikvision the firmware's originator. */
  static final String CAMERA_SPDX = FIXTURES.resolve("nvr-gateway.spdx.json").toString();
  static final String WATCH_PACK = FIXTURES.resolve("synthetic-watch.yaml").toString();
  static final String WAIVERS = FIXTURES.resolve("waivers").toString();
  /** A real SBOM of the public test data: dropwizard 1.3.15, no listed supplier. */
  static final String DROPWIZARD = Path.of("..", "..", "shared", "data", "cyclonedx-bom-examples", "SBOM",
      "dropwizard-1.3.15", "bom.json").toString();

  /** Section 889(a)(1)(A) has applied since 13 August 2019. */
  static final String IN_FORCE = "2024-06-01";

  private static final ObjectMapper JSON = new ObjectMapper();

  static CliRun check(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "check";
    System.arraycopy(args, 0, all, 1, args.length);
    return spillover(all);
  }

  @Nested
  class TheGate {
    @Test
    void failsWithExitCode3OnAComponentManufacturedByACompanyNamedInSection889() {
      CliRun run = check("--sbom", CAMERA, "--as-of", IN_FORCE);

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.GATE_FAILED);
      assertThat(run.out()).contains("prohibited  in-force since 2019-08-13  ndaa-889/procurement")
          .contains("path     Example NVR gateway → depends on → camera firmware (synthetic) → is manufactured by"
              + " → Hangzhou Hikvision Digital Technology Co., Ltd.");
      assertThat(run.err()).isEqualTo("spillover: gate failed: 1 finding prohibited as of 2024-06-01, first "
          + "ndaa-889/procurement (prohibited) on Example NVR gateway\n");
    }

    @Test
    void failsOnTheSameGatewayDescribedInSpdxWhereHikvisionIsTheOriginator() {
      CliRun run = check("--sbom", CAMERA_SPDX, "--as-of", IN_FORCE, "--format", "json");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.GATE_FAILED);
      assertThat(findings(run)).singleElement().satisfies(f -> {
        assertThat(f.get("rule").asText()).isEqualTo("procurement");
        assertThat(f.at("/evidence/0/paths/0/text").asText()).contains("is developed by → Hangzhou Hikvision");
      });
    }

    @Test
    void passesWithExitCode0WhenNoComponentComesFromAListedCompany() {
      CliRun run = check("--sbom", LITE, "--as-of", IN_FORCE);

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
      assertThat(run.out()).contains("No rule matched.");
      assertThat(run.err()).startsWith("spillover: gate passed: no finding prohibited as of 2024-06-01");
    }

    @Test
    void passesOnARealSbomOfThePublicTestData() {
      CliRun run = check("--sbom", DROPWIZARD, "--as-of", IN_FORCE, "--format", "json");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
      assertThat(findings(run)).isEmpty();
    }

    @Test
    void passesBeforeTheRuleTakesEffectAndReportsTheFindingAsPending() {
      CliRun run = check("--sbom", CAMERA, "--as-of", "2019-01-01", "--pack", "ndaa-889", "--format", "json");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
      assertThat(findings(run)).singleElement().satisfies(f -> {
        assertThat(f.get("verdict").isNull()).isTrue();
        assertThat(f.get("verdictWithheld").asText()).isEqualTo("rule pending until 2019-08-13");
      });
    }

    @Test
    void passesWithNoFindingBeforeSection889WasEnacted() {
      CliRun run = check("--sbom", CAMERA, "--as-of", "2018-01-01", "--pack", "ndaa-889", "--format", "json");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
      assertThat(findings(run)).isEmpty();
    }

    @ParameterizedTest(name = "as of {0}, --fail-on {1}: exit {2}")
    @CsvSource({
      // 2024: the review rule counts, the restricted one is pending until 2025-01-01.
      "2024-06-01, prohibited, 0",
      "2024-06-01, restricted, 0",
      "2024-06-01, review,     3",
      // 2025: both count.
      "2025-06-01, prohibited, 0",
      "2025-06-01, restricted, 3",
      "2025-06-01, review,     3",
    })
    void failsOnlyOnAVerdictThatCountsAtOrAboveTheThreshold(String day, String failOn, int exitCode) {
      CliRun run = check("--sbom", CAMERA, "--pack", WATCH_PACK, "--as-of", day, "--fail-on", failOn);

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(exitCode);
    }

    @Test
    void defaultsToFailingOnProhibitedOnly() {
      CliRun run = check("--sbom", CAMERA, "--pack", WATCH_PACK, "--as-of", "2025-06-01");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
    }

    @Test
    void passesWhileAWaiverFromAWithEstateFolderHoldsAndFailsAfterItEnds() {
      CliRun waived = check("--sbom", CAMERA, "--with", WAIVERS, "--pack", "ndaa-889", "--as-of", IN_FORCE,
          "--format", "json");
      CliRun expired = check("--sbom", CAMERA, "--with", WAIVERS, "--pack", "ndaa-889", "--as-of", "2025-01-01");

      assertThat(waived.exitCode()).as(waived.toString()).isEqualTo(ExitCodes.OK);
      assertThat(findings(waived)).singleElement().satisfies(f -> {
        assertThat(f.get("verdict").isNull()).isTrue();
        assertThat(f.at("/waiver/id").asText()).isEqualTo("nvr-gateway-889-2024");
      });
      assertThat(expired.exitCode()).as(expired.toString()).isEqualTo(ExitCodes.GATE_FAILED);
    }

    @Test
    void writesTheReportToOutAndStillSetsTheExitCode(@TempDir Path dir) throws IOException {
      Path out = dir.resolve("spillover.sarif");

      CliRun run = check("--sbom", CAMERA, "--as-of", IN_FORCE, "--format", "sarif", "--out", out.toString());

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.GATE_FAILED);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains("wrote 1 findings to " + out).contains("gate failed");
      assertThat(SarifSchema.violations(Files.readString(out, StandardCharsets.UTF_8))).isEmpty();
    }
  }

  @Nested
  class BadInput {
    @Test
    void aFileThatIsNoSbomIsExitCode2AndNamesTheFile(@TempDir Path dir) throws IOException {
      Path notes = Files.writeString(dir.resolve("notes.json"), "{\"hello\": 1}");

      CliRun run = check("--sbom", notes.toString());

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.out()).isEmpty();
      assertThat(run.err()).contains(notes + ": not an SBOM Spillover reads");
    }

    @Test
    void anSbomThatBreaksItsSchemaIsExitCode2WithTheLine(@TempDir Path dir) throws IOException {
      Path bad = dir.resolve("bad.cdx.json");
      Files.writeString(bad, Files.readString(Path.of(LITE)).replace("\"2024-03-01T12:00:00Z\"", "\"yesterday\""));

      CliRun run = check("--sbom", bad.toString());

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.err()).contains(bad + ":7:5: at /metadata/timestamp: \"yesterday\" breaks the CycloneDX 1.6 JSON schema");
    }

    @Test
    void aMissingSbomAndAnUnknownPackAreReportedTogetherWithExitCode2() {
      CliRun run = check("--sbom", "no-such-bom.json", "--pack", "no-such-pack");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.err()).contains("no-such-bom.json: no such file").contains("no-such-pack");
    }

    @Test
    void aWithInputThatCannotBeReadIsExitCode2() {
      CliRun run = check("--sbom", CAMERA, "--with", "no-such-folder");

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.err()).contains("no-such-folder: no such file or folder");
    }

    @ParameterizedTest
    @ValueSource(strings = {"allowed", "fatal"})
    void aFailOnThatIsNoThresholdIsExitCode2(String value) {
      CliRun run = check("--sbom", CAMERA, "--fail-on", value);

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.err()).contains("--fail-on").contains("PROHIBITED, RESTRICTED, REVIEW");
    }

    @Test
    void noSbomIsExitCode2() {
      CliRun run = check("--as-of", IN_FORCE);

      assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
      assertThat(run.err()).contains("Missing required option: '--sbom=FILE'");
    }
  }

  @Nested
  class Sarif {
    @ParameterizedTest(name = "{0} {1} as of {2}")
    @CsvSource({
      "nvr-gateway.cdx.json,      ndaa-889,            2024-06-01",
      "nvr-gateway.spdx.json,     ndaa-889,            2024-06-01",
      "nvr-gateway.cdx.json,      ndaa-889,            2019-01-01",
      "nvr-gateway-lite.cdx.json, ndaa-889,            2024-06-01",
      "nvr-gateway.cdx.json,      synthetic-watch.yaml, 2025-06-01",
    })
    void isValidAgainstTheOfficialSarif210Schema(String sbom, String pack, String day) {
      String packArg = pack.endsWith(".yaml") ? FIXTURES.resolve(pack).toString() : pack;

      CliRun run = check("--sbom", FIXTURES.resolve(sbom).toString(), "--pack", packArg, "--as-of", day,
          "--format", "sarif");

      assertThat(run.out()).isNotEmpty();
      assertThat(SarifSchema.violations(run.out())).as(run.out()).isEmpty();
    }

    @Test
    void isCheckedByAValidatorThatDoesRejectABrokenDocument() throws IOException {
      JsonNode document = sarif(check("--sbom", CAMERA, "--pack", "ndaa-889", "--as-of", IN_FORCE, "--format", "sarif"));
      ((com.fasterxml.jackson.databind.node.ObjectNode) document.at("/runs/0/results/0")).remove("message");
      ((com.fasterxml.jackson.databind.node.ObjectNode) document.at("/runs/0/results/0")).put("level", "fatal");

      assertThat(SarifSchema.violations(JSON.writeValueAsString(document))).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void ofAWaivedFindingAndOfARealSbomIsValidToo() {
      CliRun waived = check("--sbom", CAMERA, "--with", WAIVERS, "--as-of", IN_FORCE, "--format", "sarif");
      CliRun real = check("--sbom", DROPWIZARD, "--as-of", IN_FORCE, "--format", "sarif");

      assertThat(SarifSchema.violations(waived.out())).as(waived.out()).isEmpty();
      assertThat(SarifSchema.violations(real.out())).as(real.out()).isEmpty();
    }

    @Test
    void pointsAtTheLineOfTheComponentInTheSbomAndNamesItByPackageUrl() throws IOException {
      JsonNode result = sarif(check("--sbom", CAMERA, "--pack", "ndaa-889", "--as-of", IN_FORCE, "--format", "sarif"))
          .at("/runs/0/results/0");
      List<String> lines = Files.readAllLines(Path.of(CAMERA));

      assertThat(result.get("ruleId").asText()).isEqualTo("ndaa-889/procurement");
      assertThat(result.get("level").asText()).isEqualTo("error");
      assertThat(result.get("kind").asText()).isEqualTo("fail");
      JsonNode location = result.at("/locations/0");
      assertThat(location.at("/physicalLocation/artifactLocation/uri").asText())
          .isEqualTo("src/test/resources/check/nvr-gateway.cdx.json");
      int line = location.at("/physicalLocation/region/startLine").asInt();
      assertThat(String.join("\n", lines.subList(line - 1, line + 3))).contains("\"bom-ref\": \"camera-firmware\"");
      assertThat(location.at("/logicalLocations/0/fullyQualifiedName").asText())
          .isEqualTo("pkg:generic/hikvision/camera-firmware@5.7.3");
      assertThat(result.at("/message/text").asText())
          .startsWith("Prohibited under ndaa-889/procurement [NDAA FY2019 s.889(a)(1)(A); FAR 52.204-25(b)(1)]")
          .contains("Party: Hangzhou Hikvision Digital Technology Co., Ltd.")
          .contains("Listed: ndaa-889-covered since 2018-08-13")
          .contains("Path: Example NVR gateway → depends on → camera firmware (synthetic) → is manufactured by");
      assertThat(result.at("/properties/finding/verdict").asText()).isEqualTo("prohibited");
    }

    @Test
    void pointsAtThePackageOfAnSpdxDocument() throws IOException {
      JsonNode location = sarif(check("--sbom", CAMERA_SPDX, "--pack", "ndaa-889", "--as-of", IN_FORCE,
          "--format", "sarif")).at("/runs/0/results/0/locations/0");
      List<String> lines = Files.readAllLines(Path.of(CAMERA_SPDX));
      int line = location.at("/physicalLocation/region/startLine").asInt();

      assertThat(String.join("\n", lines.subList(line - 1, line + 2))).contains("\"SPDXID\": \"SPDXRef-camera-firmware\"");
      assertThat(location.at("/logicalLocations/0/properties/ref").asText()).isEqualTo("SPDXRef-camera-firmware");
    }

    @ParameterizedTest(name = "as of {0}: {1}")
    @CsvSource({
      "2024-06-01, synthetic-watch/watched-product:note:fail synthetic-watch/watched-component:none:informational",
      "2025-06-01, synthetic-watch/watched-component:warning:fail synthetic-watch/watched-product:note:fail",
    })
    void mapsVerdictsToLevelsAndRulesNotInForceToInformationalResults(String day, String expected) {
      JsonNode results = sarif(check("--sbom", CAMERA, "--pack", WATCH_PACK, "--as-of", day, "--format", "sarif"))
          .at("/runs/0/results");

      List<String> seen = new ArrayList<>();
      results.forEach(r -> seen.add(r.get("ruleId").asText() + ":" + r.get("level").asText() + ":" + r.get("kind").asText()));
      assertThat(String.join(" ", seen)).isEqualTo(expected);
    }

    @Test
    void carriesAWaiverAsAnAcceptedExternalSuppression() {
      JsonNode result = sarif(check("--sbom", CAMERA, "--with", WAIVERS, "--pack", "ndaa-889", "--as-of", IN_FORCE,
          "--format", "sarif")).at("/runs/0/results/0");

      assertThat(result.get("level").asText()).isEqualTo("error");
      assertThat(result.at("/suppressions/0/kind").asText()).isEqualTo("external");
      assertThat(result.at("/suppressions/0/status").asText()).isEqualTo("accepted");
      assertThat(result.at("/suppressions/0/justification").asText()).contains("nvr-gateway-889-2024");
    }

    @Test
    void listsOneRulePerPackRuleThatProducedAResult() {
      JsonNode driver = sarif(check("--sbom", CAMERA, "--pack", WATCH_PACK, "--as-of", "2025-06-01",
          "--format", "sarif")).at("/runs/0/tool/driver");

      assertThat(StreamSupport.stream(driver.get("rules").spliterator(), false).map(r -> r.get("id").asText()))
          .containsExactly("synthetic-watch/watched-component", "synthetic-watch/watched-product");
      assertThat(driver.get("name").asText()).isEqualTo("Spillover");
      assertThat(driver.get("informationUri").asText()).startsWith("https://");
    }
  }

  @Test
  void helpTeachesWithExamplesAndTheExitCodes() {
    CliRun run = spillover("check", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--fail-on=VERDICT").contains("--with=INPUT")
        .contains("spillover check --sbom bom.json --pack ndaa-889 --fail-on review \\\n      --format sarif")
        .contains("3  the gate failed");
  }

  private static List<JsonNode> findings(CliRun run) {
    List<JsonNode> list = new ArrayList<>();
    parse(run).get("findings").forEach(list::add);
    return list;
  }

  private static JsonNode sarif(CliRun run) {
    return parse(run);
  }

  private static JsonNode parse(CliRun run) {
    try {
      return JSON.readTree(run.out());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + run, e);
    }
  }
}
