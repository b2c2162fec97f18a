package dev.spillover.policy;

import java.util.List;

/** A list of named parties that a pack's rules refer to by {@code id} (for example section 889's five companies). */
public record PackList(String id, String title, String source, List<ListEntry> entries) {
  public PackList {
    entries = List.copyOf(entries);
  }
}
