package dev.spillover.formats.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.spillover.exposure.ExposurePath;
import dev.spillover.model.Node;
import dev.spillover.model.Source;
import dev.spillover.model.Waiver;
import dev.spillover.policy.AssessmentResult;
import dev.spillover.policy.Evidence;
import dev.spillover.policy.Finding;
import dev.spillover.policy.Pack;
import dev.spillover.policy.PackSource;
import dev.spillover.policy.Rule;
import dev.spillover.policy.RuleStatus;
import dev.spillover.policy.TimelineEvent;
import dev.spillover.policy.Verdict;
import dev.spillover.policy.facts.Listing;
import dev.spillover.snapshot.Snapshot;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Writes findings in the stable JSON schema {@value #SCHEMA}, documented field by field in
 * {@code docs/findings-json.md}. Keys always appear, in a fixed order; unknown values are null.
 */
public final class FindingsJson {
  /** The schema identifier written in every document; it changes only when the schema breaks. */
  public static final String SCHEMA = "spillover-findings/1";

  private FindingsJson() {}

  /** Writes {@code result} to {@code out} (which stays open). */
  public static void write(AssessmentResult result, Writer out) throws IOException {
    JsonGenerator json = JsonOutput.generator(out);
    Snapshot snapshot = result.snapshot();
    json.writeStartObject();
    json.writeStringField("schema", SCHEMA);
    json.writeObjectFieldStart("estate");
    json.writeStringField("name", snapshot.estate().name());
    json.writeNumberField("nodes", snapshot.nodeCount());
    json.writeNumberField("edges", snapshot.edgeCount());
    json.writeEndObject();
    json.writeStringField("asOf", result.asOf().toString());
    writeSummary(json, result);
    json.writeArrayFieldStart("packs");
    for (Pack pack : result.packs()) {
      writePack(json, pack, result);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("findings");
    for (Finding finding : result.findings()) {
      writeFinding(json, finding, result);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    out.write("\n");
    out.flush();
  }

  private static void writeSummary(JsonGenerator json, AssessmentResult result) throws IOException {
    json.writeObjectFieldStart("summary");
    json.writeNumberField("findings", result.findings().size());
    Map<Verdict, Integer> counts = result.verdictCounts();
    for (Verdict verdict : Verdict.values()) {
      json.writeNumberField(verdict.label(), counts.get(verdict));
    }
    json.writeNumberField("withoutVerdict", result.findings().stream().filter(f -> f.verdict() == null).count());
    json.writeEndObject();
  }

  private static void writePack(JsonGenerator json, Pack pack, AssessmentResult result) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", pack.id());
    json.writeStringField("title", pack.title());
    json.writeStringField("citation", pack.citation());
    json.writeStringField("origin", pack.origin());
    json.writeArrayFieldStart("rules");
    for (Rule rule : pack.rules()) {
      json.writeStartObject();
      json.writeStringField("id", rule.id());
      json.writeStringField("title", rule.title());
      json.writeStringField("verdict", rule.verdict().label());
      json.writeStringField("mode", rule.mode().name().toLowerCase(java.util.Locale.ROOT));
      json.writeFieldName("status");
      writeStatus(json, result.status(pack, rule), pack);
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeStatus(JsonGenerator json, RuleStatus status, Pack pack) throws IOException {
    json.writeStartObject();
    json.writeStringField("state", status.state().label());
    writeDate(json, "since", status.since());
    writeDate(json, "until", status.until());
    TimelineEvent event = status.event();
    if (event == null) {
      json.writeNullField("event");
    } else {
      json.writeObjectFieldStart("event");
      json.writeStringField("type", event.type().label());
      json.writeStringField("on", event.on().toString());
      json.writeStringField("note", event.note());
      json.writeFieldName("source");
      writePackSource(json, pack.sources().get(event.source()));
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  /** One finding as an object of the {@value #SCHEMA} {@code findings} array; SARIF results carry it too. */
  static void writeFinding(JsonGenerator json, Finding finding, AssessmentResult result) throws IOException {
    Snapshot snapshot = result.snapshot();
    json.writeStartObject();
    json.writeStringField("pack", finding.pack().id());
    json.writeStringField("rule", finding.rule().id());
    json.writeStringField("title", finding.rule().title());
    json.writeStringField("citation", finding.rule().citation());
    json.writeStringField("verdict", finding.verdict() == null ? null : finding.verdict().label());
    json.writeStringField("ruleVerdict", finding.rule().verdict().label());
    json.writeStringField("verdictWithheld", finding.verdictWithheldBecause());
    json.writeStringField("mode", finding.rule().mode().name().toLowerCase(java.util.Locale.ROOT));
    json.writeFieldName("status");
    writeStatus(json, finding.status(), finding.pack());
    json.writeFieldName("subject");
    JsonOutput.node(json, finding.subject());
    json.writeFieldName("waiver");
    writeWaiver(json, finding.waiver());
    json.writeArrayFieldStart("evidence");
    for (Evidence evidence : finding.evidence()) {
      json.writeStartObject();
      if (evidence.party() < 0) {
        json.writeNullField("party");
      } else {
        json.writeFieldName("party");
        JsonOutput.node(json, snapshot.node(evidence.party()));
        json.writeFieldName("attributedTo");
        if (evidence.attributedTo() < 0) {
          json.writeNull();
        } else {
          JsonOutput.node(json, snapshot.node(evidence.attributedTo()));
        }
        json.writeBooleanField("controls", evidence.controls());
        json.writeNumberField("shareMin", round(evidence.shareMin()));
        json.writeNumberField("shareMax", round(evidence.shareMax()));
      }
      json.writeArrayFieldStart("listings");
      for (Listing listing : evidence.listings()) {
        writeListing(json, listing, result);
      }
      json.writeEndArray();
      json.writeArrayFieldStart("paths");
      for (ExposurePath path : evidence.paths()) {
        writePath(json, PathStep.of(snapshot, finding.subjectIndex(), path), snapshot);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    if (finding.measures().isEmpty()) {
      json.writeNullField("measures");
    } else {
      json.writeObjectFieldStart("measures");
      writeMeasures(json, "cia", finding.measures().cia(), MeasuresText.CIA, "parties");
      writeMeasures(json, "ci", finding.measures().ci(), MeasuresText.CI, "components");
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  /** The subject's {@code cia} or {@code ci} facts, or null when the assessment did not compute them. */
  private static void writeMeasures(JsonGenerator json, String field, Map<String, Object> facts, List<String> names,
      String whoKey) throws IOException {
    if (facts == null) {
      json.writeNullField(field);
      return;
    }
    json.writeObjectFieldStart(field);
    for (String name : names) {
      Map<String, Object> level = MeasuresText.level(facts, name);
      json.writeObjectFieldStart(name);
      json.writeStringField("level", (String) level.get("level"));
      writeStrings(json, "rules", MeasuresText.strings(level.get("rules")));
      writeStrings(json, "reasons", MeasuresText.strings(level.get("reasons")));
      writeStrings(json, whoKey, MeasuresText.strings(level.get(whoKey)));
      json.writeEndObject();
    }
    if (facts.containsKey("keyComponents")) {
      writeStrings(json, "keyComponents", MeasuresText.strings(facts.get("keyComponents")));
    }
    json.writeEndObject();
  }

  private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
    json.writeArrayFieldStart(field);
    for (String value : values) {
      json.writeString(value);
    }
    json.writeEndArray();
  }

  private static void writePath(JsonGenerator json, List<PathStep> steps, Snapshot snapshot) throws IOException {
    json.writeStartObject();
    json.writeStringField("text", PathStep.sentence(steps));
    json.writeArrayFieldStart("steps");
    for (PathStep step : steps) {
      json.writeStartObject();
      json.writeStringField("from", step.from().id());
      json.writeStringField("relation", step.relation());
      json.writeStringField("to", step.to().id());
      json.writeStringField("edge", step.edge().id());
      json.writeStringField("kind", step.edge().kind().label());
      json.writeBooleanField("reverse", step.reverse());
      json.writeFieldName("source");
      writeSource(json, snapshot.estate().sources().get(step.edge().provenance().source()));
      json.writeStringField("asOf", step.edge().provenance().asOf().toString());
      json.writeStringField("confidence", step.edge().provenance().confidence().name().toLowerCase(java.util.Locale.ROOT));
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  private static void writeListing(JsonGenerator json, Listing listing, AssessmentResult result) throws IOException {
    json.writeStartObject();
    json.writeStringField("list", listing.listId());
    json.writeStringField("title", listing.listTitle());
    json.writeStringField("pack", listing.pack());
    writeDate(json, "since", listing.since());
    json.writeStringField("basis", listing.basis());
    json.writeStringField("source", listing.source());
    json.writeEndObject();
  }

  private static void writeWaiver(JsonGenerator json, Waiver waiver) throws IOException {
    if (waiver == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeStringField("id", waiver.id());
    json.writeStringField("reason", waiver.reason());
    json.writeStringField("grantedBy", waiver.grantedBy());
    writeDate(json, "from", waiver.from());
    writeDate(json, "until", waiver.until());
    json.writeEndObject();
  }

  private static void writeSource(JsonGenerator json, Source source) throws IOException {
    if (source == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeStringField("id", source.id());
    json.writeStringField("title", source.title());
    json.writeStringField("url", source.url());
    json.writeEndObject();
  }

  private static void writePackSource(JsonGenerator json, PackSource source) throws IOException {
    if (source == null) {
      json.writeNull();
      return;
    }
    json.writeStartObject();
    json.writeStringField("id", source.id());
    json.writeStringField("title", source.title());
    json.writeStringField("citation", source.citation());
    json.writeStringField("url", source.url());
    json.writeEndObject();
  }

  private static void writeDate(JsonGenerator json, String field, LocalDate date) throws IOException {
    json.writeStringField(field, date == null ? null : date.toString());
  }

  private static double round(double percent) {
    return Math.round(percent * 1e6) / 1e6;
  }
}
