package dev.spillover.formats.sbom;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.formats.Inputs;
import dev.spillover.formats.ReadProgress;
import dev.spillover.model.Component;
import dev.spillover.model.Confidence;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.NodeKind;
import dev.spillover.model.Organization;
import dev.spillover.model.Product;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What three real SBOMs become, exactly: counts of nodes and edges by kind, and a few entries in full. */
class SbomMappingTest {
  private static final Path DROPWIZARD = SbomFixtures.CDX_EXAMPLES.resolve("SBOM/dropwizard-1.3.15/bom.json");
  private static final Path DROPWIZARD_XML = SbomFixtures.CDX_EXAMPLES.resolve("SBOM/dropwizard-1.3.15/bom.xml");
  private static final Path EXAMPLE8 = SbomFixtures.SPDX.resolve("spdx-examples/software/example8/spdx2.3/examplemaven-0.0.1.spdx.json");
  private static final Path ACME = SbomFixtures.SPDX.resolve("spdx-examples/presentations/SBOMS-SPDX-Now-and-Future/ACME-v2.3.spdx.json");

  @Test
  void dropwizardBecomesItsProductIts167ComponentsAndTheir21Publishers() {
    Estate estate = SbomFixtures.load(new CycloneDxImporter(), DROPWIZARD);

    assertThat(estate.nodes().values().stream().filter(n -> n.kind() == NodeKind.PRODUCT)).hasSize(1);
    assertThat(estate.nodes().values().stream().filter(n -> n.kind() == NodeKind.COMPONENT)).hasSize(167);
    assertThat(estate.nodes().values().stream().filter(n -> n.kind() == NodeKind.ORGANIZATION)).hasSize(21);
    assertThat(estate.nodes()).hasSize(189);
    // 170 dependsOn entries declared; the 29 components nothing else depends on (and that the
    // subject's missing graph entry cannot reach) are joined to the product, derived.
    List<Edge> dependsOn = SbomFixtures.edges(estate, EdgeKind.DEPENDS_ON);
    assertThat(dependsOn).hasSize(170 + 29);
    assertThat(dependsOn.stream().filter(e -> e.provenance().confidence() == Confidence.DERIVED)).hasSize(29)
        .allSatisfy(e -> assertThat(e.from()).isEqualTo("product:pkg:maven/io.dropwizard/dropwizard-parent"));
    assertThat(SbomFixtures.count(estate, EdgeKind.PUBLISHES)).isEqualTo(90);
    assertThat(estate.edges()).hasSize(170 + 29 + 90);

    Product product = (Product) estate.node("product:pkg:maven/io.dropwizard/dropwizard-parent").orElseThrow();
    assertThat(product.name()).isEqualTo("dropwizard-parent");
    assertThat(product.type()).isEqualTo(Product.ProductType.SOFTWARE);
    assertThat(product.identifiers()).containsEntry("purl", "pkg:maven/io.dropwizard/dropwizard-parent@1.3.15");
    assertThat(product.provenance().source()).isEqualTo("cyclonedx:" + DROPWIZARD);
    assertThat(product.provenance().asOf()).isEqualTo(LocalDate.of(2020, 8, 2));

    String annotations = "pkg:maven/com.fasterxml.jackson.core/jackson-annotations@2.9.10?type=jar";
    Component component = (Component) estate.node(annotations).orElseThrow();
    assertThat(component.name()).isEqualTo("jackson-annotations");
    assertThat(component.version()).isEqualTo("2.9.10");
    assertThat(component.identifiers()).containsExactly(Map.entry("purl", annotations));
    assertThat(component.properties()).containsAllEntriesOf(Map.of("purl.type", "maven",
        "purl.namespace", "com.fasterxml.jackson.core", "purl.name", "jackson-annotations", "purl.version", "2.9.10",
        "purl.qualifiers", "type=jar", "sbom.type", "library", "sbom.group", "com.fasterxml.jackson.core"));
    assertThat(SbomFixtures.hasEdge(estate, EdgeKind.PUBLISHES, "org:FasterXML", annotations)).isTrue();
    Organization fasterxml = (Organization) estate.node("org:FasterXML").orElseThrow();
    assertThat(fasterxml.name()).isEqualTo("FasterXML");
    Edge guava = estate.edges().stream().filter(e -> e.kind() == EdgeKind.DEPENDS_ON
        && e.from().equals("pkg:maven/com.google.guava/guava@24.1.1-jre?type=jar")
        && e.to().equals("pkg:maven/com.google.j2objc/j2objc-annotations@1.1?type=jar")).findFirst().orElseThrow();
    assertThat(guava.provenance().confidence()).isEqualTo(Confidence.DECLARED);
    assertThat(guava.terms()).isEqualTo(new EdgeTerms.Dependency(null));
    assertThat(guava.id()).startsWith("cyclonedx:" + DROPWIZARD + "#");
  }

  @Test
  void theSameBomInXmlGivesTheSameNodesAndEdges() {
    Estate json = SbomFixtures.load(new CycloneDxImporter(), DROPWIZARD);
    Estate xml = SbomFixtures.load(new CycloneDxImporter(), DROPWIZARD_XML);

    assertThat(xml.nodes().keySet()).containsExactlyInAnyOrderElementsOf(json.nodes().keySet());
    assertThat(xml.edges().stream().map(e -> e.from() + " " + e.kind().label() + " " + e.to()))
        .containsExactlyInAnyOrderElementsOf(json.edges().stream().map(e -> e.from() + " " + e.kind().label() + " " + e.to())
            .toList());
    // The XML states <scope>required</scope> on every component, the JSON no scope: the derived
    // edges to the product carry what each file says.
    assertThat(SbomFixtures.edges(xml, EdgeKind.DEPENDS_ON).stream().map(SbomMappingTest::sentence))
        .contains("product:pkg:maven/io.dropwizard/dropwizard-parent depends_on pkg:maven/junit/junit@4.12?type=jar (required)");
    assertThat(SbomFixtures.edges(json, EdgeKind.DEPENDS_ON).stream().map(SbomMappingTest::sentence))
        .contains("product:pkg:maven/io.dropwizard/dropwizard-parent depends_on pkg:maven/junit/junit@4.12?type=jar");
  }

  @Test
  void spdxExample8BecomesTheProductFiveComponentsAndTheirDependencyScopes() {
    Estate estate = SbomFixtures.load(new SpdxImporter(), EXAMPLE8);
    String doc = "http://spdx.org/documents/examplemaven-0.0.1#";

    assertThat(estate.nodes().keySet()).containsExactlyInAnyOrder("product:" + doc + "SPDXRef-example",
        doc + "SPDXRef-junit", doc + "SPDXRef-log4jslf4jbinding", doc + "SPDXRef-log4jslf4jApi", doc + "SPDXRef-log4jApi",
        doc + "SPDXRef-log4jImpl", "org:JUnit", "org:SPDX", "org:Linux Foundation");
    assertThat(estate.edges().stream().map(SbomMappingTest::sentence)).containsExactlyInAnyOrder(
        "product:" + doc + "SPDXRef-example depends_on " + doc + "SPDXRef-junit (test)",
        "product:" + doc + "SPDXRef-example depends_on " + doc + "SPDXRef-log4jslf4jbinding (dynamic-link)",
        "product:" + doc + "SPDXRef-example depends_on " + doc + "SPDXRef-log4jslf4jApi (dynamic-link)",
        "product:" + doc + "SPDXRef-example depends_on " + doc + "SPDXRef-log4jApi (dynamic-link)",
        "product:" + doc + "SPDXRef-example depends_on " + doc + "SPDXRef-log4jImpl (dynamic-link)",
        "org:SPDX publishes product:" + doc + "SPDXRef-example",
        "org:Linux Foundation develops product:" + doc + "SPDXRef-example",
        "org:JUnit develops " + doc + "SPDXRef-junit");
    assertThat(estate.edges()).allSatisfy(e -> {
      assertThat(e.provenance().confidence()).isEqualTo(Confidence.DECLARED);
      assertThat(e.provenance().asOf()).isEqualTo(LocalDate.of(2022, 10, 23));
    });
    Component junit = (Component) estate.node(doc + "SPDXRef-junit").orElseThrow();
    assertThat(junit.name()).isEqualTo("JUnit");
    assertThat(junit.version()).isEqualTo("3.8.1");
    assertThat(junit.identifiers()).containsExactly(Map.entry("spdxid", "SPDXRef-junit"));
  }

  @Test
  void theAcmeSbomNamesComponentsByPackageUrlAndItsSupplierAsAPerson() {
    Estate estate = SbomFixtures.load(new SpdxImporter(), ACME);
    String doc = "http://spdx.org/spdxdocs/spdx-example-4ca64a7e-2f6f-41bf-8b18-16da59d67824#";

    Component elliptic = (Component) estate.node("pkg:npm/elliptic@6.5.2").orElseThrow();
    assertThat(elliptic.properties()).containsEntry("purl.type", "npm").containsEntry("purl.name", "elliptic");
    assertThat(estate.node("person:Jane Doe")).get().satisfies(p -> {
      assertThat(p.kind()).isEqualTo(NodeKind.PERSON);
      assertThat(p.identifiers()).containsExactly(Map.entry("email", "jane.doe@example.com"));
    });
    assertThat(SbomFixtures.hasEdge(estate, EdgeKind.PUBLISHES, "person:Jane Doe", "product:" + doc + "SPDXRef-Acme")).isTrue();
    assertThat(SbomFixtures.hasEdge(estate, EdgeKind.DEVELOPS, "org:ExampleCodeInspect", "product:" + doc + "SPDXRef-Acme"))
        .isTrue();
    assertThat(SbomFixtures.hasEdge(estate, EdgeKind.EMBEDS, "product:" + doc + "SPDXRef-Acme", "pkg:npm/elliptic@6.5.2"))
        .isTrue();
  }

  @Test
  void sbomsLoadMixedWithEachOtherThroughInputs() {
    Estate estate = Inputs.load(List.of(DROPWIZARD, EXAMPLE8, DROPWIZARD_XML), "mixed", ReadProgress.NONE);
    // The JSON and XML forms of one BOM share their nodes; their edges come from two sources. JUnit
    // publishes junit 4.12 in dropwizard and develops JUnit 3.8.1 in example 8: one organization.
    assertThat(estate.nodes()).hasSize(189 + 9 - 1);
    assertThat(SbomFixtures.hasEdge(estate, EdgeKind.PUBLISHES, "org:JUnit", "pkg:maven/junit/junit@4.12?type=jar")).isTrue();
    assertThat(SbomFixtures.hasEdge(estate, EdgeKind.DEVELOPS, "org:JUnit",
        "http://spdx.org/documents/examplemaven-0.0.1#SPDXRef-junit")).isTrue();
    assertThat(estate.sources()).hasSize(3);
    assertThat(estate.edges()).hasSize(2 * (170 + 29 + 90) + 8);
  }

  private static String sentence(Edge edge) {
    String scope = edge.terms() instanceof EdgeTerms.Dependency d && d.scope() != null ? " (" + d.scope() + ")" : "";
    return edge.from() + " " + edge.kind().label() + " " + edge.to() + scope;
  }
}
