package dev.spillover.formats.report;

import static dev.spillover.formats.report.ReportFixtures.HOSTILE_PRODUCT;
import static dev.spillover.formats.report.ReportFixtures.HOSTILE_SYSTEM;
import static dev.spillover.formats.report.ReportFixtures.HOSTILE_VENDOR;
import static dev.spillover.formats.report.ReportFixtures.acme;
import static dev.spillover.formats.report.ReportFixtures.hostile;
import static dev.spillover.formats.report.ReportFixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The findings JSON of the bundled example, checked against the schema {@code spillover-findings/1}
 * as {@code docs/findings-json.md} documents it: every field present, in the documented order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindingsJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final List<String> VERDICTS = List.of("prohibited", "restricted", "review", "allowed");

  private JsonNode report;

  @BeforeAll
  void assess() throws IOException {
    report = MAPPER.readTree(json(acme()));
  }

  @Test
  void namesItsSchema() {
    assertThat(report.get("schema").asText()).isEqualTo("spillover-findings/1").isEqualTo(FindingsJson.SCHEMA);
  }

  @Test
  void writesTheDocumentFieldsInTheDocumentedOrder() {
    assertThat(fieldNames(report)).containsExactly("schema", "estate", "asOf", "summary", "packs", "findings");
    assertThat(fieldNames(report.get("estate"))).containsExactly("name", "nodes", "edges");
    assertThat(fieldNames(report.get("summary")))
        .containsExactly("findings", "prohibited", "restricted", "review", "allowed", "withoutVerdict");
    assertThat(report.get("asOf").asText()).isEqualTo("2020-09-21");
  }

  @Test
  void givesEveryFindingItsPackRuleVerdictsStatusSubjectAndEvidence() {
    assertThat(report.get("findings")).isNotEmpty().allSatisfy(finding -> {
      assertThat(fieldNames(finding)).containsExactly("pack", "rule", "title", "citation", "verdict", "ruleVerdict",
          "verdictWithheld", "mode", "status", "subject", "waiver", "evidence", "measures");
      // No rule of the fixture names cia or ci: nothing was computed to show.
      assertThat(finding.get("measures").isNull()).isTrue();
      assertThat(finding.get("pack").isTextual()).isTrue();
      assertThat(finding.get("rule").isTextual()).isTrue();
      assertThat(finding.get("verdict").isNull() || VERDICTS.contains(finding.get("verdict").asText()))
          .as("verdict %s", finding.get("verdict")).isTrue();
      assertThat(finding.get("ruleVerdict").asText()).isIn(VERDICTS);
      assertThat(finding.get("verdictWithheld").isNull()).as("verdictWithheld is null exactly when verdict is not")
          .isEqualTo(!finding.get("verdict").isNull());
      assertThat(fieldNames(finding.get("status"))).containsExactly("state", "since", "until", "event");
      assertThat(fieldNames(finding.get("subject"))).containsExactly("id", "name", "kind");
      assertThat(finding.get("subject")).allSatisfy(value -> assertThat(value.isTextual()).isTrue());
      assertThat(finding.get("evidence")).isNotEmpty();
    });
  }

  @Test
  void describesEveryPathAsStepsFromTheSubjectToTheParty() {
    for (JsonNode finding : report.get("findings")) {
      for (JsonNode evidence : finding.get("evidence")) {
        assertThat(fieldNames(evidence))
            .containsExactly("party", "attributedTo", "controls", "shareMin", "shareMax", "listings", "paths");
        assertThat(evidence.get("paths")).isNotEmpty().hasSizeLessThanOrEqualTo(3);
        for (JsonNode path : evidence.get("paths")) {
          assertThat(fieldNames(path)).containsExactly("text", "steps");
          List<JsonNode> steps = new ArrayList<>();
          path.get("steps").forEach(steps::add);
          assertThat(steps).isNotEmpty().allSatisfy(step -> {
            assertThat(fieldNames(step))
                .containsExactly("from", "relation", "to", "edge", "kind", "reverse", "source", "asOf", "confidence");
            assertThat(fieldNames(step.get("source"))).containsExactly("id", "title", "url");
          });
          assertThat(steps.get(0).get("from").asText()).isEqualTo(finding.at("/subject/id").asText());
          for (int i = 1; i < steps.size(); i++) {
            assertThat(steps.get(i).get("from").asText()).as("step %d starts where step %d ends", i, i - 1)
                .isEqualTo(steps.get(i - 1).get("to").asText());
          }
          assertThat(steps.get(steps.size() - 1).get("to").asText()).isEqualTo(evidence.at("/party/id").asText());
        }
      }
    }
  }

  @Test
  void countsTheFindingsByVerdictInTheSummary() {
    JsonNode summary = report.get("summary");
    List<String> verdicts = new ArrayList<>();
    report.get("findings").forEach(finding -> verdicts.add(finding.get("verdict").asText("none")));

    assertThat(summary.get("findings").asInt()).isEqualTo(verdicts.size());
    for (String verdict : VERDICTS) {
      assertThat(summary.get(verdict).asInt()).as(verdict).isEqualTo(verdicts.stream().filter(verdict::equals).count());
    }
    assertThat(summary.get("withoutVerdict").asInt()).isEqualTo(verdicts.stream().filter("none"::equals).count());
  }

  @Test
  void keepsHostileNamesAsTheyAre() throws IOException {
    JsonNode hostile = MAPPER.readTree(json(hostile()));

    JsonNode finding = hostile.at("/findings/0");
    List<String> names = new ArrayList<>();
    hostile.get("findings").forEach(f -> names.add(f.at("/subject/name").asText()));
    assertThat(names).containsExactlyInAnyOrder(HOSTILE_SYSTEM, HOSTILE_PRODUCT);
    assertThat(finding.at("/evidence/0/party/name").asText()).isEqualTo(HOSTILE_VENDOR);
    assertThat(hostile.at("/estate/name").asText()).isEqualTo("Hostile <estate> & \"co\"");
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
