package dev.spillover.input;

import java.util.Collection;

/** The "did you mean" of an error message: the known name nearest to a misspelt one. */
public final class Suggestions {
  private Suggestions() {}

  /**
   * {@code " (did you mean 'X'?)"} for the name of {@code known} nearest to {@code id} by edit
   * distance, when it is within 2 edits or a quarter of {@code id}'s length; else the empty string.
   */
  public static String didYouMean(String id, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known) {
      int distance = distance(id, candidate);
      if (distance < bestDistance) {
        bestDistance = distance;
        best = candidate;
      }
    }
    return best != null && bestDistance <= Math.max(2, id.length() / 4) ? " (did you mean '" + best + "'?)" : "";
  }

  /** Levenshtein distance, in two rows. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
