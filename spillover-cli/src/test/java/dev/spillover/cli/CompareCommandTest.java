package dev.spillover.cli;

import static dev.spillover.cli.CliRun.ACME;
import static dev.spillover.cli.CliRun.spillover;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code spillover compare} on the bundled Acme example's scenarios, with the answers worked by
 * hand from the estate and the packs; the exit codes and messages for bad input. The exact text is
 * checked by {@link CompareGoldenOutputTest}.
 */
class CompareCommandTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  static final Path SCENARIOS = Path.of(ACME, "scenarios");
  static final String AS_ANNOUNCED = SCENARIOS.resolve("1-as-announced.yaml").toString();
  static final String BROAD = SCENARIOS.resolve("2-broad.yaml").toString();
  static final String ZERO = SCENARIOS.resolve("3-zero-tolerance.yaml").toString();

  private static JsonNode compareJson(String... more) throws IOException {
    List<String> args = new ArrayList<>(List.of("compare", ACME));
    args.addAll(List.of(more));
    args.addAll(List.of("--format", "json"));
    CliRun run = spillover(args.toArray(String[]::new));
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.err()).isEmpty();
    return JSON.readTree(run.out());
  }

  /**
   * As announced to broad, worked by hand: listing Lenovo under section 889 makes the laptops
   * system (which uses ThinkPads, manufactured by Lenovo) and the ThinkPads themselves prohibited;
   * Huawei withdrawing its routers from 2020-09-15 leaves the branch network no path to Huawei on
   * 2020-09-21, so its section 889 prohibition goes. The routers themselves stay prohibited for
   * procurement: they are still manufactured by Huawei.
   */
  @Test
  void broadAddsTheLenovoProhibitionsAndTheWithdrawalRemovesTheBranchNetworkOne() throws IOException {
    JsonNode json = compareJson("--scenario", AS_ANNOUNCED, "--scenario", BROAD);

    List<String> differences = new ArrayList<>();
    for (JsonNode difference : json.get("differences")) {
      differences.add(difference.at("/subject/id").asText() + " " + difference.get("rule").asText() + ": "
          + difference.at("/before/outcome").asText() + " -> " + difference.at("/after/outcome").asText()
          + " by change " + difference.at("/reasons/0/change").asText());
    }
    assertThat(differences).containsExactly(
        "acme-branch-network use-by-contractor: prohibited -> not-matched by change 2",
        "acme-workplace use-by-contractor: not-matched -> prohibited by change 1",
        "thinkpad-laptops procurement: not-matched -> prohibited by change 1");
    assertThat(json.at("/scenarios/0/subjects/prohibited").asInt()).isEqualTo(4);
    assertThat(json.at("/scenarios/1/subjects/prohibited").asInt()).isEqualTo(5);
    assertThat(json.at("/differences/1/evidence/after/0/paths/0").asText())
        .isEqualTo("Employee laptops → uses → Lenovo ThinkPad laptops → is manufactured by → Lenovo Group Limited");
  }

  @Test
  void zeroToleranceProhibitsEverySubjectWithAnExposurePathAndSaysThePackMadeTheDifference() throws IOException {
    JsonNode json = compareJson("--scenario", AS_ANNOUNCED, "--scenario", ZERO);

    // Six systems, the app, the dataset and seven third-party products or components: 15 subjects. Left: the
    // three safeguards exposed to no one (security monitoring, backup, card payments).
    assertThat(json.at("/scenarios/1/subjects/prohibited").asInt()).isEqualTo(15);
    assertThat(json.at("/scenarios/1/subjects/left").asInt()).isEqualTo(3);
    assertThat(json.get("differences")).allSatisfy(d ->
        assertThat(d.at("/reasons/0/kind").asText()).isEqualTo("pack"));
  }

  @Test
  void comparesEachScenarioWithTheFirstWhenAsked() throws IOException {
    JsonNode json = compareJson("--scenario", AS_ANNOUNCED, "--scenario", BROAD, "--scenario", ZERO,
        "--against", "first");

    assertThat(json.get("baseline").asText()).isEqualTo("first");
    assertThat(json.get("differences")).allSatisfy(d -> assertThat(d.get("from").asText()).isEqualTo("as announced"));
  }

  @Test
  void aChangeNamingSomethingNotInTheEstateIsBadInputNamingTheFileThePlaceAndTheId(@TempDir Path dir)
      throws IOException {
    Path scenario = dir.resolve("typo.yaml");
    Files.writeString(scenario, """
        name: typo
        asOf: 2020-09-21
        packs: [ndaa-889]
        changes:
          - {change: withdraw, vendor: huawei, from: 2020-09-15, reason: r}
        """, StandardCharsets.UTF_8);

    CliRun run = spillover("compare", ACME, "--scenario", AS_ANNOUNCED, "--scenario", scenario.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("spillover: " + scenario + ":5:5: scenario 'typo', change 1 (withdraw): 'vendor'"
        + " names 'huawei', which is not a node of the estate");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "compare | Missing required",
      "compare --scenario x.yaml | Missing required parameter: 'ESTATE_DIR'",
      "compare ../examples/acme-2020 --scenario no-such.yaml | no-such.yaml: no such scenario file",
      "compare ../examples/acme-2020 --scenario no-such.yaml --format pdf | Invalid value for option '--format'"})
  void badUsageExitsWith2(String args, String message) {
    CliRun run = spillover(args.split(" "));

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(2);
    assertThat(run.err()).contains(message);
  }

  @Test
  void writesTheComparisonToAFileWhenAsked(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("compare.json");

    CliRun run = spillover("compare", ACME, "--scenario", AS_ANNOUNCED, "--scenario", BROAD, "--format", "json",
        "--out", out.toString());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).isEqualTo("spillover: wrote the comparison of 2 scenarios (3 differences) to " + out + "\n");
    assertThat(JSON.readTree(out.toFile()).get("schema").asText()).isEqualTo("spillover-compare/1");
  }
}
