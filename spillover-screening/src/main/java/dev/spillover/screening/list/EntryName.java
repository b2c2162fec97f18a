package dev.spillover.screening.list;

import java.util.Objects;

/** One name of a list entry, as the list spells it, and what kind of name the list says it is. */
public record EntryName(String text, Kind kind) {

  public EntryName {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    if (text.isBlank()) {
      throw new IllegalArgumentException("a name must not be blank");
    }
  }

  /** The entry's main name. */
  public static EntryName primary(String text) {
    return new EntryName(text, Kind.PRIMARY);
  }

  /** How the list presents a name. */
  public enum Kind {
    /** The entry's main name. */
    PRIMARY,
    /** Also known as (OFAC "a.k.a.", "n.k.a."; UN good-quality alias). */
    ALIAS,
    /** An alias the publisher itself calls weak or low quality (OFAC "weak aka", UN "Low"). */
    WEAK_ALIAS,
    /** Formerly known as (OFAC "f.k.a.", 1260H "previous name"). */
    FORMER,
    /** The name in its original script, as published beside the Latin one. */
    ORIGINAL_SCRIPT
  }
}
