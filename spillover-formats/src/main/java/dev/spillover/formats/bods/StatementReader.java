package dev.spillover.formats.bods;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the statements of a BODS file into JSON trees: either one JSON array of statements (a
 * BODS package) or JSON Lines (one statement object per line, blank lines allowed; an object over
 * several lines is refused, as a package must be an array). Refuses input deeper than {@link #MAX_DEPTH}
 * levels or longer than {@link #MAX_BYTES}, so that hostile input costs neither the stack nor
 * the heap.
 */
final class StatementReader {
  /** The largest file read: statements are held in memory to be validated together. */
  static final long MAX_BYTES = 64L << 20;

  /** The deepest nesting accepted. A BODS statement needs about eight levels. */
  static final int MAX_DEPTH = 64;

  /** Jackson with the limits above and duplicate keys refused, shared by every reader here. */
  static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxDocumentLength(MAX_BYTES)
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  /** The statements of a file, and whether they came as a sequence of root objects. */
  record Statements(List<JsonNode> list, boolean sequence) {}

  private StatementReader() {}

  /**
   * The statements in {@code bytes}, read from the file named {@code where}.
   *
   * @throws InputException when the bytes are not JSON, not an array or sequence of values, or
   *     break a limit; the problem gives the line and column
   */
  static Statements read(byte[] bytes, String where) {
    try (JsonParser p = FACTORY.createParser(bytes)) {
      try {
        return read(p, where);
      } catch (StreamConstraintsException e) {
        throw at(where, location(e, p), limitMessage(e));
      } catch (JsonProcessingException e) {
        throw at(where, location(e, p), "not valid JSON: " + e.getOriginalMessage());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + where, e);
    }
  }

  private static Statements read(JsonParser p, String where) throws IOException {
    JsonToken first = p.nextToken();
    if (first == null) {
      throw new InputException(new Problem(where, 1, 1,
          "the file is empty, expected a JSON array of BODS statements or JSON Lines"));
    }
    List<JsonNode> list = new ArrayList<>();
    if (first == JsonToken.START_ARRAY) {
      while (p.nextToken() != JsonToken.END_ARRAY) {
        list.add(tree(p));
      }
      if (p.nextToken() != null) {
        throw at(where, p.currentTokenLocation(),
            "unexpected " + describe(p.currentToken()) + " after the array of statements, expected the end of the file");
      }
      return new Statements(list, false);
    }
    for (JsonToken token = first; token != null; token = p.nextToken()) {
      JsonLocation start = p.currentTokenLocation();
      if (token != JsonToken.START_OBJECT) {
        throw at(where, start, "statements at $: found " + describe(token) + (list.isEmpty() ? "" : " after a statement")
            + ", expected a JSON array of BODS statements or JSON Lines (one statement object per line)");
      }
      list.add(tree(p));
      int end = p.currentLocation().getLineNr();
      // JSON Lines has one statement per line; a lone object over several lines is a statement
      // that should have been in an array (the BODS tests reject it so).
      if (end != start.getLineNr()) {
        throw at(where, start, "statements at $: found an object over lines " + start.getLineNr() + " to " + end
            + ", expected a JSON array of BODS statements or JSON Lines (one statement object per line)");
      }
    }
    return new Statements(list, true);
  }

  private static JsonNode tree(JsonParser p) throws IOException {
    JsonNode node = MAPPER.readTree(p);
    return node == null ? NullNode.getInstance() : node;
  }

  private static String limitMessage(StreamConstraintsException e) {
    String original = e.getOriginalMessage();
    if (original != null && original.contains("nesting depth")) {
      return "JSON nested deeper than " + MAX_DEPTH + " levels, expected at most " + MAX_DEPTH
          + " (a BODS statement needs about 8); refused as broken or hostile input";
    }
    return "input breaks a safety limit (" + original + "); refused as broken or hostile input";
  }

  private static JsonLocation location(JsonProcessingException e, JsonParser parser) {
    if (e.getLocation() != null || parser == null) {
      return e.getLocation();
    }
    return parser.currentLocation();
  }

  private static InputException at(String where, JsonLocation location, String message) {
    int line = location == null ? 0 : Math.max(0, location.getLineNr());
    int column = location == null ? 0 : Math.max(0, location.getColumnNr());
    return new InputException(new Problem(where, line, column, message));
  }

  static String describe(JsonToken token) {
    if (token == null) {
      return "the end of the input";
    }
    return switch (token) {
      case START_ARRAY -> "an array";
      case START_OBJECT -> "an object";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> token.asString() == null ? token.name() : "'" + token.asString() + "'";
    };
  }
}
