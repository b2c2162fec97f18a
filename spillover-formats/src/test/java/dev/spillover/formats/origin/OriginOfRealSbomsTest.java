package dev.spillover.formats.origin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.formats.EstateAssembler;
import dev.spillover.formats.origin.Attribution.Match;
import dev.spillover.formats.sbom.CycloneDxImporter;
import dev.spillover.model.Component;
import dev.spillover.model.Confidence;
import dev.spillover.model.Estate;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bundled tables over real SBOMs in {@code ../shared/data/cyclonedx-bom-examples} (CC0-1.0,
 * read where they are, reached from the module directory), imported as the CLI imports them.
 */
class OriginOfRealSbomsTest {
  private static final Path EXAMPLES = Path.of("..", "..", "shared", "data", "cyclonedx-bom-examples", "SBOM");
  private static final OriginMatcher MATCHER = OriginMatcher.of(OriginTables.bundled());

  @Test
  void attributesThirtyOfDropwizardsComponentsAndLeavesFindbugsToNobody() {
    List<Component> components = components(EXAMPLES.resolve("dropwizard-1.3.15/bom.json"));
    Map<String, List<Attribution>> byOrganization = components.stream().map(MATCHER::byComponent)
        .flatMap(Optional::stream)
        .collect(Collectors.groupingBy(a -> a.organization().id(), TreeMap::new, Collectors.toList()));

    assertThat(components).hasSize(167);
    assertThat(byOrganization).containsOnlyKeys("apache", "eclipse", "google");
    assertThat(byOrganization.get("apache")).hasSize(7);
    assertThat(byOrganization.get("eclipse")).hasSize(20);
    assertThat(byOrganization.get("google")).extracting(Attribution::asked).containsExactlyInAnyOrder(
        "maven com.google.guava/guava", "maven com.google.errorprone/error_prone_annotations",
        "maven com.google.j2objc/j2objc-annotations");
    // Every one is below its entry's namespace, so derived; org.eclipse is unverified besides.
    assertThat(byOrganization.values().stream().flatMap(List::stream))
        .allSatisfy(a -> assertThat(a).extracting(Attribution::match, Attribution::confidence)
            .containsExactly(Match.PREFIX, Confidence.DERIVED));
    Component jsr305 = components.stream().filter(c -> c.name().equals("jsr305")).findFirst().orElseThrow();
    assertThat(MATCHER.byComponent(jsr305)).as("com.google.code is unattributed").isEmpty();
  }

  @Test
  void attributesNoneOfAnNpmAppWhoseScopesNoTableKnows() {
    List<Component> components = components(EXAMPLES.resolve("juice-shop/v11.1.2/bom.json"));

    assertThat(components).hasSize(840);
    assertThat(components.stream().map(MATCHER::byComponent).flatMap(Optional::stream)).isEmpty();
  }

  private static List<Component> components(Path bom) {
    EstateAssembler assembler = new EstateAssembler();
    new CycloneDxImporter().read(bom, assembler);
    Estate estate = assembler.build("origin test");
    return estate.nodes().values().stream().filter(Component.class::isInstance).map(Component.class::cast).toList();
  }
}
