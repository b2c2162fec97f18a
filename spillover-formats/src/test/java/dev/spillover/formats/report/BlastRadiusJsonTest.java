package dev.spillover.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spillover.formats.estate.EstateFolder;
import dev.spillover.model.Estate;
import dev.spillover.snapshot.Snapshot;
import dev.spillover.spill.BlastRadius;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The blast-radius JSON of cutting Tencent in the bundled example, checked against the schema
 * {@code spillover-blast-radius/1} as {@code docs/blast-radius-json.md} documents it: every field
 * present, in the documented order.
 */
class BlastRadiusJsonTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static JsonNode tencent() throws IOException {
    Estate estate = EstateFolder.load(Path.of("..", "examples", "acme-2020"));
    Snapshot snapshot = Snapshot.of(estate, LocalDate.of(2020, 9, 21));
    int tencent = snapshot.indexOf("tencent");
    BlastRadiusReport report = new BlastRadiusReport(null, null,
        List.of(new BlastRadiusReport.Cut(tencent, List.of("named with --node"))), BlastRadius.of(snapshot, tencent));
    StringWriter out = new StringWriter();
    BlastRadiusJson.write(report, out);
    return MAPPER.readTree(out.toString());
  }

  @Test
  void writesEveryDocumentedFieldInOrder() throws IOException {
    JsonNode json = tencent();

    assertThat(json.get("schema").asText()).isEqualTo(BlastRadiusJson.SCHEMA).isEqualTo("spillover-blast-radius/1");
    assertThat(fieldNames(json)).containsExactly("schema", "estate", "asOf", "scenario", "cut", "hit", "splinter", "complements");
    assertThat(json.get("complements").isArray()).isTrue();
    assertThat(json.get("complements")).isEmpty(); // the bundled estate declares no complements edge
    assertThat(json.get("scenario").isNull()).isTrue();
    assertThat(fieldNames(json.get("cut").get(0))).containsExactly("node", "status", "reasons");
    assertThat(json.get("hit")).allSatisfy(hit -> {
      assertThat(fieldNames(hit)).containsExactly("node", "status", "cut", "criticality", "users", "substitutes", "path");
      assertThat(hit.get("path").get(0).get("edge").isNull()).isTrue();
      assertThat(hit.get("path").get(hit.get("path").size() - 1).get("node").get("id").asText()).isEqualTo("tencent");
    });
    assertThat(fieldNames(json.get("splinter"))).containsExactly("technology", "systemsByCriticality", "users");
    assertThat(fieldNames(json.get("splinter").get("systemsByCriticality")))
        .containsExactly("critical", "high", "medium", "low");
    assertThat(fieldNames(json.get("splinter").get("technology")))
        .containsExactly("total", "stopped", "degraded", "stoppedShare", "hitShare");
    assertThat(fieldNames(json.get("splinter").get("users")))
        .containsExactly("total", "stopped", "degraded", "stoppedShare", "hitShare", "systemsWithoutUsers");
  }

  @Test
  void tencentReachesTheMobileShoppingSystemThroughBuglyAndTheApp() throws IOException {
    JsonNode json = tencent();

    List<String> hit = new ArrayList<>();
    json.get("hit").forEach(h -> hit.add(h.get("node").get("id").asText()));
    assertThat(hit).containsExactly("tencent", "tencent-bugly", "acme-app", "acme-mobile-commerce");
    JsonNode mobile = json.get("hit").get(3);
    assertThat(mobile.get("criticality").asText()).isEqualTo("high");
    assertThat(mobile.get("users").asLong()).isEqualTo(180000);
    List<String> kinds = new ArrayList<>();
    mobile.get("path").forEach(step -> kinds.add(step.get("edge").isNull() ? null : step.get("edge").get("kind").asText()));
    assertThat(kinds).containsExactly(null, "uses", "embeds", "develops");
    assertThat(json.get("splinter").get("users").get("stopped").asLong()).isEqualTo(180000);
  }

  private static List<String> fieldNames(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
