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
 * {@code check} with the origin tables: a package the SBOM names nobody behind is attributed by
 * its package URL, and the packs judge that organization. The SBOM is a synthetic fixture; the one
 * real fact it rests on, that Huawei publishes the {@code com.huawei.hms} Maven packages, is
 * sourced in reference/origins/package-namespaces.yaml.
 */
class CheckOriginTablesTest {
  private static final String SBOM = """
      {
        "bomFormat": "CycloneDX",
        "specVersion": "1.5",
        "version": 1,
        "metadata": {
          "timestamp": "2025-01-01T00:00:00Z",
          "component": {"type": "application", "name": "synthetic-app", "bom-ref": "app",
                        "purl": "pkg:generic/example/synthetic-app@1.0"}
        },
        "components": [
          {"type": "library", "bom-ref": "push", "name": "push", "group": "com.huawei.hms", "version": "6.1.0",
           "purl": "pkg:maven/com.huawei.hms/push@6.1.0"},
          {"type": "library", "bom-ref": "widget", "name": "widget", "group": "com.synthetic.widgets",
           "version": "1.0", "purl": "pkg:maven/com.synthetic.widgets/widget@1.0"}
        ],
        "dependencies": [{"ref": "app", "dependsOn": ["push", "widget"]}]
      }
      """;

  @TempDir
  Path dir;
  private String sbom;

  @BeforeEach
  void writeSbom() throws IOException {
    Path file = dir.resolve("synthetic-app.cdx.json");
    Files.writeString(file, SBOM);
    sbom = file.toString();
  }

  @Test
  void aPackagePublishedByAChineseCompanyFailsTheZeroTolerancePack() {
    CliRun run = check("--sbom", sbom, "--pack", "zero-tolerance", "--as-of", "2025-01-01");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
    assertThat(run.out()).contains("Huawei Technologies Co., Ltd.").contains("is published by");
  }

  @Test
  void withoutTheTablesOnlyTheSbomsOwnPartiesCount() {
    CliRun run = check("--sbom", sbom, "--pack", "zero-tolerance", "--as-of", "2025-01-01", "--no-origin-tables");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).doesNotContain("Huawei");
  }

  @Test
  void anOriginTableOfYourOwnAttributesYourPackagesAndTheEnrichedBomSaysSo() throws IOException {
    Path table = dir.resolve("ours.yaml");
    Files.writeString(table, """
        table:
          id: ours
          title: Our own attributions (synthetic)
        organizations:
          - id: synthetic-widgets
            name: Synthetic Widgets Ltd.
            headquarteredIn: RU
            source: https://example.com/synthetic
            asOf: 2025-01-01
            evidence: vendor
            note: A synthetic organization for this test.
        packages:
          - type: maven
            namespace: com.synthetic.widgets
            organization: synthetic-widgets
            source: https://example.com/synthetic/pom.xml
            asOf: 2025-01-01
            evidence: vendor
            note: A synthetic package namespace for this test.
        """);
    CliRun run = check("--sbom", sbom, "--pack", "zero-tolerance", "--as-of", "2025-01-01",
        "--origin-table", table.toString(), "--format", "cyclonedx");

    assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
    assertThat(run.out())
        .contains("Synthetic Widgets Ltd.; role=publisher")
        .contains("evidence=reference-table")
        .contains("source=origin-table:https://example.com/synthetic/pom.xml");
  }

  @Test
  void aBrokenOriginTableIsBadInputNamingTheFile() throws IOException {
    Path table = dir.resolve("broken.yaml");
    Files.writeString(table, "table:\n  id: broken\npackages:\n  - type: maven\n");
    CliRun run = check("--sbom", sbom, "--origin-table", table.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("broken.yaml");
  }
}
