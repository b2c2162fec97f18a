package dev.spillover.screening.match;

import dev.spillover.screening.list.ListEntry;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A query scored against one list entry.
 *
 * @param entry the list entry
 * @param matchedName the entry's name that matched best, as the list spells it
 * @param score in [0, 1], the sum of the features' contributions
 * @param decision what the score means under the thresholds in force
 * @param features the explanation: each term of the score
 */
public record Match(ListEntry entry, String matchedName, double score, Decision decision, List<Feature> features) {

  public Match {
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(matchedName, "matchedName");
    Objects.requireNonNull(decision, "decision");
    features = List.copyOf(features);
  }

  /** The feature named {@code name}, or null when it did not apply. */
  public Feature feature(String name) {
    for (Feature f : features) {
      if (f.name().equals(name)) {
        return f;
      }
    }
    return null;
  }

  /** The score and its features, one a line, as a person reads them. */
  public String explain() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "%s %.3f  %s/%s '%s'%n", decision, score, entry.list(), entry.id(), matchedName));
    for (Feature f : features) {
      out.append("  ").append(f).append(System.lineSeparator());
    }
    return out.toString();
  }
}
