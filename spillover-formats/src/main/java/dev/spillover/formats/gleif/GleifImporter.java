package dev.spillover.formats.gleif;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.spillover.formats.EstateAssembler;
import dev.spillover.formats.Importer;
import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.input.Problems;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads GLEIF data, telling the shape from the content: LEI-CDF XML (Level 1 LEI records), RR-CDF
 * XML (Level 2 relationships), reporting-exception XML, and GLEIF REST API responses in JSON (pages
 * or single resources of {@code lei-records}, {@code relationship-records},
 * {@code reporting-exceptions}). LEI records become organizations with the LEI as id;
 * relationships become edges, chiefly {@code controls} from the consolidating parent to the child;
 * reporting exceptions become identifiers of the entity. The mapping and its limits are in
 * {@code docs/formats/gleif.md}.
 *
 * <p>The input is one file, or a folder whose {@code .xml} and {@code .json} files (below it, in
 * path order) are read together as one: then reporting exceptions join the LEI records they are
 * about and a relationship held by two files becomes one edge. Problems name a file by its path as
 * given (in a folder: the folder's path joined with the file's), with line and column; edge ids
 * are the file's name (in a folder: its path relative to the folder), {@code #} and the record's
 * place in the file counting from 1.
 *
 * <p>All or nothing: every file is checked completely first, and any bad record (a missing or
 * malformed LEI, a bad date or country code, an unknown relationship type) makes the read throw an
 * {@link InputException} with every problem found and write nothing. Hostile input is refused:
 * XML with a DOCTYPE (no DTDs, no external entities, no entity expansion), JSON nested deeper than
 * {@link ApiJson#MAX_DEPTH} levels or larger than {@link #MAX_JSON_BYTES} bytes.
 */
public final class GleifImporter implements Importer {
  /** At most this many files are read from one folder. */
  public static final int MAX_FILES = 10_000;

  /** The largest JSON document accepted (API pages are a few hundred kilobytes; XML is streamed). */
  public static final long MAX_JSON_BYTES = 64L * 1024 * 1024;

  /** How many leading bytes {@link #looksLikeGleif} needs to decide, at most. */
  public static final int HEAD_BYTES = 8192;

  private enum Syntax { XML, JSON, OTHER }

  /**
   * Reads {@code input}, a GLEIF file or a folder of them, into {@code into}.
   *
   * @throws InputException listing every problem found; nothing has been written to {@code into} then
   * @throws UncheckedIOException when a file cannot be read at all
   */
  @Override
  public void read(Path input, EstateAssembler into) {
    Problems problems = new Problems();
    GleifData data = new GleifData();
    if (Files.isDirectory(input)) {
      List<Path> files = filesIn(input);
      if (files.isEmpty()) {
        problems.add(new Problem(input.toString(), 0, 0, "no .xml or .json files in the folder, expected GLEIF files"));
      } else if (files.size() > MAX_FILES) {
        problems.add(new Problem(input.toString(), 0, 0, "the folder holds more than " + MAX_FILES
            + " .xml and .json files, expected at most " + MAX_FILES));
      } else {
        for (Path file : files) {
          readFile(into, file, file.toString(), input.relativize(file).toString().replace('\\', '/'), problems, data);
        }
      }
    } else {
      readFile(into, input, input.toString(), String.valueOf(input.getFileName()), problems, data);
    }
    problems.throwIfAny();
    data.writeTo(into);
  }

  /**
   * True when {@code head}, the first bytes of a file (up to {@link #HEAD_BYTES}), is GLEIF data: XML
   * whose root is {@code LEIData}, {@code RelationshipData} or {@code ReportingExceptionData} in
   * GLEIF's namespaces, or a JSON:API document whose {@code data} are {@code lei-records},
   * {@code relationship-records} or {@code reporting-exceptions} (or an empty page that GLEIF's
   * golden-copy metadata marks as theirs). Never throws; the array is not changed.
   */
  public static boolean looksLikeGleif(byte[] head) {
    if (head == null) {
      return false;
    }
    return switch (syntax(head)) {
      case XML -> xmlLooksLikeGleif(head);
      case JSON -> jsonLooksLikeGleif(head);
      case OTHER -> false;
    };
  }

  private static void readFile(EstateAssembler into, Path path, String shown, String name, Problems problems,
      GleifData data) {
    GleifFile file = new GleifFile(shown, name, problems);
    try (InputStream in = new BufferedInputStream(into.open(path), 65536)) {
      in.mark(HEAD_BYTES);
      byte[] head = in.readNBytes(HEAD_BYTES);
      in.reset();
      switch (syntax(head)) {
        case XML -> CdfXml.read(in, file, data);
        case JSON -> ApiJson.read(in, file, data);
        case OTHER -> file.problem(0, 0, head.length == 0 ? "the file is empty: expected GLEIF XML or JSON"
            : "neither XML nor JSON: expected a GLEIF LEI-CDF, RR-CDF or reporting-exception XML file"
                + " or a GLEIF API JSON document");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** XML when the first thing after a byte-order mark and white space is '<'; JSON for '{' or '['. */
  private static Syntax syntax(byte[] head) {
    int i = head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF ? 3 : 0;
    while (i < head.length && (head[i] == ' ' || head[i] == '\t' || head[i] == '\r' || head[i] == '\n')) {
      i++;
    }
    if (i == head.length) {
      return Syntax.OTHER;
    }
    return switch (head[i]) {
      case '<' -> Syntax.XML;
      case '{', '[' -> Syntax.JSON;
      default -> Syntax.OTHER;
    };
  }

  private static boolean xmlLooksLikeGleif(byte[] head) {
    XMLStreamReader reader = null;
    try {
      reader = CdfXml.factory().createXMLStreamReader(new ByteArrayInputStream(head));
      while (reader.hasNext()) {
        if (reader.next() == XMLStreamConstants.START_ELEMENT) {
          return CdfXml.isGleifRoot(reader.getNamespaceURI(), reader.getLocalName());
        }
      }
      return false;
    } catch (XMLStreamException | RuntimeException e) {
      return false;
    } finally {
      if (reader != null) {
        try {
          reader.close();
        } catch (XMLStreamException e) {
          // only a byte array behind it
        }
      }
    }
  }

  private static boolean jsonLooksLikeGleif(byte[] head) {
    try (JsonParser parser = ApiJson.factory().createParser(head)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return false;
      }
      boolean goldenCopy = false;
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        String key = parser.currentName();
        JsonToken value = parser.nextToken();
        if (key.equals("meta") && value == JsonToken.START_OBJECT) {
          while (parser.nextToken() == JsonToken.FIELD_NAME) {
            goldenCopy |= parser.currentName().equals("goldenCopy");
            parser.nextToken();
            parser.skipChildren();
          }
        } else if (key.equals("data")) {
          if (value == JsonToken.START_ARRAY) {
            JsonToken first = parser.nextToken();
            return first == JsonToken.END_ARRAY ? goldenCopy : first == JsonToken.START_OBJECT && hasGleifType(parser);
          }
          return value == JsonToken.START_OBJECT && hasGleifType(parser);
        } else {
          parser.skipChildren();
        }
      }
      return false;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** True when the object the parser has just entered has a {@code type} GLEIF's importer reads. */
  private static boolean hasGleifType(JsonParser parser) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      String key = parser.currentName();
      parser.nextToken();
      if (key.equals("type")) {
        return ApiJson.TYPES.contains(parser.getText());
      }
      parser.skipChildren();
    }
    return false;
  }

  private static List<Path> filesIn(Path folder) {
    try (Stream<Path> walk = Files.walk(folder)) {
      return walk.filter(Files::isRegularFile)
          .filter(path -> {
            String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
            return !name.startsWith(".") && (name.endsWith(".xml") || name.endsWith(".json"));
          })
          .sorted()
          .limit(MAX_FILES + 1L)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + folder + ": " + e.getMessage(), e);
    }
  }
}
