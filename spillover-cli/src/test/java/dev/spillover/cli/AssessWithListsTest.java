package dev.spillover.cli;

import static dev.spillover.cli.CliRun.spillover;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spillover assess ESTATE --list ...} end to end: an estate folder written here whose
 * systems use services operated by parties that are, or nearly are, on a restricted-party list; a
 * pack whose condition asks for the list ({@code 'ofac-sdn' in exposure.party.lists}); the real
 * OFAC SDN list of {@code ../../shared/data} (once: it takes a second or two to load), two of its
 * rows in OFAC's legacy CSV written here, and the fictional list of {@code src/test/resources/screen/}.
 */
class AssessWithListsTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String SDN = Path.of("..", "..", "shared", "data", "ofac-sdn").toString();
  private static final Path DATA = Path.of("..", "..", "shared", "data");
  private static final String WATCH_LIST = Path.of("src", "test", "resources", "screen", "watch-list.csv").toString();

  @TempDir
  Path folder;

  private Path estate;
  private Path pack;
  /** Two rows of the SDN list in OFAC's legacy CSV, with their companion files: fast to load. */
  private Path smallSdn;

  @BeforeEach
  void writeTheEstateAndThePack() throws IOException {
    estate = Files.createDirectories(folder.resolve("estate"));
    Files.writeString(estate.resolve("estate.yaml"), """
        estate:
          name: Screened estate (fictional)
          owner: acme
        defaults:
          source: inventory
          asOf: 2024-01-01
        sources:
          - id: inventory
            title: Inventory (fictional)
        organizations:
          - {id: acme, name: Acme Retail Inc., incorporatedIn: US}
          - {id: bnc, name: Banco Nacional de Cuba}
          - {id: aero, name: Aerocaribbean Airline}
          - {id: southwind, name: Southwind Shipping, aliases: [Southwind Shipping LLC]}
        systems:
          - {id: payments, name: Payments}
          - {id: travel, name: Travel booking}
          - {id: logistics, name: Logistics}
        products:
          - {id: wires, name: Correspondent wires}
          - {id: flights, name: Charter flights}
          - {id: freight, name: Sea freight}
        edges:
          - {kind: operates, from: bnc, to: wires}
          - {kind: uses, from: payments, to: wires}
          - {kind: operates, from: aero, to: flights}
          - {kind: uses, from: travel, to: flights}
          - {kind: operates, from: southwind, to: freight}
          - {kind: uses, from: logistics, to: freight}
        """);
    pack = Files.writeString(folder.resolve("blocked.yaml"), """
        pack: {id: blocked, title: Blocked parties (test), citation: Test}
        rules:
          - id: sdn
            title: A system depends on a party on the SDN list
            citation: Test
            scope: [system]
            verdict: prohibited
            condition: "'ofac-sdn' in exposure.party.lists"
          - id: watch
            title: A system depends on a party on the watch list
            citation: Test
            scope: [system]
            verdict: review
            condition: "'us-csl' in exposure.party.lists"
        """);
    smallSdn = Files.createDirectories(folder.resolve("sdn"));
    Files.writeString(smallSdn.resolve("sdn.csv"), """
        36,"AEROCARIBBEAN AIRLINES",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0-\s
        306,"BANCO NACIONAL DE CUBA",-0- ,"CUBA",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,"a.k.a. 'BNC'."
        """);
    Files.writeString(smallSdn.resolve("alt.csv"), """
        306,220,"aka","NATIONAL BANK OF CUBA",-0-\s
        """);
    Files.writeString(smallSdn.resolve("add.csv"), """
        36,25,-0- ,"Havana","Cuba",-0-\s
        306,199,"Zweierstrasse 35","Zurich CH-8022","Switzerland",-0-\s
        """);
  }

  @Test
  void aScreeningMatchIsAListingTheConditionSeesWithItsScoreAndNameInTheEvidence() throws IOException {
    CliRun run = assess("--list", SDN, "--format", "json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    List<JsonNode> findings = findings(JSON.readTree(run.out()));
    assertThat(findings).extracting(f -> f.at("/subject/id").asText()).containsExactly("payments");
    JsonNode evidence = findings.get(0).at("/evidence/0");
    assertThat(evidence.at("/party/id").asText()).isEqualTo("bnc");
    JsonNode listing = evidence.at("/listings/0");
    assertThat(listing.get("list").asText()).isEqualTo("ofac-sdn");
    assertThat(listing.get("title").asText()).startsWith("OFAC Specially Designated Nationals");
    assertThat(listing.get("pack").isNull()).as("no pack defines it").isTrue();
    assertThat(listing.get("source").asText()).endsWith("sdn.csv");
    assertThat(listing.get("basis").asText()).startsWith("screening match 0.750 (MATCH from 0.70): name"
        + " 'Banco Nacional de Cuba' ~ entry 306 'BANCO NACIONAL DE CUBA' (")
        .endsWith("sdn.csv:3; programs CUBA; name +0.600, name.exact +0.150)");
  }

  @Test
  void aParentTheListNamesBecomesAnOwnerAndTheExposureReachesIt() throws IOException {
    // The DoD 1260H list (a CC BY-NC test fixture) names AVIC as the parent of AVIC Heavy Machinery.
    Path other = Files.createDirectories(folder.resolve("supplier"));
    Files.writeString(other.resolve("estate.yaml"), """
        estate:
          name: Supplier estate (fictional)
        defaults:
          source: inventory
          asOf: 2024-01-01
        sources:
          - id: inventory
            title: Inventory (fictional)
        organizations:
          - {id: heavy, name: AVIC Heavy Machinery Company Limited}
        systems:
          - {id: plant, name: Plant}
        products:
          - {id: press, name: Hydraulic press}
        edges:
          - {kind: manufactures, from: heavy, to: press}
          - {kind: uses, from: plant, to: press}
        """);
    Path dodPack = Files.writeString(folder.resolve("dod.yaml"), """
        pack: {id: dod, title: 1260H (test), citation: Test}
        rules:
          - id: owner-listed
            title: A system depends on a 1260H company or on what one owns
            citation: Test
            scope: [system]
            verdict: review
            condition: "'dod-1260h' in exposure.party.lists"
        """);
    CliRun run = spillover("assess", other.toString(), "--pack", dodPack.toString(), "--as-of", "2024-06-01",
        "--list", DATA.resolve("us-special-lists").resolve("dod_1260h_chinese_military_companies.csv").toString(),
        "--format", "json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).contains("the lists name owners of matched parties: 1 ownership link added (unknown share),"
        + " 1 of them to a party not in the estate");
    List<JsonNode> findings = findings(JSON.readTree(run.out()));
    assertThat(findings).extracting(f -> f.at("/subject/id").asText()).containsExactly("plant");
    List<JsonNode> evidence = new java.util.ArrayList<>();
    findings.get(0).get("evidence").forEach(evidence::add);
    assertThat(evidence).extracting(e -> e.at("/party/name").asText())
        .containsExactly("AVIC Heavy Machinery Company Limited", "Aviation Industry Corporation of China Ltd.");
    assertThat(evidence.get(1).at("/listings/0/basis").asText()).contains("named as the parent of entry");
  }

  @Test
  void reportsMatchesAndReviewCandidatesOnStandardErrorAndMakesNoFactOfAReview() {
    CliRun run = assess("--list", smallSdn.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEqualTo("spillover: screened 4 parties (5 names) against 2 entries of ofac-sdn in"
        + " effect on 2024-06-01: 1 match (listed for the packs), 1 for review (not facts: check them):\n"
        + "  MATCH   0.750  Banco Nacional de Cuba [bnc] ~ ofac-sdn/306 BANCO NACIONAL DE CUBA\n"
        + "  REVIEW  0.563  Aerocaribbean Airline [aero] ~ ofac-sdn/36 AEROCARIBBEAN AIRLINES\n");
    assertThat(run.out()).contains("prohibited  in-force  blocked/sdn  Payments (payments)")
        .contains("   listed   ofac-sdn: screening match 0.750 (MATCH from 0.70): name 'Banco Nacional de Cuba'")
        .doesNotContain("Travel booking");
  }

  @Test
  void aLowerScreenThresholdTurnsTheReviewIntoAListing() throws IOException {
    CliRun run = assess("--list", smallSdn.toString(), "--screen-threshold", "0.55", "--format", "json");

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(findings(JSON.readTree(run.out()))).extracting(f -> f.at("/subject/id").asText())
        .containsExactlyInAnyOrder("payments", "travel");
    assertThat(run.err()).contains("2 matches (listed for the packs), 0 for review");
  }

  @Test
  void onlyEntriesInEffectOnTheDayAreListingsWithTheirDateInTheEvidence() throws IOException {
    CliRun in2017 = spillover("assess", estate.toString(), "--pack", pack.toString(), "--list", WATCH_LIST,
        "--as-of", "2017-06-01", "--format", "json");
    CliRun in2024 = assess("--list", WATCH_LIST, "--format", "json");

    assertThat(in2017.exitCode()).as(in2017.toString()).isZero();
    List<JsonNode> findings = findings(JSON.readTree(in2017.out()));
    assertThat(findings).extracting(f -> f.get("rule").asText() + " " + f.at("/subject/id").asText())
        .containsExactly("watch logistics");
    assertThat(findings.get(0).at("/evidence/0/listings/0/since").asText()).isEqualTo("2015-03-01");
    assertThat(findings.get(0).at("/evidence/0/listings/0/basis").asText())
        .contains("name 'Southwind Shipping' ~ entry 103 'Southwind Shipping LLC'");
    assertThat(findings(JSON.readTree(in2024.out()))).as("delisted at the end of 2018").isEmpty();
    assertThat(in2024.err()).contains("against 2 entries of us-csl in effect on 2024-06-01: 0 matches");
  }

  @Test
  void showsTheScreeningMatchInTheHtmlReport() throws IOException {
    Path report = folder.resolve("report.html");

    CliRun run = assess("--list", smallSdn.toString(), "--format", "html", "--out", report.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(Files.readString(report)).contains("on ofac-sdn: screening match 0.750 (MATCH from 0.70)");
  }

  @Test
  void withoutListsNothingIsScreenedAndNothingIsSaid() {
    CliRun run = assess();

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).contains("0 findings");
  }

  @Test
  void aMissingListFileIsNamedAndNothingIsAssessed() {
    CliRun run = assess("--list", "no-such-list");

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("spillover: no-such-list: no such file or folder, expected a restricted-party"
        + " list or a folder of them\n");
  }

  @Test
  void aScreenThresholdWithoutAListOrOutOfRangeIsRefused() {
    CliRun alone = assess("--screen-threshold", "0.8");
    CliRun zero = assess("--list", WATCH_LIST, "--screen-threshold", "0");

    assertThat(alone.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(alone.err()).startsWith("spillover: --screen-threshold applies to the screening of --list, and no"
        + " --list is given\n");
    assertThat(zero.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(zero.err()).startsWith("spillover: --screen-threshold 0.0 is out of range, expected a score above 0"
        + " and at most 1");
  }

  private CliRun assess(String... more) {
    List<String> args = new ArrayList<>(List.of("assess", estate.toString(), "--pack", pack.toString(),
        "--as-of", "2024-06-01"));
    args.addAll(List.of(more));
    return spillover(args.toArray(String[]::new));
  }

  private static List<JsonNode> findings(JsonNode report) {
    return StreamSupport.stream(report.get("findings").spliterator(), false).toList();
  }
}
