package dev.spillover.cli;

import static dev.spillover.cli.CheckCommandTest.CAMERA;
import static dev.spillover.cli.CheckCommandTest.CAMERA_SPDX;
import static dev.spillover.cli.CheckCommandTest.FIXTURES;
import static dev.spillover.cli.CheckCommandTest.IN_FORCE;
import static dev.spillover.cli.CheckCommandTest.LITE;
import static dev.spillover.cli.CheckCommandTest.WAIVERS;
import static dev.spillover.cli.CheckCommandTest.WATCH_PACK;
import static dev.spillover.cli.CheckCommandTest.check;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spillover.formats.EstateAssembler;
import dev.spillover.formats.sbom.EnrichedBom;
import dev.spillover.formats.sbom.SbomImporter;
import dev.spillover.formats.sbom.SbomInventory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code spillover check --format cyclonedx}: the input BOM written back with {@code spillover:}
 * properties (docs/enriched-bom.md), valid against its CycloneDX schema and readable again, with the
 * verdict, findings, origins and organization chains of each component; the exit code still set by
 * the gate. The exact text is checked by {@link CheckGoldenOutputTest}.
 */
class CheckEnrichedBomTest {
  /** A gateway whose camera module ExampleCamOEM makes; oem-owners/ says who owns ExampleCamOEM (all invented). */
  static final String OEM = FIXTURES.resolve("oem-camera.cdx.json").toString();
  static final String OEM_OWNERS = FIXTURES.resolve("oem-owners").toString();

  private static final Path EXAMPLES = Path.of("..", "..", "shared", "data", "cyclonedx-bom-examples", "SBOM");
  private static final ObjectMapper JSON = new ObjectMapper();

  @ParameterizedTest(name = "{0} as of {2} under {1}")
  @CsvSource({
    "nvr-gateway.cdx.json,      ndaa-889,             2024-06-01",
    "nvr-gateway.cdx.json,      synthetic-watch.yaml, 2025-06-01",
    "nvr-gateway-lite.cdx.json, ndaa-889,             2024-06-01",
    "oem-camera.cdx.json,       ndaa-889,             2024-06-01",
  })
  void isValidAgainstTheSchemaOfItsVersionAndReadsBackAsTheSameSbom(String sbom, String pack, String day,
      @TempDir Path dir) throws IOException {
    String packArg = pack.endsWith(".yaml") ? FIXTURES.resolve(pack).toString() : pack;
    Path out = dir.resolve("enriched.cdx.json");

    CliRun run = check("--sbom", FIXTURES.resolve(sbom).toString(), "--pack", packArg, "--as-of", day,
        "--format", "cyclonedx", "--out", out.toString());

    assertThat(run.err()).contains("(the enriched BOM)");
    String text = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(EnrichedBom.violations(text, "1.6", false)).as(text).isEmpty();
    SbomInventory before = new SbomImporter().load(FIXTURES.resolve(sbom), new EstateAssembler());
    SbomInventory after = new SbomImporter().load(out, new EstateAssembler());
    assertThat(after.items().keySet()).isEqualTo(before.items().keySet());
    assertThat(after.products()).isEqualTo(before.products());
  }

  @Test
  void keepsTheExitCodeOfTheGate() {
    CliRun failed = check("--sbom", CAMERA, "--as-of", IN_FORCE, "--format", "cyclonedx");
    CliRun passed = check("--sbom", LITE, "--as-of", IN_FORCE, "--format", "cyclonedx");

    assertThat(failed.exitCode()).as(failed.toString()).isEqualTo(ExitCodes.GATE_FAILED);
    assertThat(failed.err()).contains("gate failed");
    assertThat(passed.exitCode()).as(passed.toString()).isEqualTo(ExitCodes.OK);
  }

  @Test
  void givesTheComponentTheMostSevereVerdictThatCountsAmongItsFindings() {
    // 2025-06-01: watched-component (restricted) and watched-product (review) both count.
    JsonNode firmware = component(check("--sbom", CAMERA, "--pack", WATCH_PACK, "--as-of", "2025-06-01",
        "--fail-on", "review", "--format", "cyclonedx"), 1);

    assertThat(values(firmware, "spillover:verdict")).containsExactly("restricted");
    assertThat(values(firmware, "spillover:finding")).containsExactly(
        "synthetic-watch/watched-component; verdict=restricted; rule-verdict=restricted; status=in-force since 2025-01-01;"
            + " subject=camera firmware (synthetic); party=Hangzhou Hikvision Digital Technology Co., Ltd.",
        "synthetic-watch/watched-product; verdict=review; rule-verdict=review; status=in-force;"
            + " subject=Example NVR gateway; party=Hangzhou Hikvision Digital Technology Co., Ltd.");
  }

  @Test
  void aFindingWithoutAVerdictThatDayIsListedButDoesNotSetTheVerdict() {
    // 2024-06-01: watched-component is pending until 2025-01-01, watched-product (review) counts.
    JsonNode firmware = component(check("--sbom", CAMERA, "--pack", WATCH_PACK, "--as-of", IN_FORCE,
        "--format", "cyclonedx"), 1);

    assertThat(values(firmware, "spillover:verdict")).containsExactly("review");
    assertThat(values(firmware, "spillover:finding")).hasSize(2)
        .anySatisfy(f -> assertThat(f).startsWith("synthetic-watch/watched-component; verdict=none;")
            .contains("withheld=rule pending until 2025-01-01"));
  }

  @Test
  void aWaivedFindingHasNoVerdictAndNamesItsWaiver() {
    CliRun run = check("--sbom", CAMERA, "--with", WAIVERS, "--pack", "ndaa-889", "--as-of", IN_FORCE,
        "--format", "cyclonedx");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
    JsonNode subject = parse(run).at("/metadata/component");
    assertThat(values(subject, "spillover:verdict")).containsExactly("none");
    assertThat(values(subject, "spillover:finding")).singleElement().asString()
        .contains("verdict=none").contains("withheld=waived until 2025-01-01 (nvr-gateway-889-2024)")
        .endsWith("waiver=nvr-gateway-889-2024 until 2025-01-01");
  }

  @Test
  void namesTheOriginAndItsOwnersUpTheChainWhenAWithInputKnowsThem() {
    JsonNode module = component(check("--sbom", OEM, "--with", OEM_OWNERS, "--as-of", IN_FORCE,
        "--format", "cyclonedx"), 1);

    assertThat(values(module, "spillover:origin")).containsExactly(
        "ExampleCamOEM; role=manufacturer; confidence=declared; evidence=sbom; source=cyclonedx:" + OEM);
    assertThat(values(module, "spillover:organization-chain")).containsExactly(
        "ExampleCamOEM → is owned by (60 %) → Example Holdings (synthetic) → is controlled by → Example State Fund"
            + " (synthetic)");
    assertThat(values(module, "spillover:verdict")).containsExactly("none");
  }

  @Test
  void refusesAnSpdxSbomWithExitCode2AndSaysWhatToDo() {
    CliRun run = check("--sbom", CAMERA_SPDX, "--as-of", IN_FORCE, "--format", "cyclonedx");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains(CAMERA_SPDX + ": --format cyclonedx writes the input CycloneDX BOM back")
        .contains("this SBOM is SPDX JSON");
  }

  @Test
  void writesAnXmlBomBackAsXmlOfTheSameVersion(@TempDir Path dir) throws IOException {
    // The specification's own 1.6 test with model cards: valid only with the import's XSD corrections.
    Path xml = Path.of("..", "..", "shared", "data", "cyclonedx-spec-tests", "1.6", "valid-machine-learning-1.6.xml");
    Path out = dir.resolve("enriched.xml");

    CliRun run = check("--sbom", xml.toString(), "--as-of", IN_FORCE, "--format", "cyclonedx", "--out", out.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).doesNotContain("which has no properties");
    String text = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(text).contains("xmlns=\"http://cyclonedx.org/schema/bom/" + version(xml) + "\"")
        .contains("<property name=\"spillover:verdict\">none</property>");
    assertThat(EnrichedBom.violations(text, version(xml), true)).isEmpty();
  }

  @Test
  void writesABomOfAVersionWithoutPropertiesAs13AndSaysSo(@TempDir Path dir) throws IOException {
    Path xml = EXAMPLES.resolve(Path.of("dropwizard-1.3.15", "bom.xml"));
    Path out = dir.resolve("enriched.xml");

    CliRun run = check("--sbom", xml.toString(), "--as-of", IN_FORCE, "--format", "cyclonedx", "--out", out.toString());

    assertThat(version(xml)).isEqualTo("1.2");
    assertThat(run.err()).contains("the SBOM is CycloneDX 1.2, which has no properties; the enriched BOM is written"
        + " as CycloneDX 1.3");
    String text = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(text).contains("xmlns=\"http://cyclonedx.org/schema/bom/1.3\"");
    assertThat(EnrichedBom.violations(text, "1.3", true)).isEmpty();
  }

  private static String version(Path xml) throws IOException {
    String text = Files.readString(xml, StandardCharsets.UTF_8);
    int at = text.indexOf("http://cyclonedx.org/schema/bom/") + "http://cyclonedx.org/schema/bom/".length();
    return text.substring(at, at + 3);
  }

  private static JsonNode component(CliRun run, int index) {
    return parse(run).at("/components/" + index);
  }

  private static List<String> values(JsonNode entry, String name) {
    List<String> values = new ArrayList<>();
    entry.path("properties").forEach(p -> {
      if (p.get("name").asText().equals(name)) {
        values.add(p.get("value").asText());
      }
    });
    return values;
  }

  private static JsonNode parse(CliRun run) {
    try {
      return JSON.readTree(run.out());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + run, e);
    }
  }
}
