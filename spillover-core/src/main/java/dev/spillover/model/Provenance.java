package dev.spillover.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Where a fact comes from: the id of a {@link Source}, the date the fact was true according to
 * that source, and whether it was declared or derived.
 */
public record Provenance(String source, LocalDate asOf, Confidence confidence) {
  public Provenance {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(confidence, "confidence");
  }
}
