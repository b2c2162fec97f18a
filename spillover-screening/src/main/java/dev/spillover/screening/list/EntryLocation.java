package dev.spillover.screening.list;

import java.util.Objects;

/** Where a list entry was read: the file and its 1-based line (0 when the format has no lines). */
public record EntryLocation(String file, int line) {

  public EntryLocation {
    Objects.requireNonNull(file, "file");
  }

  @Override
  public String toString() {
    return line > 0 ? file + ":" + line : file;
  }
}
