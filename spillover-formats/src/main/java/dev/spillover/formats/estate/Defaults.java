package dev.spillover.formats.estate;

import java.time.LocalDate;

/**
 * A file's {@code defaults:}: the source and as-of date of facts that do not name their own;
 * {@code sourceBad} and {@code asOfBad} when a default is given but invalid (already reported).
 */
record Defaults(String source, LocalDate asOf, boolean sourceBad, boolean asOfBad) {
  static final Defaults NONE = new Defaults(null, null, false, false);
}
