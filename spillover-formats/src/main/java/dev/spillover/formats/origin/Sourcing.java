package dev.spillover.formats.origin;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where an entry of an origin table comes from: its {@code source} (a URL, or {@code stored:} and
 * a reference to stored text), the day the source was read showing the fact ({@code asOf}), what
 * the source shows ({@code note}), whose text it is, and whether the fact could be checked at all
 * ({@code verified}). {@code file} and {@code line} say where the entry is written.
 */
public record Sourcing(String source, LocalDate asOf, String note, Evidence evidence, boolean verified,
    String file, int line) {

  public Sourcing {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(file, "file");
  }

  /** {@code file:line}, where the entry is written. */
  public String location() {
    return file + ":" + line;
  }

  /** Whose text the source is. */
  public enum Evidence {
    /** The vendor's own repository, page or package metadata. */
    VENDOR,
    /** Someone else's text (a registry copy, another project's build file, a news page). */
    THIRD_PARTY
  }
}
