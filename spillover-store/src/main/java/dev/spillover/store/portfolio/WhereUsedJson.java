package dev.spillover.store.portfolio;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;

/** Writes a {@link WhereUsed} as JSON, schema {@code spillover-where-used/1} (docs/where-used-json.md). */
public final class WhereUsedJson {
  /** The schema identifier written in every document; it changes only when the schema breaks. */
  public static final String SCHEMA = "spillover-where-used/1";

  private WhereUsedJson() {}

  /** Writes {@code answer} to {@code out} (which stays open); {@code index} names the index file. */
  public static void write(WhereUsed answer, String index, Writer out) throws IOException {
    JsonGenerator json = new JsonFactory().createGenerator(out);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.useDefaultPrettyPrinter();
    json.writeStartObject();
    json.writeStringField("schema", SCHEMA);
    json.writeObjectFieldStart("query");
    if (answer.target() instanceof Target.ComponentTarget component) {
      json.writeStringField("kind", "component");
      json.writeStringField("text", component.text());
      json.writeStringField("purl", component.base());
      json.writeStringField("version", component.version());
    } else {
      json.writeStringField("kind", "organization");
      json.writeStringField("text", answer.target().text());
      json.writeNullField("purl");
      json.writeNullField("version");
    }
    json.writeEndObject();
    json.writeObjectFieldStart("index");
    json.writeStringField("file", index);
    json.writeNumberField("sboms", answer.sboms());
    json.writeNumberField("searched", answer.searched());
    json.writeEndObject();
    json.writeArrayFieldStart("matched");
    for (WhereUsed.Step step : answer.matched()) {
      node(json, step);
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeNumberField("projects", answer.uses().size());
    json.writeArrayFieldStart("uses");
    for (WhereUsed.Use use : answer.uses()) {
      json.writeStartObject();
      json.writeStringField("sbom", use.sbom());
      json.writeStringField("format", use.format());
      json.writeFieldName("project");
      node(json, use.project());
      json.writeEndObject();
      json.writeNumberField("length", use.length());
      json.writeArrayFieldStart("path");
      for (int i = 0; i < use.nodes().size(); i++) {
        node(json, use.nodes().get(i));
        if (i == 0) {
          json.writeNullField("via");
        } else {
          json.writeStringField("via", use.links().get(i - 1).label());
        }
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    out.write("\n");
    out.flush();
  }

  /** Starts an object with the node's fields; the caller ends it. */
  private static void node(JsonGenerator json, WhereUsed.Step step) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", step.id());
    json.writeStringField("role", step.role().label());
    json.writeStringField("name", step.name());
    json.writeStringField("version", step.version());
  }
}
