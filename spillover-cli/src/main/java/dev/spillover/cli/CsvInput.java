package dev.spillover.cli;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file given to {@code screen} ({@code --input}, {@code --pairs}): a header row, then one
 * row per record, read with Apache Commons CSV (quoted fields, doubled quotes, line breaks inside
 * quotes, LF or CRLF), as UTF-8 (a byte order mark dropped) or, when the bytes are not UTF-8, as
 * Windows-1252 (what spreadsheet programs save as "CSV" on Windows).
 *
 * <p>Columns are found by name, case and surrounding spaces ignored. The columns the command reads
 * are given; every other column is kept, with its name as written and in file order, so that it
 * can be carried through to the output. A column named twice is an error. Blank lines and rows of
 * empty cells are skipped.
 *
 * <p>Problems (a missing or repeated column, a row of another width than the header, a quote left
 * open) are collected, at most {@link #MAX_PROBLEMS}, each with the file and line; the caller adds
 * its own about cell values and throws them all together.
 */
final class CsvInput {
  /** The largest file read, in bytes: read whole, so bounded. */
  static final long MAX_BYTES = 256L << 20;

  /** The most problems listed for one file. */
  static final int MAX_PROBLEMS = 100;

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  /** Commons CSV's message for a quote left open, with the line the field starts on. */
  private static final Pattern UNCLOSED =
      Pattern.compile("\\(startline (\\d+)\\) EOF reached before encapsulated token finished");

  /**
   * One data row.
   *
   * @param line the 1-based line it starts on
   * @param known the cells of the columns the command reads, by their lower-case name (empty
   *     string for an empty cell), stripped
   * @param extra the cells of the other columns, in {@link #extraColumns()} order, as written
   */
  record Row(int line, Map<String, String> known, List<String> extra) {
    Row {
      known = Map.copyOf(known);
      extra = List.copyOf(extra);
    }

    /** The stripped cell of {@code column} (a column the command reads); empty when blank or absent. */
    String get(String column) {
      return known.getOrDefault(column, "");
    }
  }

  private final String file;
  private final List<String> extraColumns = new ArrayList<>();
  private final List<Row> rows = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();

  private CsvInput(String file) {
    this.file = file;
  }

  /** The file as given. */
  String file() {
    return file;
  }

  /** The names of the columns the command does not read, as written in the header. */
  List<String> extraColumns() {
    return List.copyOf(extraColumns);
  }

  List<Row> rows() {
    return List.copyOf(rows);
  }

  /** The problems found so far, the caller's included. */
  List<Problem> problems() {
    return List.copyOf(problems);
  }

  /** Adds a problem at {@code line} (up to {@link #MAX_PROBLEMS}, then one saying more were left out). */
  void problem(int line, String message) {
    if (problems.size() < MAX_PROBLEMS) {
      problems.add(new Problem(file, line, 0, message));
    } else if (problems.size() == MAX_PROBLEMS) {
      problems.add(new Problem(file, line, 0, "more problems not listed"));
    }
  }

  /** Throws every problem found, if any. */
  void throwProblems() {
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
  }

  /**
   * Reads {@code path}. {@code required} and {@code optional} are the lower-case names of the
   * columns the command reads; {@code reserved} are names an extra column may not have (the
   * command writes columns of those names beside the ones it carries through).
   *
   * @throws InputException when the file does not exist, is a folder or is too large
   * @throws UncheckedIOException when it cannot be read
   */
  static CsvInput read(Path path, List<String> required, List<String> optional, Set<String> reserved) {
    CsvInput input = new CsvInput(path.toString());
    String text = input.text(path);
    int[] lineStarts = lineStarts(text);
    List<String> columns = null;
    Map<String, Integer> byName = new HashMap<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), FORMAT)) {
      try {
        for (CSVRecord record : parser) {
          // After skipped blank lines the position is where they began: the record starts past them.
          long start = record.getCharacterPosition();
          while (start < text.length() && (text.charAt((int) start) == '\n' || text.charAt((int) start) == '\r')) {
            start++;
          }
          int line = lineAt(lineStarts, start);
          List<String> cells = record.toList();
          if (columns == null) {
            columns = cells;
            if (!input.header(line, cells, required, optional, reserved, byName)) {
              return input;
            }
            continue;
          }
          if (cells.stream().allMatch(String::isBlank)) {
            continue;
          }
          if (cells.size() != columns.size()) {
            input.problem(line, "row has " + cells.size() + " cell" + (cells.size() == 1 ? "" : "s") + ", expected "
                + columns.size() + " as in the header (" + String.join(", ", columns) + "); a cut or merged line, or"
                + " a comma in a name that is not quoted?");
            continue;
          }
          Map<String, String> known = new HashMap<>();
          List<String> extra = new ArrayList<>();
          for (int i = 0; i < cells.size(); i++) {
            String key = key(columns.get(i));
            if (byName.get(key) == i && (required.contains(key) || optional.contains(key))) {
              known.put(key, cells.get(i).strip());
            } else {
              extra.add(cells.get(i));
            }
          }
          input.rows.add(new Row(line, known, extra));
        }
      } catch (UncheckedIOException e) {
        String message = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        Matcher open = UNCLOSED.matcher(message);
        if (open.find()) {
          input.problem(Integer.parseInt(open.group(1)), "not well-formed CSV: a quoted field starts on this line "
              + "and is never closed, expected a closing quote (a quote inside a field is written twice: \"\")");
        } else {
          input.problem((int) Math.min(Integer.MAX_VALUE, parser.getCurrentLineNumber() + 1), "not well-formed CSV: "
              + message.replaceFirst("^\\(line \\d+\\) ", "")
              + "; expected every quoted field closed by a quote followed by a comma or the end of the line");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (columns == null) {
      input.problem(0, "file is empty, expected a header naming the columns " + String.join(", ", required)
          + " and then one row per line");
    }
    return input;
  }

  /** Checks the header and files its columns; false when the rows cannot be read. */
  private boolean header(int line, List<String> cells, List<String> required, List<String> optional,
      Set<String> reserved, Map<String, Integer> byName) {
    boolean readable = true;
    for (int i = 0; i < cells.size(); i++) {
      String key = key(cells.get(i));
      Integer first = byName.putIfAbsent(key, i);
      if (first != null) {
        problem(line, "header names column '" + cells.get(i).strip() + "' twice (columns " + (first + 1) + " and "
            + (i + 1) + "), expected each column once");
        readable = false;
      } else if (first == null && !required.contains(key) && !optional.contains(key) && reserved.contains(key)) {
        problem(line, "header column '" + cells.get(i).strip() + "' has the name of a column Spillover writes, "
            + "expected another name for a column carried through (rename it)");
        readable = false;
      }
    }
    List<String> missing = required.stream().filter(c -> !byName.containsKey(c)).toList();
    if (!missing.isEmpty()) {
      problem(line, "header lacks column" + (missing.size() > 1 ? "s " : " ") + String.join(", ", missing)
          + ", expected a header row naming " + String.join(", ", required)
          + (optional.isEmpty() ? "" : " (and optionally " + String.join(", ", optional) + ")")
          + "; found " + String.join(", ", cells));
      readable = false;
    }
    for (int i = 0; i < cells.size(); i++) {
      String key = key(cells.get(i));
      if (byName.get(key) != i || !(required.contains(key) || optional.contains(key))) {
        extraColumns.add(cells.get(i).strip());
      }
    }
    return readable;
  }

  private String text(Path path) {
    try {
      if (!Files.exists(path)) {
        throw new InputException(new Problem(file, 0, 0, "no such file, expected a CSV file with a header row"));
      }
      if (Files.isDirectory(path)) {
        throw new InputException(new Problem(file, 0, 0, "is a folder, expected a CSV file with a header row"));
      }
      long size = Files.size(path);
      if (size > MAX_BYTES) {
        throw new InputException(new Problem(file, 0, 0, "file is " + size + " bytes long, expected at most "
            + MAX_BYTES + "; split it"));
      }
      return decode(Files.readAllBytes(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /** UTF-8 without its byte order mark, or else Windows-1252. */
  static String decode(byte[] bytes) {
    int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
        ? 3 : 0;
    ByteBuffer buffer = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(buffer).toString();
    } catch (CharacterCodingException e) {
      return new String(bytes, offset, bytes.length - offset, WINDOWS_1252);
    }
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[64];
    int count = 1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    }
    return Arrays.copyOf(starts, count);
  }

  private static int lineAt(int[] lineStarts, long position) {
    int at = Arrays.binarySearch(lineStarts, (int) position);
    return (at >= 0 ? at : -at - 2) + 1;
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT);
  }
}
