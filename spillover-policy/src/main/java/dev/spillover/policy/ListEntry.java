package dev.spillover.policy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One party named on a pack's list: its names and aliases, identifiers by scheme, the jurisdiction
 * code when given, and from {@code since} until {@code until} (exclusive; either may be null).
 */
public record ListEntry(
    List<String> names, Map<String, String> identifiers, String country, LocalDate since, LocalDate until,
    String source, String note) {
  public ListEntry {
    names = List.copyOf(names);
    identifiers = Map.copyOf(identifiers);
  }

  /** True when the entry is on the list on {@code day}. */
  public boolean listedOn(LocalDate day) {
    return (since == null || !day.isBefore(since)) && (until == null || day.isBefore(until));
  }
}
