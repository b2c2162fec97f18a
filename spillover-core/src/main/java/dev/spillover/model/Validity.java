package dev.spillover.model;

import java.time.LocalDate;

/**
 * The days on which an edge holds: from {@code from} (inclusive) until {@code until} (exclusive).
 * Either bound may be null, meaning open.
 */
public record Validity(LocalDate from, LocalDate until) {
  /** Always valid. */
  public static final Validity ALWAYS = new Validity(null, null);

  public Validity {
    if (from != null && until != null && !from.isBefore(until)) {
      throw new IllegalArgumentException("validity from " + from + " must be before until " + until);
    }
  }

  /** True when the edge holds on {@code day}. */
  public boolean contains(LocalDate day) {
    return (from == null || !day.isBefore(from)) && (until == null || day.isBefore(until));
  }
}
