package dev.spillover.formats.bods;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Finds the line and column of JSON values named by pointers. Trees do not keep positions, and
 * keeping one per value would double the memory of a large file; problems are rare, so the file
 * is scanned again, only when there are some, for just the values they name.
 *
 * <p>Pointers are relative to the list of statements: {@code /3/recordDetails/name} is the name
 * in the fourth statement, whether the file is an array or a sequence of objects.
 */
final class JsonLocator {
  private JsonLocator() {}

  /** A position: 1-based line and column. */
  record Position(int line, int column) {}

  /**
   * The position of each of {@code wanted} found in {@code bytes} (a field's name for a value in
   * an object). Pointers not found are left out; nothing is thrown for malformed input, which
   * the reader has rejected before.
   */
  static Map<String, Position> locate(byte[] bytes, boolean sequence, Set<String> wanted) {
    Map<String, Position> found = new HashMap<>();
    Set<String> missing = new HashSet<>(wanted);
    try (JsonParser p = StatementReader.FACTORY.createParser(bytes)) {
      int root = -1;
      for (JsonToken token = p.nextToken(); token != null && !missing.isEmpty(); token = p.nextToken()) {
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          continue;
        }
        // A value that starts a structure has its own context already; its pointer is its parent's.
        JsonStreamContext context = token.isStructStart() ? p.getParsingContext().getParent() : p.getParsingContext();
        if (context.inRoot()) {
          root++;
        }
        String pointer = context.pathAsPointer().toString();
        if (sequence) {
          pointer = "/" + root + pointer;
        }
        if (missing.remove(pointer)) {
          JsonLocation at = p.currentTokenLocation();
          found.put(pointer, new Position(at.getLineNr(), at.getColumnNr()));
        }
      }
    } catch (IOException e) {
      // The reader has accepted these bytes; a failure here leaves the rest unlocated.
    }
    return found;
  }

  /** Escapes a property name for a JSON pointer (RFC 6901). */
  static String escape(String name) {
    return name.replace("~", "~0").replace("/", "~1");
  }
}
