package dev.spillover.formats.origin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.formats.EstateAssembler;
import dev.spillover.formats.sbom.SbomImporter;
import dev.spillover.formats.sbom.SbomInventory;
import dev.spillover.model.Confidence;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.Estate;
import dev.spillover.model.Organization;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The origin tables applied to an SBOM: packages without a named party get the table's organization. */
class OriginAttributionTest {
  /** A synthetic SBOM: two packages no party is named for, one with a supplier, one no table knows. */
  private static final String SBOM = """
      {
        "bomFormat": "CycloneDX",
        "specVersion": "1.5",
        "serialNumber": "urn:uuid:3e671687-395b-41f5-a30f-a58921a69b79",
        "version": 1,
        "metadata": {
          "timestamp": "2025-01-01T00:00:00Z",
          "component": {"type": "application", "name": "synthetic-app", "bom-ref": "app",
                        "purl": "pkg:generic/example/synthetic-app@1.0"}
        },
        "components": [
          {"type": "library", "bom-ref": "push", "name": "push", "group": "com.huawei.hms", "version": "6.1.0",
           "purl": "pkg:maven/com.huawei.hms/push@6.1.0"},
          {"type": "library", "bom-ref": "guava", "name": "guava", "group": "com.google.guava", "version": "32.0.0",
           "purl": "pkg:maven/com.google.guava/guava@32.0.0"},
          {"type": "library", "bom-ref": "base", "name": "base", "group": "com.huawei.hms", "version": "6.1.0",
           "purl": "pkg:maven/com.huawei.hms/base@6.1.0", "supplier": {"name": "Example Distributor (synthetic)"}},
          {"type": "library", "bom-ref": "pad", "name": "left-pad", "version": "1.3.0", "purl": "pkg:npm/left-pad@1.3.0"}
        ],
        "dependencies": [
          {"ref": "app", "dependsOn": ["push", "guava", "base", "pad"]}
        ]
      }
      """;

  @TempDir
  Path dir;

  @Test
  void packagesNobodyIsNamedForGetTheTablesOrganizationWithItsSourceAndConfidence() throws IOException {
    Path file = dir.resolve("synthetic.cdx.json");
    Files.writeString(file, SBOM);
    EstateAssembler assembler = new EstateAssembler();
    SbomInventory inventory = new SbomImporter().load(file, assembler);

    List<Attribution> made = OriginAttribution.addTo(inventory, assembler, OriginMatcher.of(OriginTables.bundled()));
    Estate estate = assembler.build("t");

    assertThat(made).extracting(Attribution::asked).containsExactly(
        "maven com.huawei.hms/push", "maven com.google.guava/guava");
    Edge push = publisherEdgeInto(estate, "pkg:maven/com.huawei.hms/push@6.1.0");
    Organization huawei = (Organization) estate.nodes().get(push.from());
    assertThat(huawei.name()).isEqualTo("Huawei Technologies Co., Ltd.");
    assertThat(huawei.id()).isEqualTo("org:Huawei Technologies Co., Ltd.");
    assertThat(huawei.seats().headquarters()).isEqualTo("CN");
    assertThat(push.provenance().source()).startsWith(OriginAttribution.SOURCE_PREFIX + "https://");
    assertThat(push.provenance().confidence()).isEqualTo(made.get(0).confidence());
    assertThat(estate.sources()).containsKey(push.provenance().source());
    assertThat(made.get(0).match()).isEqualTo(Attribution.Match.EXACT);
    assertThat(made.get(1).match()).isEqualTo(Attribution.Match.PREFIX);
    assertThat(made.get(1).confidence()).isEqualTo(Confidence.DERIVED);

    // The SBOM's own supplier wins; a package no table knows stays without an origin.
    assertThat(estate.edges()).filteredOn(e -> e.to().equals("pkg:maven/com.huawei.hms/base@6.1.0")
        && e.kind() == EdgeKind.PUBLISHES).extracting(Edge::from).containsExactly("org:Example Distributor (synthetic)");
    assertThat(estate.edges()).noneMatch(e -> e.to().equals("pkg:npm/left-pad@1.3.0") && e.kind() == EdgeKind.PUBLISHES);
  }

  @Test
  void theSameOrganizationNamedByTheSbomAndByATableIsOneNode() throws IOException {
    Path file = dir.resolve("named.cdx.json");
    Files.writeString(file, SBOM.replace("Example Distributor (synthetic)", "Huawei Technologies Co., Ltd."));
    EstateAssembler assembler = new EstateAssembler();
    SbomInventory inventory = new SbomImporter().load(file, assembler);
    OriginAttribution.addTo(inventory, assembler, OriginMatcher.of(OriginTables.bundled()));
    Estate estate = assembler.build("t");

    assertThat(estate.nodes().keySet()).filteredOn(id -> id.contains("Huawei")).containsExactly(
        "org:Huawei Technologies Co., Ltd.");
    // Declared by the SBOM, the node keeps the SBOM's provenance.
    assertThat(estate.nodes().get("org:Huawei Technologies Co., Ltd.").provenance().confidence())
        .isEqualTo(Confidence.DECLARED);
  }

  private static Edge publisherEdgeInto(Estate estate, String id) {
    return estate.edges().stream().filter(e -> e.kind() == EdgeKind.PUBLISHES && e.to().equals(id)).findFirst()
        .orElseThrow();
  }
}
