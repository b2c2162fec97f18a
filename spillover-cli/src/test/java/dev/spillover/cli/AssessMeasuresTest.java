package dev.spillover.cli;

import static dev.spillover.cli.CliRun.ACME;
import static dev.spillover.cli.CliRun.assessAcme;
import static dev.spillover.cli.CliRun.spillover;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The CIA levels and critical-infrastructure measures through {@code spillover assess}: the Acme
 * example's own policy pack (examples/acme-2020/packs/) reads them, so the default run shows the
 * auto-updating SDK and the critical systems with and without a substitute; {@code --cia-rules}
 * and {@code --ci-rules} replace the bundled rules, and a bad rules file is named with its place.
 */
class AssessMeasuresTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String DAY = "2020-09-21";

  private static JsonNode json(CliRun run) {
    assertThat(run.exitCode()).as(run.toString()).isZero();
    try {
      return JSON.readTree(run.out());
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static JsonNode finding(JsonNode report, String rule, String subject) {
    for (JsonNode finding : report.get("findings")) {
      if (finding.get("rule").asText().equals(rule) && finding.at("/subject/id").asText().equals(subject)) {
        return finding;
      }
    }
    throw new AssertionError("no finding " + rule + " on " + subject);
  }

  private static List<String> texts(JsonNode array) {
    List<String> texts = new ArrayList<>();
    array.forEach(node -> texts.add(node.asText()));
    return texts;
  }

  @Test
  void theExampleAppliesItsOwnPackAfterTheBundledOnes() {
    JsonNode report = json(assessAcme(DAY, "--format", "json"));

    List<String> packs = new ArrayList<>();
    report.get("packs").forEach(pack -> packs.add(pack.get("id").asText()));
    assertThat(packs).startsWith("eo-13942").last().isEqualTo("acme-security-policy");
  }

  @Test
  void showsTheIntegrityOfTheMobileAppExposedThroughTheAutoUpdatingSdk() {
    JsonNode finding = finding(json(assessAcme(DAY, "--format", "json")), "remote-change-by-restricted-party",
        "acme-app");

    JsonNode integrity = finding.at("/measures/cia/integrity");
    assertThat(integrity.get("level").asText()).isEqualTo("high");
    assertThat(texts(integrity.get("rules"))).containsExactly("i-remote-change");
    assertThat(texts(integrity.get("parties"))).containsExactly("tencent");
    assertThat(finding.get("verdict").asText()).isEqualTo("review");
  }

  @Test
  void showsTheCriticalSystemWithASubstituteAsAllowedAndResilient() {
    JsonNode finding = finding(json(assessAcme(DAY, "--format", "json")), "critical-supply-with-substitute", "acme-pos");

    assertThat(finding.get("verdict").asText()).isEqualTo("allowed");
    assertThat(finding.at("/measures/cia/availability/level").asText()).isEqualTo("low");
    assertThat(texts(finding.at("/measures/cia/availability/rules"))).containsExactly("a-substitute");
    assertThat(finding.at("/measures/ci/resilience/level").asText()).isEqualTo("high");
    assertThat(texts(finding.at("/measures/ci/keyComponents"))).containsExactly("wechat-pay", "wechat");
  }

  @Test
  void showsTheCriticalSystemWithoutASubstituteForReview() {
    JsonNode report = json(assessAcme(DAY, "--format", "json"));
    JsonNode without = finding(report, "critical-supply-without-substitute", "acme-branch-network");
    JsonNode resilience = finding(report, "critical-system-low-resilience", "acme-branch-network");

    assertThat(without.at("/measures/cia/availability/level").asText()).isEqualTo("high");
    assertThat(texts(without.at("/measures/cia/availability/rules"))).containsExactly("a-no-substitute");
    assertThat(resilience.at("/measures/ci/resilience/level").asText()).isEqualTo("low");
    assertThat(texts(resilience.at("/measures/ci/resilience/rules"))).containsExactly("r-component-irreplaceable");
    assertThat(texts(resilience.at("/measures/ci/resilience/components"))).containsExactly("huawei-ar-routers");
  }

  @Test
  void findingsCarryNoMeasuresWhenNoRuleReadsThem() {
    JsonNode report = json(assessAcme(DAY, "--pack", "eo-13943", "--format", "json"));

    assertThat(report.get("findings")).isNotEmpty()
        .allSatisfy(finding -> assertThat(finding.get("measures").isNull()).isTrue());
  }

  @Test
  void theTableShowsTheLevelsAndTheirReasons() {
    CliRun run = assessAcme(DAY);

    assertThat(run.out()).contains("   cia      confidentiality medium, integrity high, availability high\n")
        .contains("[i-remote-change]; through tencent")
        .contains("   ci       trustworthiness low, detection high, resilience low\n")
        .contains("[r-component-irreplaceable]; key components huawei-ar-routers");
  }

  @Test
  void theHtmlReportShowsThemInASectionOfTheFinding() {
    CliRun run = assessAcme(DAY, "--format", "html");

    assertThat(run.out()).contains("<tr><th>CIA</th><td>confidentiality medium, integrity high, availability high")
        .contains("<tr><th>Critical infrastructure</th><td>trustworthiness low, detection high, resilience low")
        .contains("[r-component-irreplaceable]; key components huawei-ar-routers</span>");
  }

  @Test
  void otherCiRulesReplaceTheBundledOnes(@TempDir Path folder) throws IOException {
    // No recovery path is ever enough: every critical system is flagged.
    Path rules = folder.resolve("strict-ci.yaml");
    Files.writeString(rules, """
        rules:
          - id: never-resilient
            measure: resilience
            level: none
            when: "true"
            reason: no recovery path is trusted
        """);

    JsonNode report = json(assessAcme(DAY, "--format", "json", "--ci-rules", rules.toString()));

    List<String> flagged = new ArrayList<>();
    for (JsonNode finding : report.get("findings")) {
      if (finding.get("rule").asText().equals("critical-system-low-resilience")) {
        flagged.add(finding.at("/subject/id").asText());
        assertThat(texts(finding.at("/measures/ci/resilience/reasons"))).containsExactly("no recovery path is trusted");
      }
    }
    assertThat(flagged).containsExactlyInAnyOrder("acme-pos", "acme-branch-network");
  }

  @Test
  void otherCiaRulesReplaceTheBundledOnes(@TempDir Path folder) throws IOException {
    // Without rules every CIA level is none: the example's CIA rules no longer hold.
    Path rules = folder.resolve("no-cia.yaml");
    Files.writeString(rules, "rules: []\n");

    JsonNode report = json(assessAcme(DAY, "--format", "json", "--cia-rules", rules.toString()));

    List<String> rulesMatched = new ArrayList<>();
    report.get("findings").forEach(finding -> rulesMatched.add(finding.get("rule").asText()));
    assertThat(rulesMatched)
        .doesNotContain("remote-change-by-restricted-party", "critical-supply-with-substitute",
            "critical-supply-without-substitute")
        .contains("critical-system-low-resilience");
  }

  @Test
  void aBadRulesFileIsNamedWithItsPlaceAndNothingIsAssessed(@TempDir Path folder) throws IOException {
    Path ci = folder.resolve("bad-ci.yaml");
    Files.writeString(ci, "rules:\n  - {id: x, measure: detection, level: low, when: 'asset.nothing', reason: r}\n");
    Path cia = folder.resolve("missing-cia.yaml");

    CliRun run = spillover("assess", ACME, "--as-of", DAY, "--ci-rules", ci.toString(), "--cia-rules", cia.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).startsWith("spillover: 2 problems:")
        .contains(ci + ":2:")
        .contains("critical-infrastructure rule 'x': condition does not compile: undefined field 'nothing'")
        .contains(cia + ": cannot read file");
  }

  @Test
  void checkRefusesABadRulesFileToo(@TempDir Path folder) throws IOException {
    Path ci = folder.resolve("bad-ci.yaml");
    Files.writeString(ci, "rules:\n  - {id: x, measure: secrecy, level: low, when: 'true', reason: r}\n");

    CliRun run = spillover("check", "--sbom", Path.of("src", "test", "resources", "check", "nvr-gateway.cdx.json").toString(),
        "--ci-rules", ci.toString());

    assertThat(run.exitCode()).as(run.toString()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(run.err()).contains(ci + ":2:").contains("secrecy");
  }

  @Test
  void theHelpExplainsBothOptions() {
    for (String command : List.of("assess", "check")) {
      CliRun run = spillover(command, "--help");

      assertThat(run.out()).as(command).contains("--cia-rules=FILE", "--ci-rules=FILE", "docs/cia.md",
          "docs/critical-infrastructure.md");
    }
  }
}
