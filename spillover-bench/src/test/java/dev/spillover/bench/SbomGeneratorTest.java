package dev.spillover.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.formats.EstateAssembler;
import dev.spillover.formats.sbom.SbomImporter;
import dev.spillover.formats.sbom.SbomInventory;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.Estate;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SbomGeneratorTest {
  @TempDir
  Path dir;

  @Test
  void theSameSeedWritesTheSameBytesAndTheCountsAsked() throws Exception {
    SbomGenerator.Counts counts = new SbomGenerator(5_000, 7).sbom("p", 1_000, 5_000, 7, dir.resolve("a.json"));
    new SbomGenerator(5_000, 7).sbom("p", 1_000, 5_000, 7, dir.resolve("b.json"));
    new SbomGenerator(5_000, 8).sbom("p", 1_000, 5_000, 8, dir.resolve("c.json"));
    assertThat(counts).isEqualTo(new SbomGenerator.Counts(1_000, 5_000));
    assertThat(Files.readString(dir.resolve("a.json"))).isEqualTo(Files.readString(dir.resolve("b.json")))
        .isNotEqualTo(Files.readString(dir.resolve("c.json")));
  }

  @Test
  void theSbomIsSchemaValidAndHasTheComponentsAndEdgesAsked() throws Exception {
    Path file = new SbomGenerator(5_000, 42).sbom("p", 1_000, 5_000, 42, dir.resolve("bom.json")) != null
        ? dir.resolve("bom.json") : null;
    EstateAssembler assembler = new EstateAssembler();
    SbomInventory inventory = new SbomImporter().load(file, assembler);
    Estate estate = assembler.build("bom");
    assertThat(inventory.format()).isEqualTo("CycloneDX JSON");
    assertThat(inventory.items()).hasSize(1_001);
    long declared = estate.edges().stream().filter(e -> e.kind() == EdgeKind.DEPENDS_ON
        && e.provenance().confidence() == dev.spillover.model.Confidence.DECLARED).count();
    long fromProject = estate.edges().stream().filter(e -> e.from().equals(inventory.products().get(0))).count();
    assertThat(declared).isEqualTo(5_000 + fromProject);
    assertThat(estate.edges().stream().filter(e -> e.kind() == EdgeKind.PUBLISHES).count()).isBetween(50L, 200L);
  }

  @Test
  void aPortfolioSharesItsComponentsAcrossProjects() throws Exception {
    SbomGenerator generator = new SbomGenerator(2_000, 42);
    SbomGenerator.Counts counts = generator.portfolio(dir, 30, 42);
    try (var files = Files.list(dir)) {
      assertThat(files.count()).isEqualTo(30);
    }
    assertThat(counts.components()).isBetween(30 * 20, 30 * 400);
    // The most popular component is in most projects.
    String popular = generator.versionless(0);
    int using = 0;
    for (Path file : Files.list(dir).toList()) {
      if (Files.readString(file).contains(popular + "@")) {
        using++;
      }
    }
    assertThat(using).isGreaterThan(15);
  }
}
