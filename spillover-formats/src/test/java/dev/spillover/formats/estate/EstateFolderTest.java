package dev.spillover.formats.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.model.Confidence;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.Organization;
import dev.spillover.model.Provenance;
import dev.spillover.model.ReplacementCost;
import dev.spillover.model.SystemAsset;
import dev.spillover.model.Validity;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * The estate folder loader. Broken estates live in {@code src/test/resources/broken-estates/<case>/}:
 * YAML files plus an {@code expected.txt} with one line per problem, in the order reported,
 * {@code file:line:column: part of the message} ({@code .:0:0} for the folder itself,
 * {@code {dir}} for the case folder as passed to the loader, {@code #} for comments).
 */
class EstateFolderTest {
  private static final Path BROKEN_ESTATES = resource("/broken-estates");
  private static final Pattern EXPECTED = Pattern.compile("(\\S+:\\d+:\\d+): (.*)");

  @TestFactory
  Stream<DynamicTest> everyBrokenEstateIsRefusedWithExactlyItsExpectedProblems() throws IOException {
    try (Stream<Path> cases = Files.list(BROKEN_ESTATES)) {
      return cases.sorted().toList().stream()
          .map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> assertRefused(folder)));
    }
  }

  @Test
  void theBrokenEstateCorpusCoversEveryRequiredCase() {
    assertThat(BROKEN_ESTATES.toFile().list()).contains(
        "unknown-country-code", "dangling-edge-reference", "share-out-of-range", "shares-over-100",
        "duplicate-node-id", "edge-between-wrong-kinds", "unknown-edge-kind", "unknown-key",
        "missing-provenance", "undefined-source", "validity-out-of-order", "waiver-unknown-subject",
        "no-estate-section", "owner-not-an-organization", "syntax-error", "several-problems", "replacement-cost");
  }

  private static void assertRefused(Path folder) throws IOException {
    List<String> expected = Files.readAllLines(folder.resolve("expected.txt")).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#"))
        .map(line -> line.replace("{dir}", folder.toString()))
        .toList();
    assertThat(expected).as("expected.txt of %s", folder.getFileName()).isNotEmpty()
        .allMatch(line -> EXPECTED.matcher(line).matches());

    List<String> actual = problemsOf(folder);
    // An actual line that matches its expected line is shown as the expected line, so that a
    // failure lists the full text of exactly the problems that differ.
    List<String> shown = new ArrayList<>();
    for (int i = 0; i < actual.size(); i++) {
      shown.add(i < expected.size() && matches(actual.get(i), expected.get(i)) ? expected.get(i) : actual.get(i));
    }
    assertThat(shown).as("problems of %s", folder.getFileName()).containsExactlyElementsOf(expected);
  }

  private static boolean matches(String actual, String expected) {
    Matcher parts = EXPECTED.matcher(expected);
    return parts.matches() && actual.startsWith(parts.group(1) + ": ")
        && actual.substring(parts.group(1).length() + 2).contains(parts.group(2));
  }

  /** {@code file:line:column: message}, the file relative to {@code folder} ("." for the folder itself). */
  private static String located(Path folder, Problem problem) {
    String file = problem.file().equals(folder.toString())
        ? "."
        : folder.relativize(Path.of(problem.file())).toString().replace('\\', '/');
    return file + ":" + problem.line() + ":" + problem.column() + ": " + problem.message();
  }

  @Test
  void aDanglingReferenceIsReportedAtTheValueThatNamesIt() {
    Path folder = BROKEN_ESTATES.resolve("dangling-edge-reference");

    InputException thrown = catchThrowableOfType(InputException.class, () -> EstateFolder.load(folder));

    Problem first = thrown.problems().get(0);
    assertThat(first.file()).isEqualTo(folder.resolve("edges.yaml").toString());
    assertThat(first.line()).isEqualTo(5);
    assertThat(first.column()).isEqualTo(33);
    assertThat(first.message()).endsWith("(did you mean 'acme-app'?)");
    assertThat(thrown.getMessage()).startsWith("2 problems:\n  " + folder.resolve("edges.yaml") + ":5:33: uses edge:");
  }

  @Test
  void anOwnerOfTheWrongKindIsNamedWithItsKindAndNotSuggestedAsItself() {
    Path folder = BROKEN_ESTATES.resolve("owner-not-an-organization");

    InputException thrown = catchThrowableOfType(InputException.class, () -> EstateFolder.load(folder));

    assertThat(thrown.problems()).singleElement().extracting(Problem::message).asString()
        .doesNotContain("did you mean 'pos'").contains("system");
  }

  @Test
  void aKeyGivenTwiceInANodeIsRefused(@TempDir Path folder) throws IOException {
    tinyEstate(folder, """
        organizations:
          - {id: supplier, name: Supplier, incorporatedIn: US, incorporatedIn: CN}
        """);

    assertThat(problemsOf(folder)).singleElement().asString().startsWith("more.yaml:3:").contains("duplicate");
  }

  @Test
  void anEdgeIdUsedTwiceIsRefused(@TempDir Path folder) throws IOException {
    tinyEstate(folder, """
        edges:
          - {id: e1, kind: operates, from: acme, to: pos}
          - {id: e1, kind: uses, from: pos, to: acme-app}
        """);

    assertThat(problemsOf(folder)).singleElement().asString().startsWith("more.yaml:4:").contains("'e1'");
  }

  @Test
  void aDataTransferNamingAnUnknownDatasetIsRefused(@TempDir Path folder) throws IOException {
    tinyEstate(folder, """
        datasets:
          - {id: visits, name: Store visits}
        edges:
          - {kind: transfers_data, from: pos, to: vendor, dataset: vistis}
        """);

    assertThat(problemsOf(folder)).singleElement().asString().startsWith("more.yaml:5:").contains("'vistis'");
  }

  @Test
  void aComplementsEdgeReadsItsRatioAndTheUsersItAppliesTo(@TempDir Path folder) throws IOException {
    tinyEstate(folder, """
        edges:
          - {kind: complements, from: acme-app, to: pos, ratio: 20, users: 2100000}
          - {kind: complements, from: pos, to: acme-app}
        """);

    List<Edge> complements = EstateFolder.load(folder).edges().stream()
        .filter(e -> e.kind() == dev.spillover.model.EdgeKind.COMPLEMENTS).toList();
    assertThat(complements).extracting(Edge::terms).containsExactly(
        new EdgeTerms.Complement(20, 2_100_000L), new EdgeTerms.Complement(1, null));
    assertThat(((EdgeTerms.Complement) complements.get(0).terms()).lossShare()).isEqualTo(20.0 / 21);
  }

  @Test
  void aComplementsEdgeWithUsersThatAreNotACountIsRefused(@TempDir Path folder) throws IOException {
    tinyEstate(folder, """
        edges:
          - {kind: complements, from: acme-app, to: pos, ratio: 20, users: many}
        """);

    assertThat(problemsOf(folder)).singleElement().asString().startsWith("more.yaml:3:").contains("'many'");
  }

  @Test
  void theScenariosFolderIsNotReadAsPartOfTheEstateButAnyOtherSubFolderIs(@TempDir Path folder) throws IOException {
    tinyEstate(folder, "organizations:\n  - {id: other, name: Other}\n");
    Files.createDirectories(folder.resolve("scenarios"));
    Files.writeString(folder.resolve("scenarios").resolve("broad.yaml"), "name: broad\nasOf: 2020-01-01\n");
    Files.createDirectories(folder.resolve("more"));
    Files.writeString(folder.resolve("more").resolve("x.yaml"), "organizations:\n  - {id: x, name: X, source: inventory, asOf: 2020-01-01}\n");

    assertThat(EstateFolder.load(folder).nodes()).containsKeys("other", "x").hasSize(6);
  }

  /** Writes the tiny estate of the broken corpus (acme, vendor, pos, acme-app) plus {@code more.yaml}. */
  private static void tinyEstate(Path folder, String more) throws IOException {
    Path base = BROKEN_ESTATES.resolve("dangling-edge-reference");
    Files.copy(base.resolve("estate.yaml"), folder.resolve("estate.yaml"));
    Files.copy(base.resolve("acme.yaml"), folder.resolve("acme.yaml"));
    assertThat(EstateFolder.load(folder).nodes()).as("the tiny estate alone loads").hasSize(4);
    Files.writeString(folder.resolve("more.yaml"), "defaults: {source: inventory, asOf: 2020-01-01}\n" + more);
  }

  private static List<String> problemsOf(Path folder) {
    InputException thrown = catchThrowableOfType(InputException.class, () -> EstateFolder.load(folder));
    assertThat(thrown).as("the estate is refused").isNotNull();
    return thrown.problems().stream().map(problem -> located(folder, problem)).toList();
  }

  @Test
  void anAssetsReplacementCostIsAnExactAmountWithItsOwnSourceOrTheNodes(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("estate.yaml"), """
        estate: {name: Costs}
        sources: [{id: s, title: S}, {id: plan, title: Planning estimate (fictional)}]
        defaults: {source: s, asOf: 2025-01-01}
        systems:
          - {id: pos, name: POS, replacementCost: {amount: 1_250_000.10, currency: USD, source: plan, asOf: 2024-06-01}}
        products:
          - {id: app, name: App, replacementCost: {amount: "0.1", currency: EUR}}
          - {id: sdk, name: SDK}
        components:
          - {id: lib, name: Lib, asOf: 2023-03-03, replacementCost: {amount: 300, currency: JPY, confidence: derived}}
        """);

    Estate estate = EstateFolder.load(folder);

    assertThat(ReplacementCost.of(estate.nodes().get("pos"))).isEqualTo(new ReplacementCost(new BigDecimal("1250000.10"), "USD",
        new Provenance("plan", LocalDate.of(2024, 6, 1), Confidence.DECLARED)));
    // 0.1 exactly, not the double nearest to it; source and date are the node's (here the file's defaults).
    assertThat(ReplacementCost.of(estate.nodes().get("app"))).isEqualTo(new ReplacementCost(new BigDecimal("0.1"), "EUR",
        new Provenance("s", LocalDate.of(2025, 1, 1), Confidence.DECLARED)));
    assertThat(ReplacementCost.of(estate.nodes().get("sdk"))).isNull();
    assertThat(ReplacementCost.of(estate.nodes().get("lib"))).isEqualTo(new ReplacementCost(new BigDecimal("300"), "JPY",
        new Provenance("s", LocalDate.of(2023, 3, 3), Confidence.DERIVED)));
  }

  @Test
  void usesDependsOnAndEmbedsEdgesDeclareHowTheSupplierCanChangeTheProduct(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("estate.yaml"), """
        estate: {name: Changes}
        sources: [{id: s, title: S}]
        defaults: {source: s, asOf: 2025-01-01}
        systems: [{id: pos, name: POS}]
        products:
          - {id: app, name: App, type: app}
          - {id: sdk, name: SDK, type: sdk}
          - {id: lib, name: Lib, type: software}
        edges:
          - {kind: uses, from: pos, to: app, purposes: [payments], changes: [auto-update, remote-config]}
          - {kind: embeds, from: app, to: sdk, changes: remote-config}
          - {kind: depends_on, from: app, to: lib, scope: required, changes: [firmware-update]}
          - {kind: embeds, from: sdk, to: lib}
        """);

    Estate estate = EstateFolder.load(folder);

    assertThat(estate.edges()).extracting(Edge::terms).containsExactly(
        new EdgeTerms.Usage(List.of("payments"), List.of(EdgeTerms.Change.AUTO_UPDATE, EdgeTerms.Change.REMOTE_CONFIG)),
        new EdgeTerms.Embedding(List.of(EdgeTerms.Change.REMOTE_CONFIG)),
        new EdgeTerms.Dependency("required", List.of(EdgeTerms.Change.FIRMWARE_UPDATE)),
        EdgeTerms.NONE);
    assertThat(estate.edges().get(3).terms().changes()).isEmpty();
  }

  @Test
  void anUnknownChangeIsRefused(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("estate.yaml"), """
        estate: {name: Changes}
        sources: [{id: s, title: S}]
        defaults: {source: s, asOf: 2025-01-01}
        products:
          - {id: app, name: App, type: app}
          - {id: sdk, name: SDK, type: sdk}
        edges:
          - {kind: embeds, from: app, to: sdk, changes: [over-the-air]}
        """);

    InputException thrown = catchThrowableOfType(() -> EstateFolder.load(folder), InputException.class);

    assertThat(thrown.problems()).singleElement().extracting(Problem::message).asString()
        .contains("unknown change 'over-the-air'", "auto-update, remote-config, firmware-update");
  }

  @Test
  void aValidTinyEstateLoadsWithItsNodesEdgesProvenanceAndDefaults(@TempDir Path folder) throws IOException {
    Files.writeString(folder.resolve("estate.yaml"), """
        estate:
          name: Tiny
          description: A small but complete estate
          owner: acme
        sources:
          - id: inventory
            title: Inventory
            published: 2020-06-01
          - {id: filing, title: Annual report}
        """);
    Files.createDirectories(folder.resolve("parts"));
    Files.writeString(folder.resolve("parts/nodes.yml"), """
        defaults:
          source: inventory
          asOf: 2020-08-01
        systems:
          - {id: pos, name: Point of sale, criticality: critical, users: 4_200}
        products:
          - {id: app, name: App, type: app, identifiers: {appId: com.example.app}}
        organizations:
          - {id: acme, name: Acme Inc., aliases: [Acme], incorporatedIn: US}
          - id: parent
            name: Parent Ltd.
            incorporatedIn: KY
            headquarteredIn: CN
            stateOwned: true
            source: filing
            asOf: 2019-12-31
        edges:
          - {kind: owns, from: parent, to: acme, share: 51.5, source: filing, asOf: 2019-12-31, validFrom: 2018-01-01}
          - {id: pos-uses-app, kind: uses, from: pos, to: app, purposes: [payments]}
          - {kind: operates, from: acme, to: pos, confidence: derived}
        waivers:
          - {id: w1, pack: us-889, subject: app, reason: Replacement ordered, until: 2021-01-01}
        """);

    Estate estate = EstateFolder.load(folder);

    assertThat(estate.name()).isEqualTo("Tiny");
    assertThat(estate.description()).isEqualTo("A small but complete estate");
    assertThat(estate.owner()).contains("acme");
    assertThat(estate.sources()).containsOnlyKeys("inventory", "filing");
    assertThat(estate.sources().get("inventory").published()).isEqualTo(LocalDate.of(2020, 6, 1));
    // node sections are read in a fixed order within a file: organizations before products before systems
    assertThat(estate.nodes()).containsOnlyKeys("acme", "parent", "app", "pos");
    assertThat(List.copyOf(estate.nodes().keySet())).containsExactly("acme", "parent", "app", "pos");
    Organization parent = (Organization) estate.nodes().get("parent");
    assertThat(parent.seats().all()).containsExactly("KY", "CN");
    assertThat(parent.stateOwned()).isTrue();
    assertThat(parent.provenance()).isEqualTo(new Provenance("filing", LocalDate.of(2019, 12, 31), Confidence.DECLARED));
    Organization acme = (Organization) estate.nodes().get("acme");
    assertThat(acme.provenance()).isEqualTo(new Provenance("inventory", LocalDate.of(2020, 8, 1), Confidence.DECLARED));
    assertThat(acme.aliases()).containsExactly("Acme");
    assertThat(acme.type()).isEqualTo(Organization.OrganizationType.COMPANY);
    SystemAsset pos = (SystemAsset) estate.nodes().get("pos");
    assertThat(pos.criticality()).isEqualTo(SystemAsset.Criticality.CRITICAL);
    assertThat(pos.users()).isEqualTo(4200L);
    assertThat(estate.nodes().get("app").identifiers()).containsEntry("appId", "com.example.app");

    assertThat(estate.edges()).extracting(Edge::id, Edge::kind, Edge::from, Edge::to).containsExactly(
        tuple("parts/nodes.yml#1", EdgeKind.OWNS, "parent", "acme"),
        tuple("pos-uses-app", EdgeKind.USES, "pos", "app"),
        tuple("parts/nodes.yml#3", EdgeKind.OPERATES, "acme", "pos"));
    Edge owns = estate.edges().get(0);
    assertThat(owns.terms()).isEqualTo(new EdgeTerms.Share(51.5, 51.5, EdgeTerms.ShareBasis.EQUITY));
    assertThat(owns.validity()).isEqualTo(new Validity(LocalDate.of(2018, 1, 1), null));
    assertThat(owns.provenance().source()).isEqualTo("filing");
    assertThat(estate.edges().get(1).terms()).isEqualTo(new EdgeTerms.Usage(List.of("payments")));
    assertThat(estate.edges().get(1).validity()).isEqualTo(Validity.ALWAYS);
    assertThat(estate.edges().get(2).provenance())
        .isEqualTo(new Provenance("inventory", LocalDate.of(2020, 8, 1), Confidence.DERIVED));

    assertThat(estate.waivers()).singleElement().satisfies(waiver -> {
      assertThat(waiver.subject()).isEqualTo("app");
      assertThat(waiver.until()).isEqualTo(LocalDate.of(2021, 1, 1));
      assertThat(waiver.source()).as("the file's default source").isEqualTo("inventory");
    });
  }

  @Test
  void theBundledAcmeExampleLoads() {
    Path example = Path.of("..", "examples", "acme-2020");

    Estate estate = EstateFolder.load(example);

    assertThat(estate.name()).isEqualTo("Acme Retail (fictional, 2020)");
    assertThat(estate.owner()).contains("acme");
    assertThat(estate.nodes()).containsKeys("acme", "acme-pos", "bytedance", "tiktok", "acme-app");
    assertThat(estate.edges()).anySatisfy(edge -> {
      assertThat(edge.kind()).isEqualTo(EdgeKind.USES);
      assertThat(edge.from()).isEqualTo("acme-marketing");
      assertThat(edge.to()).isEqualTo("tiktok");
    });
    assertThat(estate.edges()).allSatisfy(edge ->
        assertThat(estate.sources()).containsKey(edge.provenance().source()));
  }

  @Test
  void aFolderThatDoesNotExistIsRefused(@TempDir Path dir) {
    Path missing = dir.resolve("missing");

    assertThatThrownBy(() -> EstateFolder.load(missing))
        .isInstanceOf(InputException.class)
        .hasMessage(missing + ": no such folder");
  }

  @Test
  void aFileInsteadOfAFolderIsRefused(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("estate.yaml"), "estate: {name: x}\n");

    assertThatThrownBy(() -> EstateFolder.load(file))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("not a folder");
  }

  @Test
  void aFolderWithoutYamlFilesIsRefused(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("README.md"), "# not an estate\n");

    assertThatThrownBy(() -> EstateFolder.load(dir))
        .isInstanceOf(InputException.class)
        .hasMessage(dir + ": no .yaml or .yml files: expected an estate folder");
  }

  private static Path resource(String name) {
    try {
      return Path.of(Objects.requireNonNull(EstateFolderTest.class.getResource(name), name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
