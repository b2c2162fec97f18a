package dev.spillover.screening.list.internal;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of a CSV or tab-separated list file, read with Apache Commons CSV (quoted fields,
 * doubled quotes inside them, line breaks inside them, CRLF or LF), each with the line it starts
 * on. Blank lines (empty, or spaces only) are skipped. A malformed file (a quote left open, text after a closing quote) is
 * one problem at the line where reading stopped; the rows before it are still returned, so that
 * their problems are reported too, but the file has a problem and is not loaded.
 */
public final class CsvRows {
  /** Comma-separated, double quotes. */
  public static final CSVFormat COMMA = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).get();

  /** Tab-separated, double quotes (BIS's dpl.txt). */
  public static final CSVFormat TAB = CSVFormat.RFC4180.builder().setDelimiter('\t').setIgnoreEmptyLines(true).get();

  private CsvRows() {}

  /** One row: the line it starts on and its cells as written. */
  public record Row(int line, List<String> cells) {
    public Row {
      cells = List.copyOf(cells);
    }

    /** Cell {@code index}, stripped; empty when the row is shorter. */
    public String cell(int index) {
      return index < cells.size() ? cells.get(index).strip() : "";
    }

    public int size() {
      return cells.size();
    }
  }

  /** Every row of {@code file}; a malformed file adds a problem to it. */
  public static List<Row> read(ListFile file, CSVFormat format) {
    List<Row> rows = new ArrayList<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(file.text()), format)) {
      try {
        String text = file.text();
        for (CSVRecord record : parser) {
          // After skipped blank lines the position is where they began: the record starts past them.
          long start = record.getCharacterPosition();
          while (start < text.length() && (text.charAt((int) start) == '\n' || text.charAt((int) start) == '\r')) {
            start++;
          }
          if (record.size() == 1 && record.get(0).isBlank()) {
            continue; // a line of spaces only: blank, as an empty line is
          }
          rows.add(new Row(file.lineAt(start), record.toList()));
        }
      } catch (UncheckedIOException e) {
        long line = parser.getCurrentLineNumber();
        String message = String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage());
        file.problem((int) Math.min(Integer.MAX_VALUE, line + 1), "not well-formed "
            + (format.getDelimiterString().equals("\t") ? "tab-separated text" : "CSV") + ": "
            + message.replaceFirst("^\\(line \\d+\\) ", "")
            + "; expected every quoted field closed by a quote followed by a "
            + (format.getDelimiterString().equals("\t") ? "tab" : "comma") + " or the end of the line");
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /** The first row of {@code head} (the first bytes of a file), or an empty list when it cannot be read. */
  public static List<String> firstRow(byte[] head, CSVFormat format) {
    String text = ListFile.headText(head);
    int end = text.indexOf('\n');
    String line = end < 0 ? text : text.substring(0, end);
    try (CSVParser parser = CSVParser.parse(new StringReader(line), format)) {
      for (CSVRecord record : parser) {
        return record.toList().stream().map(String::strip).toList();
      }
    } catch (IOException | UncheckedIOException e) {
      return List.of();
    }
    return List.of();
  }

  /**
   * A file read as a table: its header and the rows under it that are as wide as the header.
   *
   * @param header the header, or null when the file is empty or its header lacks a required column
   * @param rows the rows under the header that fit it; none when there is no header
   */
  public record Table(Header header, List<Row> rows) {
    /**
     * Reads {@code file} in {@code format} as a table whose header names {@code required}. An empty
     * file, a header without a required column, and every row not as wide as the header are
     * problems recorded in {@code file}; the rows of the table are the others.
     */
    public static Table read(ListFile file, CSVFormat format, List<String> required) {
      List<Row> rows = CsvRows.read(file, format);
      if (rows.isEmpty()) {
        file.problem(0, "file is empty, expected a header row naming " + String.join(", ", required));
        return new Table(null, List.of());
      }
      Header header = Header.of(file, rows.get(0), required);
      if (header == null) {
        return new Table(null, List.of());
      }
      List<Row> fitting = new ArrayList<>(rows.size() - 1);
      for (Row row : rows.subList(1, rows.size())) {
        if (header.fits(file, row)) {
          fitting.add(row);
        }
      }
      return new Table(header, fitting);
    }
  }

  /**
   * The columns of a header row, found by name (case and surrounding space ignored), so that
   * columns may come in any order and unknown ones are ignored.
   */
  public static final class Header {
    private final Map<String, Integer> columns = new HashMap<>();
    private final int width;

    private Header(Row row) {
      for (int i = 0; i < row.size(); i++) {
        columns.putIfAbsent(key(row.cell(i)), i);
      }
      this.width = row.size();
    }

    /**
     * The header in {@code row}, or null after a problem when a column of {@code required} is
     * missing.
     */
    public static Header of(ListFile file, Row row, List<String> required) {
      Header header = new Header(row);
      List<String> missing = required.stream().filter(c -> !header.columns.containsKey(key(c))).toList();
      if (!missing.isEmpty()) {
        file.problem(row.line(), "header lacks column" + (missing.size() > 1 ? "s " : " ")
            + String.join(", ", missing.stream().map(Texts::quote).toList())
            + ", expected a header naming " + String.join(", ", required));
        return null;
      }
      return header;
    }

    /** True when {@code names} are all columns of {@code firstRow}. */
    public static boolean names(List<String> firstRow, List<String> names) {
      List<String> keys = firstRow.stream().map(Header::key).toList();
      return names.stream().allMatch(n -> keys.contains(key(n)));
    }

    /** True when the header has {@code column}. */
    public boolean has(String column) {
      return columns.containsKey(key(column));
    }

    /** How many columns the header has. */
    public int width() {
      return width;
    }

    /** The stripped value of {@code column} in {@code row}; empty when the header or row lacks it. */
    public String get(Row row, String column) {
      Integer index = columns.get(key(column));
      return index == null ? "" : row.cell(index);
    }

    /**
     * True when {@code row} is as wide as the header; else a problem naming the row's width, the
     * header's, and the row's last cell (the usual sign of a cut line).
     */
    public boolean fits(ListFile file, Row row) {
      if (row.size() == width) {
        return true;
      }
      if (file.full()) {
        return false; // no more problems are listed: spare building the message
      }
      String last = row.size() == 0 ? "nothing" : Texts.quote(row.cells().get(row.size() - 1));
      file.problem(row.line(), "row has " + row.size() + " cell" + (row.size() == 1 ? "" : "s") + " (the last "
          + last + "), expected " + width + " as in the header; a cut or merged line?");
      return false;
    }

    private static String key(String name) {
      return name.strip().toLowerCase(Locale.ROOT);
    }
  }
}
