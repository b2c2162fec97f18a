package dev.spillover.input;

import java.util.Objects;

/**
 * One thing wrong with an input: where ({@code file}, 1-based {@code line} and {@code column},
 * zero when unknown) and what ({@code message}, which names the bad value and what was expected).
 */
public record Problem(String file, int line, int column, String message) implements Comparable<Problem> {
  public Problem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(message, "message");
  }

  /** {@code file:line:column: message}, leaving out an unknown line or column. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    return text.append(": ").append(message).toString();
  }

  @Override
  public int compareTo(Problem other) {
    int byFile = file.compareTo(other.file);
    if (byFile != 0) {
      return byFile;
    }
    int byLine = Integer.compare(line, other.line);
    return byLine != 0 ? byLine : Integer.compare(column, other.column);
  }
}
