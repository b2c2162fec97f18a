package dev.spillover.cli;

import static dev.spillover.cli.CheckCommandTest.check;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check} resolves an SBOM's supplier, known by name only, to the organization a {@code --with}
 * estate folder declares under that name, so that the estate's owners reach the SBOM. Everything
 * here is invented: the SBOM, Example Chips, its parent and the parent's Entity List listing. The
 * bundled bis-affiliates pack (in force from 2025-09-29, suspended from 2025-11-10) restricts
 * supplying an entity owned 50 % or more by an Entity List party.
 */
class CheckNameResolutionTest {
  private static final String SBOM = """
      {
        "bomFormat": "CycloneDX",
        "specVersion": "1.6",
        "version": 1,
        "metadata": {
          "timestamp": "2025-09-01T00:00:00Z",
          "component": {"type": "device", "name": "Example router (synthetic)", "bom-ref": "router",
                        "purl": "pkg:generic/example/router@1.0"}
        },
        "components": [
          {"type": "firmware", "bom-ref": "modem", "name": "modem firmware (synthetic)", "version": "3.1",
           "purl": "pkg:generic/examplechips/modem@3.1",
           "manufacturer": {"name": "EXAMPLE CHIPS  Co., Ltd."}}
        ],
        "dependencies": [{"ref": "router", "dependsOn": ["modem"]}]
      }
      """;

  /** The estate: Example Chips (under an id of the estate's own), 60 % owned by a listed parent. */
  private static final String ESTATE = """
      estate:
        name: Owners of Example Chips (synthetic test fixture)
      sources:
        - id: register
          title: "Invented shareholder register (synthetic test fixture)"
      defaults:
        source: register
        asOf: 2025-01-01
      organizations:
        - {id: example-chips, name: "Example Chips Co., Ltd."}
        - {id: example-parent, name: Example Parent Holdings (synthetic)}
      lists:
        - {id: bis-entity-list, name: "Entity List (as our screening says, synthetic)"}
      edges:
        - {kind: owns, from: example-parent, to: example-chips, share: 60}
        - {kind: listed_on, from: example-parent, to: bis-entity-list}
      """;

  @TempDir
  Path dir;
  private String sbom;
  private Path estate;

  @BeforeEach
  void write() throws IOException {
    sbom = Files.writeString(dir.resolve("router.cdx.json"), SBOM).toString();
    estate = Files.createDirectories(dir.resolve("estate"));
    Files.writeString(estate.resolve("estate.yaml"), ESTATE);
  }

  @Test
  void theSuppliersOwnersInTheEstateReachTheSbomThroughTheEstatesOrganization() {
    CliRun run = check("--sbom", sbom, "--with", estate.toString(), "--pack", "bis-affiliates",
        "--as-of", "2025-10-01", "--fail-on", "restricted");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.GATE_FAILED);
    assertThat(run.out()).contains("bis-affiliates/affiliate-of-listed-entity")
        .contains("party    Example Chips Co., Ltd.")
        .contains("path     Example router (synthetic) → depends on → modem firmware (synthetic) → is manufactured by"
            + " → Example Chips Co., Ltd.")
        .doesNotContain("EXAMPLE CHIPS");
    assertThat(run.err()).doesNotContain("warning");

    CliRun json = check("--sbom", sbom, "--with", estate.toString(), "--pack", "bis-affiliates",
        "--as-of", "2025-10-01", "--format", "json");
    assertThat(json.out()).contains("\"example-chips\"").doesNotContain("org:EXAMPLE CHIPS");
  }

  @Test
  void withoutTheEstateTheSupplierHasNoOwnersAndTheGatePasses() {
    CliRun run = check("--sbom", sbom, "--pack", "bis-affiliates", "--as-of", "2025-10-01", "--fail-on", "restricted");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.out()).doesNotContain("affiliate-of-listed-entity");
  }

  @Test
  void twoOrganizationsOfThatNameMergeNothingAndAWarningSaysWhatToDo() throws IOException {
    Files.writeString(estate.resolve("more.yaml"), """
        organizations:
          - {id: example-chips-old, name: Example Chips (former entity), aliases: ["Example Chips Co., Ltd."],
             source: register, asOf: 2025-01-01}
        """);

    CliRun run = check("--sbom", sbom, "--with", estate.toString(), "--pack", "bis-affiliates",
        "--as-of", "2025-10-01", "--fail-on", "restricted");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.OK);
    assertThat(run.err()).contains("spillover: warning: " + sbom + ": organization 'EXAMPLE CHIPS Co., Ltd.' is named"
        + " by name only, and 2 organizations defined by the inputs have that name or alias: 'example-chips' (Example"
        + " Chips Co., Ltd.), 'example-chips-old' (Example Chips (former entity)); it is kept apart from them")
        .contains("Keep that name or alias on only one of them");
  }
}
