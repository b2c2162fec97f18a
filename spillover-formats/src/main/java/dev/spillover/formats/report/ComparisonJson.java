package dev.spillover.formats.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.spillover.exposure.ExposurePath;
import dev.spillover.policy.Evidence;
import dev.spillover.policy.Finding;
import dev.spillover.policy.Pack;
import dev.spillover.policy.Verdict;
import dev.spillover.policy.facts.Listing;
import dev.spillover.policy.scenario.AppliedScenario;
import dev.spillover.policy.scenario.ScenarioComparison;
import dev.spillover.policy.scenario.ScenarioComparison.Difference;
import dev.spillover.policy.scenario.ScenarioComparison.Outcome;
import dev.spillover.policy.scenario.ScenarioComparison.Row;
import dev.spillover.policy.scenario.ScenarioComparison.State;
import dev.spillover.snapshot.Snapshot;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;
import java.util.Map;

/**
 * Writes a scenario comparison in the stable JSON schema {@value #SCHEMA}, documented field by
 * field in {@code docs/compare-json.md}. Keys always appear, in a fixed order; unknown values are null.
 */
public final class ComparisonJson {
  /** The schema identifier written in every document; it changes only when the schema breaks. */
  public static final String SCHEMA = "spillover-compare/1";

  private ComparisonJson() {}

  /** Writes {@code comparison} to {@code out} (which stays open). */
  public static void write(ScenarioComparison comparison, Writer out) throws IOException {
    JsonGenerator json = JsonOutput.generator(out);
    json.writeStartObject();
    json.writeStringField("schema", SCHEMA);
    json.writeObjectFieldStart("estate");
    json.writeStringField("name", comparison.estate().name());
    json.writeNumberField("nodes", comparison.estate().nodeCount());
    json.writeNumberField("edges", comparison.estate().edges().size());
    json.writeEndObject();
    json.writeStringField("baseline", comparison.baseline().name().toLowerCase(Locale.ROOT));
    json.writeArrayFieldStart("scenarios");
    for (Outcome outcome : comparison.outcomes()) {
      writeScenario(json, outcome);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("rows");
    for (Row row : comparison.rows()) {
      json.writeStartObject();
      json.writeFieldName("subject");
      JsonOutput.node(json, row.subject());
      json.writeStringField("pack", row.pack());
      json.writeStringField("rule", row.rule());
      json.writeStringField("ruleTitle", row.ruleTitle());
      json.writeArrayFieldStart("outcomes");
      for (int s = 0; s < comparison.outcomes().size(); s++) {
        writeOutcome(json, comparison.outcomes().get(s).scenario().name(), row.findings().get(s));
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("differences");
    for (Difference difference : comparison.differences()) {
      writeDifference(json, comparison, difference);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    out.write("\n");
    out.flush();
  }

  private static void writeScenario(JsonGenerator json, Outcome outcome) throws IOException {
    json.writeStartObject();
    json.writeStringField("name", outcome.scenario().name());
    json.writeStringField("description", outcome.scenario().description() == null ? null
        : outcome.scenario().description().strip().replaceAll("\\s+", " "));
    json.writeStringField("file", outcome.scenario().origin());
    json.writeStringField("asOf", outcome.scenario().asOf().toString());
    json.writeArrayFieldStart("packs");
    for (Pack pack : outcome.result().packs()) {
      json.writeString(pack.id());
    }
    json.writeEndArray();
    json.writeArrayFieldStart("changes");
    for (AppliedScenario.Effect effect : outcome.applied().effects()) {
      json.writeStartObject();
      json.writeNumberField("number", effect.change().number());
      json.writeStringField("kind", effect.change().kind());
      json.writeStringField("description", effect.change().describe());
      json.writeStringField("reason", effect.change().reason());
      json.writeStringField("source", effect.change().source());
      json.writeStringField("at", effect.change().place().file() + ":" + effect.change().place().line() + ":"
          + effect.change().place().column());
      json.writeArrayFieldStart("effects");
      for (String said : effect.effects()) {
        json.writeString(said);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeObjectFieldStart("summary");
    json.writeNumberField("findings", outcome.result().findings().size());
    Map<Verdict, Integer> findings = outcome.result().verdictCounts();
    for (Verdict verdict : Verdict.values()) {
      json.writeNumberField(verdict.label(), findings.get(verdict));
    }
    json.writeNumberField("withoutVerdict", outcome.result().findings().stream().filter(f -> f.verdict() == null).count());
    json.writeEndObject();
    json.writeObjectFieldStart("subjects");
    json.writeNumberField("assessed", outcome.subjectsAssessed());
    Map<Verdict, Integer> subjects = outcome.subjectsByWorstVerdict();
    int decided = 0;
    for (Verdict verdict : Verdict.values()) {
      json.writeNumberField(verdict.label(), subjects.get(verdict));
      decided += subjects.get(verdict);
    }
    json.writeNumberField("left", outcome.subjectsAssessed() - decided);
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeOutcome(JsonGenerator json, String scenario, Finding finding) throws IOException {
    json.writeStartObject();
    json.writeStringField("scenario", scenario);
    json.writeStringField("outcome", State.of(finding).label());
    json.writeStringField("verdict", finding == null || finding.verdict() == null ? null : finding.verdict().label());
    json.writeStringField("status", finding == null ? null : finding.status().describe());
    json.writeStringField("withheld", finding == null ? null : finding.verdictWithheldBecause());
    json.writeEndObject();
  }

  private static void writeDifference(JsonGenerator json, ScenarioComparison comparison, Difference difference)
      throws IOException {
    Outcome from = comparison.outcomes().get(difference.from());
    Outcome to = comparison.outcomes().get(difference.to());
    json.writeStartObject();
    json.writeStringField("from", from.scenario().name());
    json.writeStringField("to", to.scenario().name());
    json.writeFieldName("subject");
    JsonOutput.node(json, difference.row().subject());
    json.writeStringField("pack", difference.row().pack());
    json.writeStringField("rule", difference.row().rule());
    json.writeFieldName("before");
    writeOutcome(json, from.scenario().name(), difference.before());
    json.writeFieldName("after");
    writeOutcome(json, to.scenario().name(), difference.after());
    json.writeArrayFieldStart("reasons");
    for (ScenarioComparison.Reason reason : difference.reasons()) {
      json.writeStartObject();
      json.writeStringField("kind", reason.kind().name().toLowerCase(Locale.ROOT));
      json.writeStringField("scenario", reason.scenario());
      if (reason.change() == null) {
        json.writeNullField("change");
      } else {
        json.writeNumberField("change", reason.change());
      }
      json.writeStringField("text", reason.text());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeObjectFieldStart("evidence");
    json.writeFieldName("before");
    writeEvidence(json, from, difference.before());
    json.writeFieldName("after");
    writeEvidence(json, to, difference.after());
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeEvidence(JsonGenerator json, Outcome outcome, Finding finding) throws IOException {
    json.writeStartArray();
    if (finding != null) {
      Snapshot snapshot = outcome.result().snapshot();
      for (Evidence evidence : finding.evidence()) {
        json.writeStartObject();
        if (evidence.party() < 0) {
          json.writeNullField("party");
        } else {
          json.writeFieldName("party");
          JsonOutput.node(json, snapshot.node(evidence.party()));
        }
        json.writeArrayFieldStart("lists");
        for (Listing listing : evidence.listings()) {
          json.writeString(listing.listId());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("paths");
        for (ExposurePath path : evidence.paths()) {
          json.writeString(PathStep.sentence(PathStep.of(snapshot, finding.subjectIndex(), path)));
        }
        json.writeEndArray();
        json.writeEndObject();
      }
    }
    json.writeEndArray();
  }
}
