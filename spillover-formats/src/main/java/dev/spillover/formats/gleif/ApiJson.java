package dev.spillover.formats.gleif;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;

/**
 * Reads GLEIF REST API responses (JSON:API documents) whose {@code data} is one resource object or
 * a page of them, of type {@code lei-records}, {@code relationship-records} or
 * {@code reporting-exceptions}. The document becomes a {@link Tree} that knows the line, column and
 * JSON pointer of every value, so problems can say where they are.
 *
 * <p>Jackson's {@link StreamReadConstraints} limit nesting to {@link #MAX_DEPTH} levels (GLEIF's
 * documents go seven deep) and a document to {@link GleifImporter#MAX_JSON_BYTES} bytes; a key
 * repeated within an object is refused.
 */
final class ApiJson {
  /** The deepest nesting accepted. */
  static final int MAX_DEPTH = 64;

  /** The resource types read. */
  static final Set<String> TYPES = Set.of("lei-records", "relationship-records", "reporting-exceptions");

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxDocumentLength(GleifImporter.MAX_JSON_BYTES)
          .build())
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private ApiJson() {}

  /** The factory every GLEIF JSON parser is made by, limits included. */
  static JsonFactory factory() {
    return FACTORY;
  }

  /** Reads one API response into {@code into}, recording problems in {@code file}. Does not close {@code in}. */
  static void read(InputStream in, GleifFile file, GleifData into) {
    Tree document;
    JsonParser parser = null;
    try {
      parser = FACTORY.createParser(in);
      parser.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
      if (parser.nextToken() == null) {
        file.problem(0, 0, "the file is empty: expected a GLEIF API JSON document");
        return;
      }
      document = value(parser, "", "");
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        file.problem(at.getLineNr(), at.getColumnNr(), "more after the end of the document: expected one JSON value");
        return;
      }
    } catch (StreamConstraintsException e) {
      problem(file, e.getLocation() != null ? e.getLocation() : parser.currentLocation(),
          String.valueOf(e.getOriginalMessage()).contains("nesting depth")
              ? "nested deeper than " + MAX_DEPTH + " levels, expected at most " + MAX_DEPTH
              : "refused: " + e.getOriginalMessage());
      return;
    } catch (JsonProcessingException e) {
      problem(file, e.getLocation(), "not valid JSON: " + e.getOriginalMessage());
      return;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      close(parser);
    }
    document(document, file, into);
  }

  private static void problem(GleifFile file, JsonLocation at, String message) {
    file.problem(at == null ? 0 : Math.max(at.getLineNr(), 0), at == null ? 0 : Math.max(at.getColumnNr(), 0), message);
  }

  private static void close(JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException e) {
        // the stream behind it belongs to the caller
      }
    }
  }

  private static void document(Tree document, GleifFile file, GleifData into) {
    if (document.kind() != Tree.Kind.OBJECT) {
      file.problem(document, "the document is " + document.describe() + ", expected a JSON:API object with 'data'");
      return;
    }
    Tree errors = document.child("errors");
    if (errors != null) {
      Tree first = errors.items().isEmpty() ? errors : errors.items().get(0);
      String title = Entities.text(first.child("title"));
      file.problem(errors, "an API error response" + (title != null ? " ('" + title + "')" : "")
          + ": expected a document with 'data'");
      return;
    }
    Tree data = document.child("data");
    if (data == null) {
      file.problem(document, "no 'data' member: expected a JSON:API document of lei-records,"
          + " relationship-records or reporting-exceptions");
      return;
    }
    Tree publishDate = document.at("meta", "goldenCopy", "publishDate");
    file.contentDate(file.date(publishDate, "the document", "/meta/goldenCopy/publishDate"));
    file.url(firstText(document.at("links", "self"), document.at("links", "first"), data.at("links", "self")));
    into.file(file, "GLEIF API response " + file.name());
    List<Tree> items = switch (data.kind()) {
      case ARRAY -> data.items();
      case OBJECT -> List.of(data);
      case NULL -> List.of(); // a to-one relationship with nothing at its end
      case SCALAR -> {
        file.problem(data, "/data is " + data.describe() + ", expected a resource object or a list of them");
        yield List.of();
      }
    };
    for (int i = 0; i < items.size(); i++) {
      resource(items.get(i), i + 1, file, into);
    }
  }

  private static void resource(Tree data, int index, GleifFile file, GleifData into) {
    String type = Entities.text(data.child("type"));
    if (data.kind() != Tree.Kind.OBJECT || type == null || !TYPES.contains(type)) {
      Tree at = data.child("type") != null ? data.child("type") : data;
      file.problem(at, data.path() + (data.kind() == Tree.Kind.OBJECT ? "/type is " + at.describe() : " is " + at.describe())
          + ", expected a resource of type lei-records, relationship-records or reporting-exceptions");
      return;
    }
    switch (type) {
      case "lei-records" -> {
        var organization = Entities.fromJson(data, file);
        if (organization != null) {
          into.organization(organization, file);
        }
      }
      case "relationship-records" -> {
        var edge = Relationships.fromJson(data, index, file);
        if (edge != null) {
          into.edge(edge, file);
        }
      }
      default -> {
        var exception = ReportingExceptions.fromJson(data, file);
        if (exception != null) {
          into.exception(exception, file);
        }
      }
    }
  }

  /** The value the parser is at, with everything inside it; the parser is left at its last token. */
  private static Tree value(JsonParser parser, String name, String pointer) throws IOException {
    JsonLocation at = parser.currentTokenLocation();
    int line = at.getLineNr();
    int column = at.getColumnNr();
    JsonToken token = parser.currentToken();
    if (token == JsonToken.START_OBJECT) {
      Tree tree = new Tree(name, pointer, line, column, Tree.Kind.OBJECT, null);
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        parser.nextToken();
        tree.add(value(parser, key, pointer + "/" + key.replace("~", "~0").replace("/", "~1")));
      }
      return tree;
    }
    if (token == JsonToken.START_ARRAY) {
      Tree tree = new Tree(name, pointer, line, column, Tree.Kind.ARRAY, null);
      int i = 0;
      while (parser.nextToken() != JsonToken.END_ARRAY) {
        tree.add(value(parser, String.valueOf(i), pointer + "/" + i));
        i++;
      }
      return tree;
    }
    if (token == JsonToken.VALUE_NULL) {
      return new Tree(name, pointer, line, column, Tree.Kind.NULL, null);
    }
    return new Tree(name, pointer, line, column, Tree.Kind.SCALAR, parser.getText());
  }

  private static String firstText(Tree... trees) {
    for (Tree tree : trees) {
      String text = Entities.text(tree);
      if (text != null) {
        return text;
      }
    }
    return null;
  }
}
