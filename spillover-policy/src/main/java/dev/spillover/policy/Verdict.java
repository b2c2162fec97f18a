package dev.spillover.policy;

import java.util.Locale;

/** What a rule decides about a subject, most severe first. */
public enum Verdict {
  PROHIBITED,
  RESTRICTED,
  REVIEW,
  ALLOWED;

  /** The name used in packs and outputs, for example {@code prohibited}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
