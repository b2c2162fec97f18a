package dev.spillover.formats.sbom;

import static dev.spillover.formats.sbom.SbomFixtures.CDX_EXAMPLES;
import static dev.spillover.formats.sbom.SbomFixtures.SPDX;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.formats.EstateAssembler;
import dev.spillover.input.InputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link SbomImporter}: either format read through one entry point, and the place of every
 * product and component in the file, checked against the text at that place.
 */
class SbomImporterTest {
  private static final Path DROPWIZARD = CDX_EXAMPLES.resolve("SBOM/dropwizard-1.3.15");

  @Test
  void placesEveryComponentOfACycloneDxJsonBomWhereItsEntryOpens() throws IOException {
    Path file = DROPWIZARD.resolve("bom.json");
    SbomInventory inventory = load(file);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

    assertThat(inventory.format()).isEqualTo("CycloneDX JSON");
    assertThat(inventory.products()).containsExactly("product:pkg:maven/io.dropwizard/dropwizard-parent");
    assertThat(inventory.items()).hasSizeGreaterThan(100).allSatisfy((id, item) -> {
      assertThat(item.line()).as(id).isPositive();
      // An array element is placed at its brace; metadata.component at its field name, on the same line.
      assertThat(lines.get(item.line() - 1).substring(item.column() - 1)).as(id).matches("(\\{|\"component\" ?: \\{).*");
      assertThat(item.pointer()).as(id).matches("/metadata/component|/components/\\d+(/components/\\d+)*");
    });
    SbomInventory.Item jackson = inventory.items()
        .get("pkg:maven/com.fasterxml.jackson.core/jackson-annotations@2.9.10?type=jar");
    assertThat(String.join("\n", lines.subList(jackson.line() - 1, jackson.line() + 8)))
        .contains("\"name\": \"jackson-annotations\"");
  }

  @Test
  void placesTheSameComponentsOfTheXmlFormOfTheSameBomAtTheirComponentElements() throws IOException {
    Path file = DROPWIZARD.resolve("bom.xml");
    SbomInventory xml = load(file);
    SbomInventory json = load(DROPWIZARD.resolve("bom.json"));
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

    assertThat(xml.format()).isEqualTo("CycloneDX XML");
    assertThat(xml.items().keySet()).isEqualTo(json.items().keySet());
    assertThat(xml.items()).allSatisfy((id, item) -> {
      assertThat(item.pointer()).isNull();
      assertThat(item.line()).as(id).isPositive();
      // StAX reports the position just after the start tag; the tag is on that line.
      assertThat(lines.get(item.line() - 1)).as(id).containsPattern("<(component|metadata)\\b|<component ");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"tools-java-testResources/SPDXJSONExample-v2.3.spdx.json",
      "tools-java-testResources/SPDXTagExample-v2.3.spdx"})
  void placesEveryPackageOfAnSpdxDocumentAtTheStartOfItsEntry(String name) throws IOException {
    Path file = SPDX.resolve(name);
    SbomInventory inventory = load(file);
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);

    assertThat(inventory.format()).startsWith("SPDX ");
    assertThat(inventory.items()).isNotEmpty().allSatisfy((id, item) -> {
      assertThat(item.ref()).as(id).startsWith("SPDXRef-");
      assertThat(item.line()).as(id).isPositive();
      assertThat(lines.get(item.line() - 1)).as(id).containsAnyOf("{", "PackageName:", "FileName:");
    });
  }

  @Test
  void refusesAFileThatIsNoSbom(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("notes.json"), "{\"hello\": 1}");

    assertThatThrownBy(() -> load(file)).isInstanceOf(InputException.class)
        .hasMessageContaining("notes.json: not an SBOM Spillover reads, expected CycloneDX");
  }

  @Test
  void refusesAMissingFile(@TempDir Path dir) {
    assertThatThrownBy(() -> load(dir.resolve("absent.json"))).isInstanceOf(InputException.class)
        .hasMessageContaining("absent.json: no such file");
  }

  private static SbomInventory load(Path file) {
    return new SbomImporter().load(file, new EstateAssembler());
  }
}
