package dev.spillover.formats.sbom;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * JSON as the SBOM importers read it before a library does: with limits on depth and size and
 * duplicate keys refused, so that hostile input is stopped with a located problem before it
 * reaches a library, and the line and column of values named by JSON pointers, for messages.
 */
final class JsonScan {
  /**
   * The deepest nesting accepted. A CycloneDX component nested in components three deep, with
   * pedigree and evidence, needs about twenty levels; SPDX about six.
   */
  static final int MAX_DEPTH = 128;

  static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxDocumentLength(SbomFile.MAX_BYTES)
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

  /** A position: 1-based line and column. */
  record Position(int line, int column) {}

  private JsonScan() {}

  /**
   * The tree of {@code file}'s JSON, or null after recording a located problem: not JSON, nested
   * deeper than {@link #MAX_DEPTH}, a key twice in one object, or content after the document.
   */
  /**
   * The text of the top-level string field {@code field} of the JSON object that {@code head} (the
   * first bytes of a file) begins, or null when there is none, it is not a string, or the head is
   * cut short before it. Never throws.
   */
  static String topLevelText(byte[] head, String field) {
    try (JsonParser p = FACTORY.createParser(head)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken value = p.nextToken();
        if (field.equals(name)) {
          return value == JsonToken.VALUE_STRING ? p.getText() : null;
        }
        p.skipChildren();
      }
    } catch (IOException | RuntimeException e) {
      // a head cut short before the field
    }
    return null;
  }

  static JsonNode tree(SbomFile file) {
    try (JsonParser p = FACTORY.createParser(file.bytes())) {
      try {
        JsonNode root = MAPPER.readTree(p);
        JsonToken after = p.nextToken();
        if (after != null) {
          JsonLocation at = p.currentTokenLocation();
          file.problem(at.getLineNr(), at.getColumnNr(), "content after the JSON document, expected the end of the file");
          return null;
        }
        return root;
      } catch (StreamConstraintsException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        file.problem(at.getLineNr(), at.getColumnNr(), limitMessage(e));
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation() != null ? e.getLocation() : p.currentLocation();
        file.problem(at.getLineNr(), at.getColumnNr(), "not valid JSON: " + e.getOriginalMessage());
      }
    } catch (IOException e) {
      file.problem(0, 0, "cannot be read as JSON: " + e.getMessage());
    }
    return null;
  }

  /**
   * The position of each of {@code wanted} (JSON pointers such as {@code /components/3/purl}) in
   * {@code bytes}; a pointer not found is left out. Never throws: the bytes were read before.
   */
  static Map<String, Position> locate(byte[] bytes, Set<String> wanted) {
    Map<String, Position> found = new HashMap<>();
    Set<String> missing = new HashSet<>(wanted);
    // A pointer of n segments names a value at nesting depth n: deeper values are never wanted, and
    // skipping them spares building a pointer string for nearly every token of a large document.
    int deepest = 0;
    for (String pointer : wanted) {
      deepest = Math.max(deepest, (int) pointer.chars().filter(c -> c == '/').count());
    }
    try (JsonParser p = FACTORY.createParser(bytes)) {
      for (JsonToken token = p.nextToken(); token != null && !missing.isEmpty(); token = p.nextToken()) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        // A value that starts a structure has its own context already; its pointer is its parent's.
        JsonStreamContext context = token.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
        if (context.getNestingDepth() > deepest) {
          continue;
        }
        String pointer = context.pathAsPointer().toString();
        if (missing.remove(pointer)) {
          JsonLocation at = p.currentTokenLocation();
          found.put(pointer, new Position(at.getLineNr(), at.getColumnNr()));
        }
      }
    } catch (IOException e) {
      // Read before without error; anything not located is shown without a position.
    }
    return found;
  }

  private static String limitMessage(StreamConstraintsException e) {
    String original = String.valueOf(e.getOriginalMessage());
    if (original.contains("nesting depth")) {
      return "JSON nested deeper than " + MAX_DEPTH + " levels, expected at most " + MAX_DEPTH
          + "; refused as broken or hostile input";
    }
    return "input breaks a safety limit (" + original + "); refused as broken or hostile input";
  }
}
