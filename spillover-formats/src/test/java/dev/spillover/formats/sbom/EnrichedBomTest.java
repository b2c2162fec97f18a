package dev.spillover.formats.sbom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.formats.EstateAssembler;
import dev.spillover.input.InputException;
import dev.spillover.policy.Verdict;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.cyclonedx.Version;
import org.cyclonedx.generators.BomGeneratorFactory;
import org.cyclonedx.model.Bom;
import org.cyclonedx.model.Component;
import org.cyclonedx.model.Property;
import org.cyclonedx.model.Service;
import org.cyclonedx.parsers.JsonParser;
import org.cyclonedx.parsers.XmlParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The enriched BOM: valid against the CycloneDX schema of the version written (the library's
 * schemas, with the import's corrections), and a round trip: parsed again with the library, it is the
 * input BOM plus the {@code spillover:} properties (and the version one up), for real BOMs of the
 * public test data in JSON and XML and a synthetic one with nested components and properties of its
 * own.
 */
class EnrichedBomTest {
  private static final Path NESTED = Path.of("src", "test", "resources", "sbom", "nested-with-properties.cdx.json");
  private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
    "cyclonedx-bom-examples/SBOM/cern-lhc-vdm-editor-e564943/bom.json",
    "cyclonedx-bom-examples/SBOM/cern-lhc-vdm-editor-e564943/bom.xml",
    "cyclonedx-bom-examples/SBOM/dropwizard-1.3.15/bom.json",
    "cyclonedx-bom-examples/SBOM/dropwizard-1.3.15/bom.xml",
    "cyclonedx-bom-examples/SBOM/laravel-7.12.0/bom.1.4.json",
    "cyclonedx-bom-examples/SBOM/laravel-7.12.0/bom.1.1.xml",
    "cyclonedx-bom-examples/SBOM/proton-bridge/proton-bridge-v1.8.0.bom.json",
    "cyclonedx-bom-examples/HBOM/PCIe-SATA-adapter-board/bom.json",
    "cyclonedx-bom-examples/SaaSBOM/apigateway-microservices-datastores/bom.json",
    "cyclonedx-spec-tests/1.6/valid-machine-learning-1.6.xml",
  })
  void aRealBomComesBackValidAndWholeWithThePropertiesAdded(String name) throws IOException {
    roundTrip(SbomFixtures.DATA.resolve(name));
  }

  @Test
  void nestedComponentsKeepTheirOwnPropertiesAndAnEarlierSpilloverVerdictIsReplaced() throws IOException {
    Bom written = roundTrip(NESTED);

    Component board = written.getMetadata().getComponent().getComponents().get(0);
    assertThat(board.getProperties()).extracting(Property::getName)
        .containsExactly("vendor:lot", "spillover:as-of", "spillover:verdict", "spillover:origin", "spillover:finding");
    assertThat(value(board, "spillover:verdict")).isEqualTo("restricted");
    Component radio = board.getComponents().get(0);
    assertThat(radio.getProperties().get(0).getName()).isEqualTo("cdx:radio:band");
    assertThat(value(radio, "spillover:verdict")).isEqualTo("restricted");
    // The same package URL listed twice is one node: both places get its properties.
    assertThat(value(written.getComponents().get(0), "spillover:verdict")).isEqualTo("restricted");
    assertThat(written.getMetadata().getProperties()).extracting(Property::getName)
        .containsExactly("internal:team", "spillover:as-of", "spillover:packs");
    assertThat(written.getVersion()).isEqualTo(4);
  }

  @Test
  void enrichingAnEnrichedBomAgainReplacesItsSpilloverPropertiesInsteadOfPilingThemUp(@TempDir Path dir)
      throws IOException {
    Path once = dir.resolve("once.cdx.json");
    Files.writeString(once, write(NESTED, annotateAll(NESTED)), StandardCharsets.UTF_8);

    Bom twice = parse(write(once, annotateAll(once)).getBytes(StandardCharsets.UTF_8), false);

    Component board = twice.getMetadata().getComponent().getComponents().get(0);
    assertThat(board.getProperties()).extracting(Property::getName)
        .containsExactly("vendor:lot", "spillover:as-of", "spillover:verdict", "spillover:origin", "spillover:finding");
  }

  @Test
  void rendersEachFieldOfAStatementAsDocumented() {
    ComponentStatement statement = new ComponentStatement("pkg:generic/x@1",
        List.of(new ComponentStatement.Origin("Acme; Holdings", "org:Acme", "manufacturer", "declared", "sbom",
            "cyclonedx:bom.json"), new ComponentStatement.Origin("Tencent", null, "origin", "0.92",
            "reference-table", "origin-table:npm")),
        List.of(new ComponentStatement.Chain("Acme; Holdings", List.of(
            new ComponentStatement.Link("owns", "20 to 30 %", "Parent"),
            new ComponentStatement.Link("controls", null, "State")))),
        Verdict.PROHIBITED,
        List.of(new ComponentStatement.FindingNote("p", "r", null, Verdict.PROHIBITED, "in-force since 2019-08-13",
            "waived until 2025-01-01 (w1)", "Gateway", List.of("Acme; Holdings"), "w1 until 2025-01-01")));

    List<Property> properties = SpilloverProperties.of(statement, DAY);

    assertThat(properties).extracting(p -> p.getName() + " = " + p.getValue()).containsExactly(
        "spillover:as-of = 2024-06-01",
        "spillover:verdict = prohibited",
        "spillover:origin = Acme\\; Holdings; role=manufacturer; confidence=declared; evidence=sbom;"
            + " source=cyclonedx:bom.json",
        "spillover:origin = Tencent; role=origin; confidence=0.92; evidence=reference-table; source=origin-table:npm",
        "spillover:organization-chain = Acme; Holdings → is owned by (20 to 30 %) → Parent → is controlled by → State",
        "spillover:finding = p/r; verdict=none; rule-verdict=prohibited; status=in-force since 2019-08-13;"
            + " withheld=waived until 2025-01-01 (w1); subject=Gateway; party=Acme\\; Holdings;"
            + " waiver=w1 until 2025-01-01");
  }

  @Test
  void aValueIsCutToWhatDependencyTrackStoresAndLosesItsControlCharacters() {
    ComponentStatement statement = new ComponentStatement("x", List.of(new ComponentStatement.Origin(
        "A\nB" + "x".repeat(2000), null, "origin", "declared", "sbom", null)), List.of(), null, List.of());

    Property origin = SpilloverProperties.of(statement, DAY).get(2);

    assertThat(origin.getValue()).hasSize(EnrichedBom.MAX_VALUE).startsWith("A B").endsWith("…");
  }

  @Test
  void anSpdxDocumentIsRefused() {
    Path spdx = SbomFixtures.files(SbomFixtures.SPDX, n -> n.endsWith(".spdx.json")).get(0);

    assertThatThrownBy(() -> write(spdx, new EnrichedBom.Annotations(DAY, List.of(), Map.of())))
        .isInstanceOf(InputException.class).hasMessageContaining("not a CycloneDX SBOM");
  }

  @Test
  void theValidatorDoesRejectABrokenEnrichedBom() throws IOException {
    String text = write(NESTED, annotateAll(NESTED)).replace("\"spillover:as-of\"", "42");

    assertThat(EnrichedBom.violations(text, "1.5", false)).isNotEmpty();
  }

  /**
   * Annotates every entry of {@code input}, writes it, checks the output against its schema, parses
   * it back and compares it with the input less the added properties; returns the parsed output.
   */
  private static Bom roundTrip(Path input) throws IOException {
    EnrichedBom.Annotations annotations = annotateAll(input);
    boolean xml = SbomFile.syntax(Files.readAllBytes(input)) == SbomFile.Syntax.XML;
    StringWriter out = new StringWriter();

    EnrichedBom.Written written = EnrichedBom.write(input, annotations, out);

    String text = out.toString();
    assertThat(written.xml()).isEqualTo(xml);
    assertThat(EnrichedBom.violations(text, written.outputVersion(), xml)).as(text).isEmpty();
    if (!Files.readString(input).contains("timestamp")) {
      // The library's parser gives a BOM without one the current time; it must not reach the output.
      assertThat(text).doesNotContain("timestamp");
    }
    Bom before = parse(Files.readAllBytes(input), xml);
    Bom after = parse(text.getBytes(StandardCharsets.UTF_8), xml);
    assertThat(after.getVersion()).isEqualTo(Math.max(before.getVersion(), 0) + 1);
    List<String> added = new ArrayList<>();
    eachEntry(after, properties -> properties.stream().filter(p -> p.getName().startsWith("spillover:"))
        .forEach(p -> added.add(p.getName())));
    assertThat(added).contains("spillover:as-of", "spillover:verdict", "spillover:finding", "spillover:packs");

    Bom stripped = parse(text.getBytes(StandardCharsets.UTF_8), xml);
    stripped.setVersion(before.getVersion());
    strip(stripped, before);
    if (!Files.readString(input).contains("timestamp")) {
      // Each parse stamps the current time: two parses a second apart differ there and nowhere else.
      forgetTimestamp(before);
      forgetTimestamp(stripped);
    }
    Version version = Version.fromVersionString(written.outputVersion());
    assertThat(json(stripped, version)).isEqualTo(json(before, version));
    return after;
  }

  private static void forgetTimestamp(Bom bom) {
    if (bom.getMetadata() != null) {
      bom.getMetadata().setTimestamp(null);
    }
  }

  /** A statement for every entry: a declared origin, a restricted finding. */
  private static EnrichedBom.Annotations annotateAll(Path input) {
    SbomInventory inventory = new SbomImporter().load(input, new EstateAssembler());
    Map<String, ComponentStatement> statements = new LinkedHashMap<>();
    for (String id : inventory.items().keySet()) {
      statements.put(id, new ComponentStatement(id,
          List.of(new ComponentStatement.Origin("Example Boards (synthetic)", "org:Example Boards", "publisher",
              "declared", "sbom", "cyclonedx:" + input)),
          List.of(), Verdict.RESTRICTED,
          List.of(new ComponentStatement.FindingNote("synthetic", "watched", Verdict.RESTRICTED, Verdict.RESTRICTED,
              "in-force", null, "subject", List.of("Example Boards (synthetic)"), null))));
    }
    return new EnrichedBom.Annotations(DAY, List.of("synthetic"), statements);
  }

  private static String write(Path input, EnrichedBom.Annotations annotations) throws IOException {
    StringWriter out = new StringWriter();
    EnrichedBom.write(input, annotations, out);
    return out.toString();
  }

  private static Bom parse(byte[] bytes, boolean xml) {
    try {
      return xml ? new XmlParser().parse(bytes) : new JsonParser().parse(bytes);
    } catch (org.cyclonedx.exception.ParseException e) {
      throw new AssertionError(e);
    }
  }

  private static String json(Bom bom, Version version) {
    try {
      return BomGeneratorFactory.createJson(version, bom).toJsonString();
    } catch (org.cyclonedx.exception.GeneratorException e) {
      throw new AssertionError(e);
    }
  }

  /** Removes the spillover: properties the writer adds (an input's own other properties stay). */
  private static void strip(Bom bom, Bom before) {
    eachEntry(bom, properties -> properties.removeIf(p -> EnrichedBom.NAMES.contains(p.getName())));
    eachEntry(before, properties -> properties.removeIf(p -> EnrichedBom.NAMES.contains(p.getName())));
    if (before.getMetadata() == null) {
      bom.setMetadata(null);
    }
    nullIfEmpty(bom);
    nullIfEmpty(before);
  }

  private static void nullIfEmpty(Bom bom) {
    if (bom.getMetadata() != null && bom.getMetadata().getProperties() != null
        && bom.getMetadata().getProperties().isEmpty()) {
      bom.getMetadata().setProperties(null);
    }
    forComponents(bom, c -> {
      if (c.getProperties() != null && c.getProperties().isEmpty()) {
        c.setProperties(null);
      }
    });
    forServices(bom.getServices(), s -> {
      if (s.getProperties() != null && s.getProperties().isEmpty()) {
        s.setProperties(null);
      }
    });
  }

  /** Calls {@code action} with the (mutable) property list of every component, service and the metadata. */
  private static void eachEntry(Bom bom, Consumer<List<Property>> action) {
    if (bom.getMetadata() != null && bom.getMetadata().getProperties() != null) {
      action.accept(bom.getMetadata().getProperties());
    }
    forComponents(bom, c -> {
      if (c.getProperties() != null) {
        action.accept(c.getProperties());
      }
    });
    forServices(bom.getServices(), s -> {
      if (s.getProperties() != null) {
        action.accept(s.getProperties());
      }
    });
  }

  private static void forComponents(Bom bom, Consumer<Component> action) {
    List<Component> all = new ArrayList<>();
    if (bom.getMetadata() != null && bom.getMetadata().getComponent() != null) {
      all.add(bom.getMetadata().getComponent());
    }
    if (bom.getComponents() != null) {
      all.addAll(bom.getComponents());
    }
    while (!all.isEmpty()) {
      Component c = all.remove(0);
      action.accept(c);
      if (c.getComponents() != null) {
        all.addAll(c.getComponents());
      }
    }
  }

  private static void forServices(List<Service> services, Consumer<Service> action) {
    if (services != null) {
      for (Service s : services) {
        action.accept(s);
        forServices(s.getServices(), action);
      }
    }
  }

  private static String value(Component component, String name) {
    return component.getProperties().stream().filter(p -> p.getName().equals(name)).map(Property::getValue)
        .findFirst().orElse(null);
  }
}
