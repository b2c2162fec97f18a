package dev.spillover.formats.ftm;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.spillover.formats.ReadProgress;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Reads the JSON of an FtM file, entity by entity: line-delimited (one object per line, blank
 * lines ignored) or one JSON array of objects, told apart by the first character that is not
 * white space. Nothing is trusted: a line longer than {@link Limits#maxLineBytes} is skipped
 * without being held in memory, and Jackson's {@link StreamReadConstraints} refuse long strings,
 * deep nesting and (for an array) an oversized document. Each problem names the line; reading goes
 * on with the next line, up to {@link Limits#maxProblems} problems.
 */
final class FtmReader {
  /** Bounds on what one file may hold. */
  record Limits(int maxLineBytes, int maxStringChars, int maxDepth, long maxArrayBytes, int maxProblems) {
    static final Limits DEFAULT = new Limits(8 << 20, 1 << 20, 16, 256L << 20, 100);
  }

  /** Receives each entity object with the line it starts on. */
  interface Sink {
    void entity(int line, JsonNode entity);
  }

  private final Limits limits;
  private final ObjectMapper mapper;
  /** Reads one element of an array, where the rest of the array follows it. */
  private final ObjectReader element;

  FtmReader(Limits limits) {
    this.limits = limits;
    this.mapper = mapper(limits);
    this.element = mapper.reader().without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  /** A mapper that refuses strings, nesting and documents beyond {@code limits}, and duplicate keys. */
  static ObjectMapper mapper(Limits limits) {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(limits.maxStringChars())
            .maxNestingDepth(limits.maxDepth())
            .maxDocumentLength(limits.maxArrayBytes())
            .build())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
    return JsonMapper.builder(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();
  }

  /**
   * Reads {@code path}, passing every entity object to {@code sink} and every problem to
   * {@code problems}, and telling {@code progress} how far the reading has got.
   *
   * @throws UncheckedIOException when the file cannot be read
   */
  void read(Path path, ReadProgress progress, ProblemLog problems, Sink sink) {
    try {
      int first = firstSignificantByte(path);
      if (first < 0) {
        problems.add(0, "file holds no entities, expected one JSON object (an FtM entity) per line, "
            + "or a JSON array of them");
      } else if (first == '[') {
        readArray(path, progress, problems, sink);
      } else {
        readLines(path, progress, problems, sink);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  private void readLines(Path path, ReadProgress progress, ProblemLog problems, Sink sink) throws IOException {
    try (InputStream in = ReadProgress.open(path, progress)) {
      Lines lines = new Lines(in, limits.maxLineBytes());
      int number = 0;
      while (!problems.full() && lines.next()) {
        number++;
        if (lines.tooLong()) {
          problems.add(number, "line is " + lines.length() + " bytes long, longer than the " + limits.maxLineBytes()
              + " bytes accepted for one entity");
          continue;
        }
        int from = number == 1 && lines.hasBom() ? 3 : 0;
        if (lines.isBlank(from)) {
          continue;
        }
        try {
          JsonNode entity = mapper.readTree(lines.bytes(), from, lines.size() - from);
          if (entity.isObject()) {
            sink.entity(number, entity);
          } else {
            problems.add(number, "line holds " + describe(entity) + ", expected a JSON object (an FtM entity)");
          }
        } catch (JsonProcessingException e) {
          problems.add(number, column(e.getLocation()), message(e));
        }
      }
    }
  }

  private void readArray(Path path, ReadProgress progress, ProblemLog problems, Sink sink) throws IOException {
    try (InputStream in = ReadProgress.open(path, progress); JsonParser parser = mapper.createParser(in)) {
      try {
        parser.nextToken();
        while (!problems.full()) {
          JsonToken token = parser.nextToken();
          if (token == JsonToken.END_ARRAY) {
            if (parser.nextToken() != null) {
              JsonLocation at = parser.currentTokenLocation();
              problems.add(at.getLineNr(), column(at), "content after the closing ']', expected the end of the file");
            }
            return;
          }
          JsonLocation at = parser.currentTokenLocation();
          if (token != JsonToken.START_OBJECT) {
            problems.add(at.getLineNr(), column(at), "array element is " + describe(token)
                + ", expected a JSON object (an FtM entity)");
            parser.skipChildren();
            continue;
          }
          sink.entity(at.getLineNr(), element.readTree(parser));
        }
      } catch (JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        problems.add(at == null ? 0 : at.getLineNr(), column(at), message(e));
      }
    }
  }

  /** The first byte after a UTF-8 byte order mark and white space, or -1 when there is none. */
  private static int firstSignificantByte(Path path) throws IOException {
    try (InputStream in = Files.newInputStream(path)) {
      byte[] buffer = new byte[8192];
      boolean start = true;
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        int i = 0;
        if (start && n >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
          i = 3;
        }
        start = false;
        for (; i < n; i++) {
          if (!isSpace(buffer[i])) {
            return buffer[i] & 0xFF;
          }
        }
      }
      return -1;
    }
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\r' || b == '\n';
  }

  /** A message for a parse error: limits in plain words, other errors as Jackson states them. */
  private String message(JsonProcessingException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof StreamConstraintsException limit) {
        String said = String.valueOf(limit.getMessage());
        if (said.contains("getMaxStringLength")) {
          return "a string longer than " + limits.maxStringChars() + " characters, expected at most "
              + limits.maxStringChars() + "; refused";
        }
        if (said.contains("getMaxNestingDepth")) {
          return "JSON nested deeper than " + limits.maxDepth() + " levels, expected at most " + limits.maxDepth()
              + "; refused";
        }
        if (said.contains("getMaxDocumentLength")) {
          return "file longer than " + limits.maxArrayBytes() + " bytes, expected at most that for a JSON array "
              + "(line-delimited files have no total limit); refused";
        }
        return "refused: " + firstLine(limit.getOriginalMessage());
      }
    }
    return "not valid JSON: " + firstLine(e.getOriginalMessage());
  }

  private static String firstLine(String text) {
    String line = String.valueOf(text).lines().findFirst().orElse("");
    return line.length() > 200 ? line.substring(0, 197) + "..." : line;
  }

  private static int column(JsonLocation at) {
    return at == null ? 0 : Math.max(0, at.getColumnNr());
  }

  private static String describe(JsonNode node) {
    return node.isArray() ? "an array" : node.isTextual() ? "a string" : node.isNumber() ? "a number"
        : node.isBoolean() ? "a boolean" : node.isNull() ? "null" : "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  private static String describe(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "an array";
      case VALUE_STRING -> "a string";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "a boolean";
      case VALUE_NULL -> "null";
      default -> String.valueOf(token);
    };
  }

  /**
   * Splits a byte stream at {@code '\n'} (never part of a multi-byte UTF-8 sequence) into lines of at
   * most {@code max} bytes; the bytes of a longer line are counted and dropped, not kept.
   */
  private static final class Lines {
    private final InputStream in;
    private final int max;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private byte[] line = new byte[4096];
    private int size;
    private long length;

    Lines(InputStream in, int max) {
      this.in = in;
      this.max = max;
    }

    /** Reads the next line; false at the end of the input. */
    boolean next() throws IOException {
      size = 0;
      length = 0;
      boolean any = false;
      while (true) {
        if (position == limit) {
          limit = Math.max(0, in.read(buffer));
          position = 0;
          if (limit == 0) {
            trimCarriageReturn();
            return any;
          }
        }
        any = true;
        int start = position;
        while (position < limit && buffer[position] != '\n') {
          position++;
        }
        append(start, position - start);
        if (position < limit) {
          position++;
          trimCarriageReturn();
          return true;
        }
      }
    }

    private void append(int from, int count) {
      length += count;
      if (length > max) {
        return;
      }
      if (size + count > line.length) {
        line = Arrays.copyOf(line, (int) Math.min(max, Math.max((long) line.length * 2, size + count)));
      }
      System.arraycopy(buffer, from, line, size, count);
      size += count;
    }

    private void trimCarriageReturn() {
      if (!tooLong() && size > 0 && line[size - 1] == '\r') {
        size--;
      }
    }

    boolean tooLong() {
      return length > max;
    }

    long length() {
      return length;
    }

    byte[] bytes() {
      return line;
    }

    int size() {
      return size;
    }

    boolean hasBom() {
      return size >= 3 && (line[0] & 0xFF) == 0xEF && (line[1] & 0xFF) == 0xBB && (line[2] & 0xFF) == 0xBF;
    }

    boolean isBlank(int from) {
      for (int i = from; i < size; i++) {
        if (!isSpace(line[i])) {
          return false;
        }
      }
      return true;
    }
  }
}
