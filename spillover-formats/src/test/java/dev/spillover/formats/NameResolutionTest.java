package dev.spillover.formats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.model.Component;
import dev.spillover.model.Confidence;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.Node;
import dev.spillover.model.Organization;
import dev.spillover.model.Person;
import dev.spillover.model.Provenance;
import dev.spillover.model.Seats;
import dev.spillover.model.Source;
import dev.spillover.model.Validity;
import dev.spillover.model.Waiver;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Identity resolution by declared name, through {@link EstateAssembler#namedParty} and {@link EstateAssembler#build}. */
class NameResolutionTest {
  private static final Provenance DECLARED = new Provenance("s", LocalDate.of(2024, 1, 1), Confidence.DECLARED);
  private static final Validity FROM_2020 = new Validity(LocalDate.of(2020, 1, 1), null);
  private static final String SUPPLIER = "org:Example Chips Co., Ltd.";

  @Test
  void aNameOnlyPartyWithTheNameOfADefinedOrganizationBecomesIt() {
    Estate estate = build(sbom("Example Chips Co., Ltd."), estate("Example Chips Co., Ltd.", List.of()));

    assertThat(estate.nodes()).containsOnlyKeys("chips", "parent", "pkg:generic/example/board@1");
    assertThat(estate.node("chips").orElseThrow().aliases()).isEmpty();
    assertThat(estate.edges()).extracting(Edge::from).containsOnly("chips", "parent");
  }

  @Test
  void anAliasOfTheDefinedOrganizationMatchesAndTheNameOnlyNameIsKeptAsAnAlias() {
    Estate estate = build(sbom("Example Chips Co., Ltd."), estate("Example Chips", List.of("Example Chips Co., Ltd.")));

    Node chips = estate.node("chips").orElseThrow();
    assertThat(chips.name()).isEqualTo("Example Chips");
    assertThat(chips.aliases()).containsExactly("Example Chips Co., Ltd.");
    assertThat(estate.node(SUPPLIER)).isEmpty();
  }

  @Test
  void namesAreComparedAfterNfkcCaseFoldingAndWhitespaceCollapsing() {
    // Full-width letters, an ideographic space, other case, doubled and surrounding spaces.
    Estate estate = build(sbom("ＥＸＡＭＰＬＥ\u3000chips  co., ltd. "), estate("Example Chips Co., Ltd.", List.of()));

    assertThat(estate.nodes()).containsOnlyKeys("chips", "parent", "pkg:generic/example/board@1");
    assertThat(estate.node("chips").orElseThrow().aliases()).containsExactly("ＥＸＡＭＰＬＥ\u3000chips  co., ltd. ");
    assertThat(NameResolution.normalize("  Ｅxample\t\u00a0Chips\n")).isEqualTo("example chips");
  }

  @Test
  void legalFormsAreNotDroppedSoAnotherLegalFormIsAnotherParty() {
    Estate estate = build(sbom("Example Chips Inc."), estate("Example Chips Co., Ltd.", List.of()));

    assertThat(estate.nodes()).containsKeys("chips", "org:Example Chips Inc.");
  }

  @Test
  void kindsMustAgreeAPersonNamedLikeAnOrganizationStaysApart() {
    EstateAssembler assembler = new EstateAssembler();
    assembler.source(new Source("s", "Source", null, null, null));
    assembler.namedParty(new Person("person:Example Chips", "Example Chips", List.of(), Map.of(), DECLARED, List.of(),
        Seats.UNKNOWN), "bom.json");
    assembler.node(org("chips", "Example Chips", List.of()), "estate");

    assertThat(assembler.build("t").nodes()).containsOnlyKeys("chips", "person:Example Chips");
    assertThat(assembler.warnings()).isEmpty();
  }

  @Test
  void aPersonKnownByNameBecomesTheDefinedPerson() {
    EstateAssembler assembler = new EstateAssembler();
    assembler.source(new Source("s", "Source", null, null, null));
    assembler.namedParty(new Person("person:Jane Example", "Jane Example", List.of(), Map.of("email", "jane@example.com"),
        DECLARED, List.of(), Seats.UNKNOWN), "bom.json");
    assembler.node(new Person("jane", "JANE EXAMPLE", List.of(), Map.of(), DECLARED, List.of(), Seats.UNKNOWN), "estate");

    Node jane = assembler.build("t").node("jane").orElseThrow();
    assertThat(jane.aliases()).containsExactly("Jane Example");
    assertThat(jane.identifiers()).containsEntry("email", "jane@example.com");
  }

  @Test
  void twoDefinedOrganizationsWithTheNameMergeNothingAndAWarningNamesBoth() {
    EstateAssembler assembler = new EstateAssembler();
    sbom("Example Chips Co., Ltd.").accept(assembler);
    estate("Example Chips Co., Ltd.", List.of()).accept(assembler);
    assembler.node(org("chips-2", "Example Chips (old entity)", List.of("example chips co., ltd.")), "gleif.xml");

    Estate estate = assembler.build("t");
    assertThat(estate.nodes()).containsKeys(SUPPLIER, "chips", "chips-2");
    assertThat(estate.edges()).extracting(Edge::from).contains(SUPPLIER);
    assertThat(assembler.warnings()).containsExactly("bom.json: organization 'Example Chips Co., Ltd.' is named by"
        + " name only, and 2 organizations defined by the inputs have that name or alias: 'chips' (Example Chips Co.,"
        + " Ltd.), 'chips-2' (Example Chips (old entity)); it is kept apart from them, so their owners and listings"
        + " do not reach it. Keep that name or alias on only one of them");
  }

  @Test
  void everyEdgeNamingTheNameOnlyPartyIsRepointedKeepingItsIdKindValidityProvenanceAndTerms() {
    EstateAssembler assembler = new EstateAssembler();
    sbom("Example Chips Co., Ltd.").accept(assembler);
    estate("Example Chips Co., Ltd.", List.of()).accept(assembler);
    Provenance other = new Provenance("s", LocalDate.of(2023, 5, 6), Confidence.DERIVED);
    EdgeTerms stake = new EdgeTerms.Share(60.0, 60.0, EdgeTerms.ShareBasis.EQUITY);
    assembler.edge(new Edge("in", EdgeKind.OWNS, "parent", SUPPLIER, FROM_2020, other, stake), "other.json");
    assembler.waiver(new Waiver("w1", "pack", null, SUPPLIER, "reviewed", null, null, LocalDate.of(2030, 1, 1), null));

    Estate estate = assembler.build("t");
    assertThat(estate.edges()).contains(
        new Edge("in", EdgeKind.OWNS, "parent", "chips", FROM_2020, other, stake),
        new Edge("bom#1", EdgeKind.MANUFACTURES, "chips", "pkg:generic/example/board@1", Validity.ALWAYS, DECLARED,
            EdgeTerms.NONE));
    assertThat(estate.waivers()).extracting(Waiver::subject).containsExactly("chips");
  }

  @Test
  void aDefinitionOfTheSameIdMakesThePartyDefinedAndLeavesItAlone() {
    EstateAssembler assembler = new EstateAssembler();
    sbom("Example Chips Co., Ltd.").accept(assembler);
    estate("Example Chips Co., Ltd.", List.of()).accept(assembler);
    assembler.node(org(SUPPLIER, "Example Chips Co., Ltd.", List.of()), "estate");

    assertThat(assembler.build("t").nodes()).containsKeys(SUPPLIER, "chips");
    assertThat(assembler.warnings()).isEmpty();
  }

  @Test
  void inputsWithoutNameOnlyPartiesAreUnchanged() {
    EstateAssembler assembler = new EstateAssembler();
    estate("Example Chips Co., Ltd.", List.of()).accept(assembler);
    assembler.node(org("org:Example Chips Co., Ltd.", "Example Chips Co., Ltd.", List.of()), "estate");

    assertThat(assembler.build("t").nodes()).containsOnlyKeys("chips", "parent", SUPPLIER);
    assertThat(assembler.warnings()).isEmpty();
  }

  @Test
  void theSbomBeforeOrAfterTheEstateGivesTheSameEstateAndBuildingTwiceTheSameAgain() {
    Consumer<EstateAssembler> sbom = sbom("EXAMPLE CHIPS CO., LTD.");
    Consumer<EstateAssembler> estate = estate("Example Chips", List.of("Example Chips Co., Ltd."));
    EstateAssembler sbomFirst = new EstateAssembler();
    sbom.accept(sbomFirst);
    estate.accept(sbomFirst);
    EstateAssembler estateFirst = new EstateAssembler();
    estate.accept(estateFirst);
    sbom.accept(estateFirst);

    Estate a = sbomFirst.build("t");
    Estate b = estateFirst.build("t");
    assertThat(a.nodes()).isEqualTo(b.nodes());
    assertThat(new HashSet<>(a.edges())).isEqualTo(new HashSet<>(b.edges()));
    assertThat(sbomFirst.build("t").nodes()).isEqualTo(a.nodes());
    assertThat(a.node("chips").orElseThrow().aliases()).containsExactly("Example Chips Co., Ltd.",
        "EXAMPLE CHIPS CO., LTD.");
  }

  @Test
  void onlyOrganizationsAndPersonsCanBeKnownByName() {
    assertThatThrownBy(() -> new EstateAssembler().namedParty(new Component("c", "c", List.of(), Map.of(), DECLARED,
        "1", Map.of()), "x")).isInstanceOf(IllegalArgumentException.class);
  }

  /** The estate of the inputs, in this order. */
  @SafeVarargs
  private static Estate build(Consumer<EstateAssembler>... inputs) {
    EstateAssembler assembler = new EstateAssembler();
    for (Consumer<EstateAssembler> input : inputs) {
      input.accept(assembler);
    }
    return assembler.build("t");
  }

  /** An SBOM's worth: a component manufactured by a party known by {@code name} only. */
  private static Consumer<EstateAssembler> sbom(String name) {
    String id = "org:" + name;
    return into -> {
      into.source(new Source("s", "Source", null, null, null));
      into.namedParty(org(id, name, List.of()), "bom.json");
      into.node(new Component("pkg:generic/example/board@1", "board", List.of(), Map.of(), DECLARED, "1", Map.of()),
          "bom.json");
      into.edge(new Edge("bom#1", EdgeKind.MANUFACTURES, id, "pkg:generic/example/board@1", Validity.ALWAYS, DECLARED,
          EdgeTerms.NONE), "bom.json");
    };
  }

  /** An estate folder's worth: organization {@code chips} named {@code name}, owned by {@code parent}. */
  private static Consumer<EstateAssembler> estate(String name, List<String> aliases) {
    return into -> {
      into.source(new Source("s", "Source", null, null, null));
      into.node(org("chips", name, aliases), "estate");
      into.node(org("parent", "Example Parent Holdings", List.of()), "estate");
      into.edge(new Edge("estate#1", EdgeKind.OWNS, "parent", "chips", FROM_2020, DECLARED,
          new EdgeTerms.Share(100.0, 100.0, EdgeTerms.ShareBasis.EQUITY)), "estate");
    };
  }

  private static Organization org(String id, String name, List<String> aliases) {
    return new Organization(id, name, aliases, Map.of(), DECLARED, Organization.OrganizationType.COMPANY,
        Seats.UNKNOWN, false);
  }
}
