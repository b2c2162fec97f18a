package dev.spillover.screening.evaluation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Just enough CSV for the evaluation files: comma-separated, fields optionally in double quotes
 * with "" for a quote, quoted fields may span lines. Lines starting with {@code #} outside quotes
 * are skipped when asked (the watchman pairs file).
 */
final class Csv {

  private Csv() {}

  static List<List<String>> read(Path file, boolean skipComments) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    boolean lineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (lineStart && skipComments && c == '#') {
        int end = text.indexOf('\n', i);
        i = end < 0 ? text.length() : end;
        continue;
      }
      lineStart = false;
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i++;
          } else {
            quoted = false;
          }
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        row.add(field.toString());
        field.setLength(0);
        if (row.size() > 1 || !row.get(0).isBlank()) {
          rows.add(row);
        }
        row = new ArrayList<>();
        lineStart = true;
      } else {
        field.append(c);
      }
    }
    row.add(field.toString());
    if (row.size() > 1 || !row.get(0).isBlank()) {
      rows.add(row);
    }
    return rows;
  }
}
