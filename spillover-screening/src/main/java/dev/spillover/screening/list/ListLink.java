package dev.spillover.screening.list;

import java.util.Objects;

/**
 * A relation a list states from an entry to another party: OFAC's "Linked To:" remarks, a DoD
 * 1260H parent. {@code targetId} is the other party's entry id on the same list when the list
 * gives one or it can be resolved unambiguously by name, else null; {@code targetName} is always
 * the name as the list spells it.
 */
public record ListLink(Relation relation, String targetName, String targetId) {

  public ListLink {
    Objects.requireNonNull(relation, "relation");
    Objects.requireNonNull(targetName, "targetName");
  }

  /** What the link says. */
  public enum Relation {
    /** The list links the entry to the target without saying how (OFAC "Linked To:"). */
    LINKED_TO,
    /** The target owns or controls the entry (a 1260H parent); becomes an ownership edge. */
    PARENT
  }
}
