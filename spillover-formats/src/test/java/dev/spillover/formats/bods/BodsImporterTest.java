package dev.spillover.formats.bods;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spillover.formats.EstateAssembler;
import dev.spillover.input.InputException;
import dev.spillover.model.Confidence;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.EdgeTerms.ControlType;
import dev.spillover.model.EdgeTerms.ShareBasis;
import dev.spillover.model.Estate;
import dev.spillover.model.Organization;
import dev.spillover.model.Organization.OrganizationType;
import dev.spillover.model.Person;
import dev.spillover.model.Source;
import dev.spillover.model.Validity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class BodsImporterTest {
  static final Path BODS = Path.of("..", "..", "shared", "data", "bods");
  private static final Path EXAMPLES = BODS.resolve("examples");

  @TempDir
  Path temp;

  static Estate load(Path... files) {
    EstateAssembler assembler = new EstateAssembler();
    for (Path file : files) {
      new BodsImporter().read(file, assembler);
    }
    return assembler.build("test");
  }

  static List<Path> jsonFiles(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  @TestFactory
  Stream<DynamicTest> everyExampleImportsIntoAWholeEstate() throws IOException {
    assertThat(EXAMPLES).isDirectory();
    List<Path> examples = jsonFiles(EXAMPLES);
    assertThat(examples).hasSize(19);
    return examples.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
      Estate estate = load(file);
      assertThat(estate.nodes()).isNotEmpty();
      assertThat(estate.sources()).containsKey("bods:" + file.getFileName());
    }));
  }

  @Test
  void indirectOwnershipKeepsTheChainAndLeavesOutTheIndirectInterestItDescribes() {
    Estate estate = load(EXAMPLES.resolve("indirect-ownership.json"));

    Organization a = (Organization) estate.node("ad3f6c2fcc9e").orElseThrow();
    assertThat(a.name()).isEqualTo("Company A");
    assertThat(a.type()).isEqualTo(OrganizationType.COMPANY);
    assertThat(a.identifiers()).containsExactly(java.util.Map.entry("gb-coh", "XE9999"));
    assertThat(a.provenance()).satisfies(p -> {
      assertThat(p.source()).isEqualTo("bods:indirect-ownership.json");
      assertThat(p.asOf()).isEqualTo(LocalDate.of(2018, 12, 17));
      assertThat(p.confidence()).isEqualTo(Confidence.DECLARED);
    });
    Person person = (Person) estate.node("c25d4d612c2c").orElseThrow();
    assertThat(person.name()).isEqualTo("Person 1");
    assertThat(person.nationalities()).containsExactly("GB");

    assertThat(estate.edges()).hasSize(2);
    Edge bOwnsA = edge(estate, "d4ab89ea169a", "ad3f6c2fcc9e");
    assertThat(bOwnsA.id()).isEqualTo("indirect-ownership.json#7fff3986-233f-413f-bec8-3b28c62a4a51#0");
    assertThat(bOwnsA.kind()).isEqualTo(EdgeKind.OWNS);
    assertThat(bOwnsA.terms()).isEqualTo(new EdgeTerms.Share(60.0, 60.0, ShareBasis.EQUITY));
    assertThat(bOwnsA.validity()).isEqualTo(new Validity(LocalDate.of(2017, 11, 1), null));
    // An interest of unknown type: a possible holding, its size unknown.
    Edge personInB = edge(estate, "c25d4d612c2c", "d4ab89ea169a");
    assertThat(personInB.terms()).isEqualTo(new EdgeTerms.Share(null, null, ShareBasis.EQUITY));
    assertThat(personInB.validity()).isEqualTo(Validity.ALWAYS);
  }

  @Test
  void jointOwnershipGoesThroughTheArrangement() {
    Estate estate = load(EXAMPLES.resolve("joint-ownership.json"));

    Organization company = (Organization) estate.node("31c55e425764").orElseThrow();
    assertThat(company.seats().incorporation()).isEqualTo("GB");
    Organization arrangement = (Organization) estate.node("91b4236a7d89").orElseThrow();
    assertThat(arrangement.name()).isEqualTo("Joint shareholding");
    assertThat(arrangement.type()).isEqualTo(OrganizationType.OTHER);
    assertThat(edge(estate, "91b4236a7d89", "31c55e425764").terms())
        .isEqualTo(new EdgeTerms.Share(100.0, 100.0, ShareBasis.EQUITY));
    for (String owner : List.of("1accb8b18b99", "f040df24d9ec")) {
      Edge half = edge(estate, owner, "91b4236a7d89");
      assertThat(half.terms()).isEqualTo(new EdgeTerms.Share(50.0, 50.0, ShareBasis.EQUITY));
      assertThat(half.validity().from()).isEqualTo(LocalDate.of(2018, 1, 1));
    }
    assertThat(estate.edges()).hasSize(3);
  }

  @Test
  void aStateOwnedEnterpriseIsMarkedAndItsStateOwnersAreStateBodies() {
    Estate estate = load(EXAMPLES.resolve("bods-package-fi-soe.json"));

    Organization gasgrid = (Organization) estate.node("19f1c5afe9d7").orElseThrow();
    assertThat(gasgrid.name()).isEqualTo("Gasgrid Finland Oy");
    assertThat(gasgrid.seats().incorporation()).isEqualTo("FI");
    assertThat(gasgrid.type()).isEqualTo(OrganizationType.COMPANY);
    assertThat(gasgrid.stateOwned()).as("the state holds 100 % indirectly").isTrue();
    assertThat(((Organization) estate.node("0199c515a699").orElseThrow()).stateOwned())
        .as("the ministry holds 100 %").isTrue();
    Organization ministry = (Organization) estate.node("7ff95ba3682c").orElseThrow();
    assertThat(ministry.type()).isEqualTo(OrganizationType.STATE_BODY);
    assertThat(ministry.stateOwned()).isFalse();
    assertThat(((Organization) estate.node("05ce06ec97b1").orElseThrow()).type()).isEqualTo(OrganizationType.STATE_BODY);

    assertThat(edge(estate, "0199c515a699", "19f1c5afe9d7").terms())
        .isEqualTo(new EdgeTerms.Share(76.5, 76.5, ShareBasis.EQUITY));
    assertThat(edge(estate, "7ff95ba3682c", "19f1c5afe9d7").terms())
        .isEqualTo(new EdgeTerms.Share(23.5, 23.5, ShareBasis.EQUITY));
    assertThat(edge(estate, "7ff95ba3682c", "0199c515a699").terms())
        .isEqualTo(new EdgeTerms.Share(100.0, 100.0, ShareBasis.EQUITY));
    Edge stateControlsMinistry = edge(estate, "05ce06ec97b1", "7ff95ba3682c");
    assertThat(stateControlsMinistry.kind()).isEqualTo(EdgeKind.CONTROLS);
    assertThat(stateControlsMinistry.terms()).isEqualTo(new EdgeTerms.Control(ControlType.STATE));
    assertThat(estate.edges()).as("the state's indirect 100 % is carried by its components").hasSize(4);
  }

  @Test
  void aShareRangeKeepsItsBoundsAndExclusiveBoundsCountAsBounds() {
    Estate owning = load(EXAMPLES.resolve("bods-package-entity-owning-entity.json"));
    assertThat(edge(owning, "e83cce729ada", "12b7dd0770ce").terms())
        .isEqualTo(new EdgeTerms.Share(75.0, 100.0, ShareBasis.EQUITY));

    Estate linking = load(EXAMPLES.resolve("bods-package-linking-annotations.json"));
    assertThat(edge(linking, "0fc263ba4126", "a01c1a0863e2").terms())
        .isEqualTo(new EdgeTerms.Share(25.0, 50.0, ShareBasis.EQUITY));
  }

  @Test
  void votingRightsAndBoardSeatsBecomeTheirOwnEdges() {
    Estate estate = load(EXAMPLES.resolve("tecido.json"));
    List<Edge> maria = estate.edges().stream().filter(e -> e.from().equals("018AF6B3EB")).toList();
    assertThat(maria).extracting(Edge::terms).contains(
        new EdgeTerms.Share(100.0, 100.0, ShareBasis.EQUITY),
        new EdgeTerms.Share(100.0, 100.0, ShareBasis.VOTING),
        new EdgeTerms.Control(ControlType.BOARD));
  }

  @Test
  void aTrustsRolesBecomeControlAndItsAnonymousBeneficiaryAHolderOfUnknownSize() {
    Estate estate = load(EXAMPLES.resolve("levent.json"));
    assertThat(edge(estate, "700c264e", "8e40d059").terms()).isEqualTo(new EdgeTerms.Control(ControlType.DIRECTION));
    assertThat(estate.edges().stream().filter(e -> e.from().equals("d8855000")).map(Edge::terms))
        .containsExactly(new EdgeTerms.Control(ControlType.OTHER), new EdgeTerms.Control(ControlType.DIRECTION));
    assertThat(estate.node("81337a6e").orElseThrow().name()).isEqualTo("anonymous person 81337a6e");
    assertThat(edge(estate, "81337a6e", "8e40d059").terms()).isEqualTo(new EdgeTerms.Share(null, null, ShareBasis.EQUITY));
    assertThat(((Organization) estate.node("8e40d059").orElseThrow()).seats().incorporation()).isEqualTo("FR");
  }

  @Test
  void aSubdivisionJurisdictionCountsAsItsCountry() {
    Estate estate = load(EXAMPLES.resolve("tecido.json"));
    assertThat(((Organization) estate.node("01B68D7633").orElseThrow()).seats().incorporation()).isEqualTo("US");
  }

  @Test
  void laterStatementsSupersedeEarlierOnesAndAClosedRecordEnds() {
    Estate estate = load(EXAMPLES.resolve("fermcat.json"));
    // Riyadh: 50 % from 2019-09-11, restated in 2020, closed with an end date of 2021-04-03.
    assertThat(shareWindows(estate, "per-5faa4103dee78621")).containsExactly(
        "50.0 2019-09-11..2020-09-11", "50.0 2020-09-11..2021-04-03");
    // Patrick: 50 % until the statement of 2022-01-21 says 100 %.
    assertThat(shareWindows(estate, "per-41c0bb0cef246f7c")).containsExactly(
        "50.0 2019-09-11..2020-09-11", "50.0 2020-09-11..2021-09-11", "50.0 2021-09-11..2022-01-21",
        "100.0 2022-01-21..null");
    // Declan: from 2021-04-03 (the day Riyadh's holding ceased), closed with an end date of
    // 2022-01-21: the closing statement of that day adds no window of its own.
    assertThat(shareWindows(estate, "per-e334cc6258e56467")).containsExactly(
        "50.0 2021-04-03..2021-09-11", "50.0 2021-09-11..2022-01-21");
    // A closed person record is still a node: its past holdings name it.
    assertThat(estate.node("per-5faa4103dee78621")).isPresent();
  }

  @Test
  void aClosedRecordWithoutEndDatesEndsOnTheClosingStatementsDate() {
    Estate estate = load(EXAMPLES.resolve("tecido.json"));
    assertThat(shareWindows(estate, "018AF6B3EB")).containsExactly(
        "100.0 2002-03-09..2021-09-25", "40.0 2021-09-25..2022-09-25", "30.0 2022-09-25..2023-03-03");
  }

  @Test
  void relationshipsAloneLoadAndTheirEndsBecomeStubs() throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode all = json.readTree(EXAMPLES.resolve("bods-package.json").toFile());
    Path relationship = temp.resolve("relationship-only.json");
    Files.writeString(relationship, "[" + all.get(2) + "]");

    Estate estate = load(relationship);
    assertThat(estate.edges()).singleElement().satisfies(e -> assertThat(e.id()).startsWith("relationship-only.json#"));
    assertThat(estate.node("c359f58d2977").orElseThrow()).isInstanceOf(Organization.class)
        .satisfies(n -> assertThat(n.provenance().confidence()).isEqualTo(Confidence.DERIVED));
    // A beneficial owner is a natural person.
    assertThat(estate.node("10478c6cf6de").orElseThrow()).isInstanceOf(Person.class);
  }

  @Test
  void relationshipsInOneFileMeetTheirEntitiesInAnother() throws IOException {
    ObjectMapper json = new ObjectMapper();
    JsonNode all = json.readTree(EXAMPLES.resolve("bods-package.json").toFile());
    Path parties = temp.resolve("parties.json");
    Path relationship = temp.resolve("relationship.json");
    Files.writeString(parties, "[" + all.get(0) + "," + all.get(1) + "]");
    Files.writeString(relationship, "[" + all.get(2) + "]");

    Estate estate = load(relationship, parties);
    assertThat(estate.node("c359f58d2977").orElseThrow().name()).isEqualTo("Profitech Ltd");
    Person person = (Person) estate.node("10478c6cf6de").orElseThrow();
    assertThat(person.name()).isEqualTo("Jennifer Hewitson-Smith");
    assertThat(person.aliases()).containsExactly("Jenny Hewitson-Smith");
    assertThat(person.nationalities()).containsExactly("GB");
  }

  @Test
  void jsonLinesReadLikeAPackage() throws IOException {
    Path lines = toJsonLines(EXAMPLES.resolve("joint-ownership.json"), temp.resolve("joint-ownership.jsonl"));
    Estate fromLines = load(lines);
    Estate fromArray = load(EXAMPLES.resolve("joint-ownership.json"));
    assertThat(fromLines.nodes().keySet()).isEqualTo(fromArray.nodes().keySet());
    assertThat(fromLines.edges()).extracting(Edge::terms).isEqualTo(fromArray.edges().stream().map(Edge::terms).toList());
  }

  @Test
  void anInvalidStatementInJsonLinesIsReportedOnItsLine() throws IOException {
    Path lines = toJsonLines(EXAMPLES.resolve("joint-ownership.json"), temp.resolve("bad.jsonl"));
    List<String> text = new ArrayList<>(Files.readAllLines(lines));
    text.set(2, text.get(2).replace("\"shareholding\"", "\"shareholdings\""));
    Files.write(lines, text);

    assertThatThrownBy(() -> load(lines)).isInstanceOfSatisfying(InputException.class, e -> {
      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.line()).isEqualTo(3);
        assertThat(p.column()).isPositive();
        assertThat(p.message()).startsWith("statement 2 at $[2].recordDetails.interests[0].type: property 'type' is "
            + "\"shareholdings\", does not have a value in the enumeration");
      });
    });
  }

  @Test
  void anInvalidFileWritesNothing() throws IOException {
    String valid = Files.readString(EXAMPLES.resolve("bods-package.json"));
    Path broken = temp.resolve("broken.json");
    Files.writeString(broken, valid.replace("\"recordStatus\": \"new\"", "\"recordStatus\": \"newest\""));
    EstateAssembler assembler = new EstateAssembler();

    assertThatThrownBy(() -> new BodsImporter().read(broken, assembler))
        .isInstanceOfSatisfying(InputException.class, e -> assertThat(e.problems()).allSatisfy(p -> {
          assertThat(p.file()).isEqualTo(broken.toString());
          assertThat(p.line()).isPositive();
          assertThat(p.message()).contains("'recordStatus'", "\"newest\"");
        }));
    assertThat(assembler.build("empty").nodes()).isEmpty();
  }

  @Test
  void eachPublisherIsASource() {
    Estate estate = load(EXAMPLES.resolve("bods-package-fi-soe.json"));
    Source source = estate.sources().get("bods:bods-package-fi-soe.json");
    assertThat(source.publisher()).isEqualTo("X Register");
    assertThat(source.url()).isEqualTo("http://www.register.example");
    assertThat(source.title()).contains("bods-package-fi-soe.json", "X Register");
  }

  @Test
  void theFormatIsRecognizedFromTheFirstBytes() throws IOException {
    for (Path example : jsonFiles(EXAMPLES)) {
      byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(example), 4096);
      assertThat(BodsImporter.looksLikeBods(head)).as(example.toString()).isTrue();
    }
    byte[] lines = Files.readAllBytes(toJsonLines(EXAMPLES.resolve("fermcat.json"), temp.resolve("f.jsonl")));
    assertThat(BodsImporter.looksLikeBods(lines)).isTrue();
    assertThat(BodsImporter.looksLikeBods(
        "[{\"statementId\":\"x\",\"statementType\":\"entityStatement\"}]".getBytes(StandardCharsets.UTF_8)))
        .as("BODS 0.2").isTrue();
    assertThat(BodsImporter.looksLikeBods("{\"bomFormat\":\"CycloneDX\",\"specVersion\":\"1.6\"}".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(BodsImporter.looksLikeBods("estate:\n  name: x\n".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(BodsImporter.looksLikeBods("[[[[".getBytes(StandardCharsets.UTF_8))).isFalse();
    assertThat(BodsImporter.looksLikeBods(new byte[0])).isFalse();
    assertThat(BodsImporter.looksLikeBods(null)).isFalse();
  }

  private static Path toJsonLines(Path array, Path target) throws IOException {
    ObjectMapper json = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    json.readTree(array.toFile()).forEach(statement -> lines.append(statement).append('\n'));
    return Files.writeString(target, lines);
  }

  private static Edge edge(Estate estate, String from, String to) {
    return estate.edges().stream().filter(e -> e.from().equals(from) && e.to().equals(to)).findFirst()
        .orElseThrow(() -> new AssertionError("no edge " + from + " -> " + to + " in " + estate.edges()));
  }

  /** The equity holdings of {@code owner} as "share from..until", in order. */
  private static List<String> shareWindows(Estate estate, String owner) {
    return estate.edges().stream()
        .filter(e -> e.from().equals(owner) && e.terms() instanceof EdgeTerms.Share s && s.basis() == ShareBasis.EQUITY)
        .map(e -> ((EdgeTerms.Share) e.terms()).min() + " " + e.validity().from() + ".." + e.validity().until())
        .toList();
  }
}
