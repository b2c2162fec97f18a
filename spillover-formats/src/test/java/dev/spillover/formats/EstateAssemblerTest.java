package dev.spillover.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.input.InputException;
import dev.spillover.model.Component;
import dev.spillover.model.Confidence;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.NodeKind;
import dev.spillover.model.Organization;
import dev.spillover.model.Person;
import dev.spillover.model.Provenance;
import dev.spillover.model.Seats;
import dev.spillover.model.Source;
import dev.spillover.model.Validity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EstateAssemblerTest {
  private static final Provenance DECLARED = new Provenance("s", LocalDate.of(2024, 1, 1), Confidence.DECLARED);

  @Test
  void aNodeDefinedTwiceKeepsItsFirstDefinitionAndGainsTheOthersNamesAndIdentifiers() {
    EstateAssembler assembler = new EstateAssembler();
    assembler.source(new Source("s", "Source", null, null, null));
    assembler.node(org("lei1", "Shell plc", Map.of("lei", "LEI1")), "a.xml");
    assembler.node(org("lei1", "SHELL PLC (formerly Royal Dutch Shell)", Map.of("gb-coh", "4366849")), "b.json");

    Organization merged = (Organization) assembler.build("test").node("lei1").orElseThrow();
    assertThat(merged.name()).isEqualTo("Shell plc");
    assertThat(merged.aliases()).containsExactly("SHELL PLC (formerly Royal Dutch Shell)");
    assertThat(merged.identifiers()).containsEntry("lei", "LEI1").containsEntry("gb-coh", "4366849");
  }

  @Test
  void aComponentDefinedTwiceKeepsItsFirstPropertiesAndGainsTheOthers() {
    EstateAssembler assembler = new EstateAssembler();
    assembler.node(new Component("pkg:npm/a@1", "a", List.of(), Map.of("purl", "pkg:npm/a@1"), DECLARED, "1",
        Map.of("purl.type", "npm", "sbom.scope", "required")), "a.json");
    assembler.node(new Component("pkg:npm/a@1", "a", List.of(), Map.of(), DECLARED, "1",
        Map.of("sbom.scope", "optional", "cdx:npm:package:path", "node_modules/a")), "b.xml");

    Component merged = (Component) assembler.build("test").node("pkg:npm/a@1").orElseThrow();
    assertThat(merged.properties()).containsExactlyInAnyOrderEntriesOf(Map.of("purl.type", "npm",
        "sbom.scope", "required", "cdx:npm:package:path", "node_modules/a"));
  }

  @Test
  void anIdReferencedButNeverDefinedBecomesADerivedStub() {
    EstateAssembler assembler = new EstateAssembler();
    assembler.source(new Source("s", "Source", null, null, null));
    assembler.reference("parent", NodeKind.ORGANIZATION, DECLARED);
    assembler.reference("child", NodeKind.ORGANIZATION, DECLARED);
    assembler.edge(new Edge("r1", EdgeKind.CONTROLS, "parent", "child", Validity.ALWAYS, DECLARED,
        new EdgeTerms.Control(EdgeTerms.ControlType.MAJORITY)), "rr.json");

    Estate estate = assembler.build("test");
    assertThat(estate.nodes()).containsOnlyKeys("parent", "child");
    assertThat(estate.node("parent").orElseThrow().provenance().confidence()).isEqualTo(Confidence.DERIVED);
    assertThat(estate.edges()).hasSize(1);
  }

  @Test
  void aStubGivesWayToARealDefinition() {
    EstateAssembler assembler = new EstateAssembler();
    assembler.reference("x", NodeKind.ORGANIZATION, DECLARED);
    assembler.node(org("x", "Real Name", Map.of()), "a");
    assertThat(assembler.build("test").node("x").orElseThrow().name()).isEqualTo("Real Name");
  }

  @Test
  void conflictingKindsDuplicateEdgeIdsAndDanglingEdgesAreAllReported() {
    EstateAssembler assembler = new EstateAssembler();
    assembler.node(org("x", "X", Map.of()), "a.json");
    assembler.node(new Person("x", "X", List.of(), Map.of(), DECLARED, List.of(), Seats.UNKNOWN), "b.json");
    Edge edge = new Edge("e1", EdgeKind.OWNS, "x", "nowhere", Validity.ALWAYS, DECLARED, EdgeTerms.NONE);
    assembler.edge(edge, "c.json");
    assembler.edge(edge, "c.json");

    assertThatThrownBy(() -> assembler.build("test")).isInstanceOfSatisfying(InputException.class, e ->
        assertThat(e.problems()).extracting(p -> p.message()).anySatisfy(m -> assertThat(m).contains("also defined as"))
            .anySatisfy(m -> assertThat(m).contains("used twice"))
            .anySatisfy(m -> assertThat(m).contains("'nowhere', which no input defines")));
  }

  private static Organization org(String id, String name, Map<String, String> identifiers) {
    return new Organization(id, name, List.of(), identifiers, DECLARED, Organization.OrganizationType.COMPANY,
        Seats.UNKNOWN, false);
  }
}
