package dev.spillover.formats.report;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Left-aligned text columns, two spaces apart, widths measured in characters. */
final class Columns {
  private Columns() {}

  static void write(List<String[]> rows, Writer out, String indent) throws IOException {
    int columns = rows.get(0).length;
    int[] widths = new int[columns];
    for (String[] row : rows) {
      for (int c = 0; c < columns; c++) {
        widths[c] = Math.max(widths[c], row[c].codePointCount(0, row[c].length()));
      }
    }
    for (String[] row : rows) {
      StringBuilder line = new StringBuilder(indent);
      for (int c = 0; c < columns; c++) {
        line.append(row[c]);
        if (c < columns - 1) {
          line.append(" ".repeat(widths[c] - row[c].codePointCount(0, row[c].length()) + 2));
        }
      }
      out.write(line.toString().stripTrailing() + "\n");
    }
  }
}
