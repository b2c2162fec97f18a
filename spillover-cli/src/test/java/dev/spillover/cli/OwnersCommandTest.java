package dev.spillover.cli;

import static dev.spillover.cli.CliRun.ACME;
import static dev.spillover.cli.CliRun.spillover;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OwnersCommandTest {
  private static final String OFAC = Path.of("..", "examples", "ofac-faq-401").toString();

  @Test
  void findsTheOwnersOfHuaweiTechnologiesByEveryMethodWithBoundsAndPaths() throws Exception {
    CliRun run = spillover("owners", ACME, "--of", "huawei-tech", "--as-of", "2020-09-21", "--format", "json");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertThat(report.get("schema").asText()).isEqualTo("spillover-owners/1");
    assertThat(report.at("/query/of/id").asText()).isEqualTo("huawei-tech");
    assertThat(report.at("/query/jurisdictions/incorporation").asText()).isEqualTo("CN");
    assertThat(report.at("/query/jurisdictions/principalPlaceOfBusiness").isNull()).isTrue();
    assertThat(methods(report)).containsExactly("look-through", "multiplier", "aggregate", "control");

    JsonNode lookThrough = report.at("/methods/0/results");
    JsonNode union = find(lookThrough, "huawei-union");
    assertThat(union.get("shareMin").asDouble()).isZero();
    assertThat(union.get("shareMax").asDouble()).isEqualTo(99.06);
    assertThat(union.get("controls").asBoolean()).isTrue();
    assertThat(union.at("/paths/0/text").asText())
        .isEqualTo("huawei-union -owns 99.06%-> huawei-holding -controls-> huawei-tech");
    JsonNode ren = find(lookThrough, "ren-zhengfei");
    assertThat(ren.at("/jurisdictions/domicile").asText()).as("a person's domicile, kept apart").isEqualTo("CN");
    assertThat(ren.at("/jurisdictions/incorporation").isNull()).isTrue();
    assertThat(ren.get("shareMax").asDouble()).isEqualTo(0.94);
    assertThat(ren.get("controls").asBoolean()).isFalse();

    List<String> controllers = ids(report.at("/methods/3/results"));
    assertThat(controllers).containsExactlyInAnyOrder("huawei-holding", "huawei-union");
  }

  @Test
  void appliesOfacExampleThreeWithTheAggregateRuleButNotWithLookThrough() throws Exception {
    CliRun aggregate = spillover("owners", OFAC, "--restricted", "x", "--format", "json");
    assertThat(aggregate.exitCode()).as(aggregate.toString()).isZero();
    JsonNode report = new ObjectMapper().readTree(aggregate.out());
    assertThat(report.at("/query/thresholdPercent").asDouble()).isEqualTo(50.0);
    assertThat(ids(report.at("/methods/0/results"))).containsExactly("a", "b");
    assertThat(find(report.at("/methods/0/results"), "b").get("paths")).hasSize(2);

    CliRun lookThrough = spillover("owners", OFAC, "--restricted", "x", "--method", "look-through", "--format", "json");
    JsonNode byLookThrough = new ObjectMapper().readTree(lookThrough.out());
    assertThat(ids(byLookThrough.at("/methods/0/results"))).as("B is only 30 %% held by look-through").containsExactly("a");
  }

  @Test
  void listsWhatARestrictedSetControlsWithTheChainThatGivesControl() throws Exception {
    CliRun run = spillover("owners", ACME, "--restricted", "huawei-union", "--method", "control",
        "--as-of", "2020-09-21", "--format", "json");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode results = new ObjectMapper().readTree(run.out()).at("/methods/0/results");
    assertThat(ids(results)).containsExactlyInAnyOrder("huawei-holding", "huawei-tech");
    assertThat(find(results, "huawei-tech").at("/paths/0/text").asText())
        .isEqualTo("huawei-union -owns 99.06%-> huawei-holding -controls-> huawei-tech");
  }

  @Test
  void printsATableWithOneSectionPerMethod() {
    CliRun run = spillover("owners", OFAC, "--of", "b", "--restricted", "x");
    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out()).contains("Owners of Entity B (b)", "look-through:", "multiplier:", "aggregate:", "control:",
        "seeded with Blocked Person X (x)", "x -owns 50%-> a -owns 40%-> b");
  }

  @Test
  void refusesAQuestionItCannotAnswerWithExitCodeTwo() {
    assertThat(spillover("owners", OFAC).exitCode()).isEqualTo(2);
    CliRun unknown = spillover("owners", OFAC, "--of", "nobody");
    assertThat(unknown.exitCode()).isEqualTo(2);
    assertThat(unknown.err()).contains("'nobody': no entity has that id or identifier");
    CliRun method = spillover("owners", OFAC, "--of", "b", "--method", "magic");
    assertThat(method.exitCode()).isEqualTo(2);
    assertThat(method.err()).contains("--method 'magic' is not a method");
    CliRun threshold = spillover("owners", OFAC, "--restricted", "x", "--threshold", "150");
    assertThat(threshold.exitCode()).isEqualTo(2);
    assertThat(threshold.err()).contains("--threshold 150.0 is out of range");
    CliRun missing = spillover("owners", "no-such-folder", "--of", "b");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("no-such-folder: no such file or folder");
  }

  private static List<String> methods(JsonNode report) {
    List<String> names = new ArrayList<>();
    report.get("methods").forEach(m -> names.add(m.get("method").asText()));
    return names;
  }

  private static List<String> ids(JsonNode results) {
    List<String> ids = new ArrayList<>();
    results.forEach(r -> ids.add(r.at("/entity/id").asText()));
    return ids;
  }

  private static JsonNode find(JsonNode results, String id) {
    for (JsonNode result : results) {
      if (result.at("/entity/id").asText().equals(id)) {
        return result;
      }
    }
    throw new AssertionError("no result for " + id + " in " + results);
  }
}
