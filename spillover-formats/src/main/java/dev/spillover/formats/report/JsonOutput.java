package dev.spillover.formats.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import dev.spillover.model.Node;
import java.io.IOException;
import java.io.Writer;

/** The JSON style of every Spillover document: two-space indents, {@code "key": value}, LF line ends. */
final class JsonOutput {
  private JsonOutput() {}

  /** A generator writing to {@code out}, which it leaves open. */
  static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator json = new JsonFactory().createGenerator(out);
    DefaultPrettyPrinter pretty = new DefaultPrettyPrinter(
        Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    pretty.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    pretty.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    json.setPrettyPrinter(pretty);
    json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    return json;
  }

  /** A node as {@code {"id", "name", "kind"}}, the way every document names one. */
  static void node(JsonGenerator json, Node node) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", node.id());
    json.writeStringField("name", node.name());
    json.writeStringField("kind", node.kind().label());
    json.writeEndObject();
  }
}
