package dev.spillover.cli;

import static dev.spillover.cli.CliRun.spillover;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpillCommandTest {
  @TempDir
  Path dir;

  /** A CycloneDX 1.5 BOM: project → framework → library, the library supplied by {@code supplier}. */
  private void bom(String file, String project, String library, String supplier) throws Exception {
    Files.createDirectories(dir.resolve(file).getParent());
    Files.writeString(dir.resolve(file), """
        {"bomFormat": "CycloneDX", "specVersion": "1.5", "version": 1,
         "metadata": {"component": {"type": "application", "bom-ref": "app", "name": "%1$s",
           "purl": "pkg:maven/org.acme/%1$s@1.0"}},
         "components": [
           {"type": "library", "bom-ref": "fw", "name": "framework", "purl": "pkg:maven/org.example/framework@3.0"},
           {"type": "library", "bom-ref": "lib", "name": "lib", "purl": "%2$s", "supplier": {"name": "%3$s"}}],
         "dependencies": [{"ref": "app", "dependsOn": ["fw"]}, {"ref": "fw", "dependsOn": ["lib"]}]}
        """.formatted(project, library, supplier));
  }

  private void portfolio() throws Exception {
    bom("a/alpha.json", "alpha", "pkg:npm/left-pad@1.3.0", "Pad Inc.");
    bom("beta.json", "beta", "pkg:npm/left-pad@1.1.0", "Pad Inc.");
    bom("gamma.json", "gamma", "pkg:npm/right-pad@2.0.0", "Other Ltd");
  }

  @Test
  void aComponentIsFoundInEveryProjectWithItsPathAndTheIndexIsReusedOnTheNextRun() throws Exception {
    portfolio();
    CliRun first = spillover("spill", "--sboms", dir.toString(), "--component", "pkg:npm/left-pad");
    assertThat(first.exitCode()).as(first.toString()).isZero();
    assertThat(first.out()).startsWith("2 projects use pkg:npm/left-pad (2 matches in the index; 2 of 3 SBOMs name one)")
        .contains("1. alpha 1.0 [product:pkg:maven/org.acme/alpha]  (a/alpha.json, 2 steps)")
        .contains("     depends on framework 3.0 [pkg:maven/org.example/framework@3.0]")
        .contains("     depends on lib 1.3.0 [pkg:npm/left-pad@1.3.0]");
    assertThat(first.err()).contains("3 SBOMs (3 added, 0 changed, 0 removed)");
    assertThat(dir.resolve(".spillover/portfolio.mv.db")).exists();

    CliRun second = spillover("spill", "--sboms", dir.toString(), "--component", "pkg:npm/left-pad@1.1.0");
    assertThat(second.exitCode()).as(second.toString()).isZero();
    assertThat(second.out()).startsWith("1 project uses pkg:npm/left-pad@1.1.0").contains("beta");
    assertThat(second.err()).as("nothing to read again").isEmpty();
  }

  @Test
  void anOrganizationAsJsonWithTheIndexWhereTheUserSays() throws Exception {
    portfolio();
    Path index = dir.resolve("elsewhere/idx");
    Path out = dir.resolve("answer.json");
    CliRun run = spillover("spill", "--sboms", dir.toString(), "--organization", "pad inc.", "--index", index.toString(),
        "--format", "json", "--out", out.toString());
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).contains("wrote 2 projects to");
    assertThat(dir.resolve("elsewhere/idx.mv.db")).exists();
    assertThat(dir.resolve(".spillover")).doesNotExist();
    JsonNode json = new ObjectMapper().readTree(out.toFile());
    assertThat(json.get("schema").asText()).isEqualTo("spillover-where-used/1");
    assertThat(json.get("query").get("kind").asText()).isEqualTo("organization");
    assertThat(json.get("projects").asInt()).isEqualTo(2);
    JsonNode path = json.get("uses").get(0).get("path");
    assertThat(path).hasSize(4);
    assertThat(path.get(3).get("id").asText()).isEqualTo("org:Pad Inc.");
    assertThat(path.get(3).get("via").asText()).isEqualTo("published_by");
  }

  @Test
  void nothingMatchingIsNotAnError() throws Exception {
    portfolio();
    CliRun run = spillover("spill", "--sboms", dir.toString(), "--component", "pkg:pypi/requests");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("Nothing in the index matches pkg:pypi/requests (3 SBOMs indexed).\n");
  }

  @Test
  void aBadSbomExitsWith2NamingTheFileAndLeavesTheIndexAsItWas() throws Exception {
    portfolio();
    assertThat(spillover("spill", "--sboms", dir.toString(), "--component", "pkg:npm/left-pad").exitCode()).isZero();
    Files.writeString(dir.resolve("broken.json"), "{\"bomFormat\": \"CycloneDX\", \"specVersion\": \"1.5\", \"version\": \"x\"}");
    bom("delta.json", "delta", "pkg:npm/left-pad@1.3.0", "Pad Inc.");
    CliRun run = spillover("spill", "--sboms", dir.toString(), "--component", "pkg:npm/left-pad");
    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains("broken.json").doesNotContain("Exception");
    assertThat(run.out()).isEmpty();
    Files.delete(dir.resolve("broken.json"));
    CliRun after = spillover("spill", "--sboms", dir.toString(), "--component", "pkg:npm/left-pad");
    assertThat(after.err()).contains("4 SBOMs (1 added, 0 changed, 0 removed)");
  }

  @Test
  void usageErrorsExitWith2() throws Exception {
    portfolio();
    CliRun none = spillover("spill", "--sboms", dir.toString());
    assertThat(none.exitCode()).isEqualTo(2);
    assertThat(none.err()).contains("--component=PURL").contains("--organization=NAME_OR_ID");
    CliRun both = spillover("spill", "--sboms", dir.toString(), "--component", "pkg:npm/a", "--organization", "x");
    assertThat(both.exitCode()).isEqualTo(2);
    assertThat(both.err()).contains("mutually exclusive");
    CliRun badPurl = spillover("spill", "--sboms", dir.toString(), "--component", "lodash");
    assertThat(badPurl.exitCode()).isEqualTo(2);
    assertThat(badPurl.err()).contains("--component: 'lodash' is not a package URL");
    CliRun noDir = spillover("spill", "--sboms", dir.resolve("missing").toString(), "--component", "pkg:npm/a");
    assertThat(noDir.exitCode()).isEqualTo(2);
    assertThat(noDir.err()).contains("--sboms: no such folder");
  }

  @Test
  void helpExplainsTheCommandWithExamples() {
    CliRun help = spillover("spill", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: spillover spill").contains("--sboms=DIR").contains("--index=FILE")
        .contains("spillover spill --sboms sboms/ --component pkg:maven/org.example/lib")
        .contains("Exit codes:");
  }
}
