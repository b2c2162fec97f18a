package dev.spillover.screening.list.internal;

import dev.spillover.screening.list.ListLink;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * Finds the entry a link's target name stands for: the entries whose primary name is the name
 * (compared through {@code key}), else those with an alias of that name; a target is resolved only
 * when exactly one entry answers, so that a name two entries share never links to the wrong one.
 */
public final class NameIndex {
  private final UnaryOperator<String> key;
  private final Map<String, Set<String>> primary = new HashMap<>();
  private final Map<String, Set<String>> alias = new HashMap<>();

  /** An index comparing names through {@code key} (the identity for exact matches). */
  public NameIndex(UnaryOperator<String> key) {
    this.key = key;
  }

  /** An index of exact names. */
  public static NameIndex exact() {
    return new NameIndex(UnaryOperator.identity());
  }

  /** Adds {@code draft}'s primary name and aliases. */
  public void add(EntryDraft draft) {
    primary.computeIfAbsent(key.apply(draft.name()), k -> new LinkedHashSet<>()).add(draft.id());
    draft.aliases().forEach(a -> alias.computeIfAbsent(key.apply(a.text()), k -> new LinkedHashSet<>()).add(draft.id()));
  }

  /** Adds {@code name} as an extra primary name of entry {@code id} (a name as printed, say). */
  public void addPrimary(String name, String id) {
    primary.computeIfAbsent(key.apply(name), k -> new LinkedHashSet<>()).add(id);
  }

  /** The one entry {@code name} stands for, or null when none or several do. */
  public String resolve(String name) {
    String k = key.apply(name);
    Set<String> byPrimary = primary.get(k);
    if (byPrimary != null) {
      return byPrimary.size() == 1 ? byPrimary.iterator().next() : null;
    }
    Set<String> byAlias = alias.get(k);
    return byAlias != null && byAlias.size() == 1 ? byAlias.iterator().next() : null;
  }

  /** {@code links} with each target resolved, except a link to the entry itself, which is dropped. */
  public List<ListLink> resolve(String selfId, List<ListLink> links) {
    List<ListLink> resolved = new ArrayList<>();
    for (ListLink link : links) {
      String target = link.targetId() != null ? link.targetId() : resolve(link.targetName());
      if (!selfId.equals(target)) {
        resolved.add(new ListLink(link.relation(), link.targetName(), target));
      }
    }
    return resolved;
  }
}
