package dev.spillover.formats.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.spillover.model.SystemAsset;
import dev.spillover.snapshot.Snapshot;
import dev.spillover.spill.BlastRadius;
import dev.spillover.spill.ComplementLoss;
import dev.spillover.spill.Splinter;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * Writes a blast radius in the stable JSON schema {@value #SCHEMA}, documented field by field in
 * {@code docs/blast-radius-json.md}. Keys always appear, in a fixed order; unknown values are null.
 */
public final class BlastRadiusJson {
  /** The schema identifier written in every document; it changes only when the schema breaks. */
  public static final String SCHEMA = "spillover-blast-radius/1";

  private BlastRadiusJson() {}

  /** Writes {@code report} to {@code out} (which stays open). */
  public static void write(BlastRadiusReport report, Writer out) throws IOException {
    Snapshot snapshot = report.snapshot();
    BlastRadius radius = report.radius();
    JsonGenerator json = JsonOutput.generator(out);
    json.writeStartObject();
    json.writeStringField("schema", SCHEMA);
    json.writeObjectFieldStart("estate");
    json.writeStringField("name", snapshot.estate().name());
    json.writeNumberField("nodes", snapshot.nodeCount());
    json.writeNumberField("edges", snapshot.edgeCount());
    json.writeEndObject();
    json.writeStringField("asOf", snapshot.asOf().toString());
    if (report.scenario() == null) {
      json.writeNullField("scenario");
    } else {
      json.writeObjectFieldStart("scenario");
      json.writeStringField("name", report.scenario());
      json.writeStringField("description", report.scenarioDescription());
      json.writeEndObject();
    }
    json.writeArrayFieldStart("cut");
    for (BlastRadiusReport.Cut cut : report.cuts()) {
      json.writeStartObject();
      json.writeFieldName("node");
      JsonOutput.node(json, snapshot.node(cut.node()));
      json.writeStringField("status", radius.status(cut.node()).label());
      json.writeArrayFieldStart("reasons");
      for (String reason : cut.reasons()) {
        json.writeString(reason);
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("hit");
    for (int n : radius.hitNodes()) {
      json.writeStartObject();
      json.writeFieldName("node");
      JsonOutput.node(json, snapshot.node(n));
      json.writeStringField("status", radius.status(n).label());
      json.writeBooleanField("cut", radius.isCut(n));
      json.writeStringField("criticality", BlastRadiusReport.criticality(snapshot.node(n)));
      Long users = BlastRadiusReport.users(snapshot.node(n));
      if (users == null) {
        json.writeNullField("users");
      } else {
        json.writeNumberField("users", users);
      }
      json.writeArrayFieldStart("substitutes");
      for (int s : radius.availableSubstitutes(n)) {
        JsonOutput.node(json, snapshot.node(s));
      }
      json.writeEndArray();
      json.writeArrayFieldStart("path");
      for (BlastRadiusReport.Step step : report.path(n)) {
        json.writeStartObject();
        json.writeFieldName("node");
        JsonOutput.node(json, step.node());
        if (step.edge() == null) {
          json.writeNullField("edge");
        } else {
          json.writeObjectFieldStart("edge");
          json.writeStringField("id", step.edge().id());
          json.writeStringField("kind", step.edge().kind().label());
          json.writeStringField("from", step.edge().from());
          json.writeStringField("to", step.edge().to());
          json.writeEndObject();
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    Splinter splinter = radius.splinter();
    json.writeObjectFieldStart("splinter");
    json.writeFieldName("technology");
    count(json, splinter.technology());
    json.writeObjectFieldStart("systemsByCriticality");
    SystemAsset.Criticality[] levels = SystemAsset.Criticality.values();
    for (int i = levels.length - 1; i >= 0; i--) {
      json.writeFieldName(levels[i].name().toLowerCase(Locale.ROOT));
      count(json, splinter.systemsByCriticality().get(levels[i]));
    }
    json.writeEndObject();
    Splinter.Users users = splinter.users();
    json.writeObjectFieldStart("users");
    json.writeNumberField("total", users.total());
    json.writeNumberField("stopped", users.stopped());
    json.writeNumberField("degraded", users.degraded());
    json.writeNumberField("stoppedShare", round(users.stoppedShare()));
    json.writeNumberField("hitShare", round(users.hitShare()));
    json.writeNumberField("systemsWithoutUsers", users.systemsWithoutUsers());
    json.writeEndObject();
    json.writeEndObject();
    json.writeArrayFieldStart("complements");
    for (ComplementLoss loss : ComplementLoss.of(radius)) {
      json.writeStartObject();
      json.writeFieldName("node");
      JsonOutput.node(json, snapshot.node(loss.node()));
      json.writeStringField("status", radius.status(loss.node()).label());
      json.writeFieldName("complement");
      JsonOutput.node(json, snapshot.node(loss.complement()));
      json.writeStringField("complementStatus", radius.status(loss.complement()).label());
      json.writeStringField("edge", snapshot.edge(loss.edge()).id());
      json.writeNumberField("ratio", loss.ratio());
      json.writeNumberField("share", round(loss.share()));
      if (loss.users() == null) {
        json.writeNullField("users");
        json.writeNullField("usersFrom");
        json.writeNullField("usersLost");
      } else {
        json.writeNumberField("users", loss.users());
        json.writeStringField("usersFrom", loss.usersFrom());
        json.writeNumberField("usersLost", loss.usersLost());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    out.write("\n");
  }

  private static void count(JsonGenerator json, Splinter.Count count) throws IOException {
    json.writeStartObject();
    json.writeNumberField("total", count.total());
    json.writeNumberField("stopped", count.stopped());
    json.writeNumberField("degraded", count.degraded());
    json.writeNumberField("stoppedShare", round(count.stoppedShare()));
    json.writeNumberField("hitShare", round(count.hitShare()));
    json.writeEndObject();
  }

  /** Shares to four decimals, so that documents compare stably. */
  private static double round(double share) {
    return Math.round(share * 10000) / 10000.0;
  }
}
