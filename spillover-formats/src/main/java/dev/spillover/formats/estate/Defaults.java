package dev.spillover.formats.estate;

import java.time.LocalDate;

/** A file's {@code defaults:}: the source and as-of date of facts that do not name their own. */
record Defaults(String source, LocalDate asOf) {
  static final Defaults NONE = new Defaults(null, null);
}
