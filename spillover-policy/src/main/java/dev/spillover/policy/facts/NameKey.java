package dev.spillover.policy.facts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The comparison key of an organization name: Unicode NFKC, case-folded, punctuation as spaces,
 * runs of single letters joined (N.V. as nv), and common legal-form words dropped from the end ("Huawei Technologies Co., Ltd." and "Huawei
 * Technologies Company Limited" share the key {@code huawei technologies}). Exact key equality is
 * all this matcher does; fuzzy screening is a separate concern.
 */
public final class NameKey {
  private static final Set<String> LEGAL_FORMS = Set.of(
      "co", "company", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "llc", "plc", "lp",
      "llp", "sa", "ag", "gmbh", "bv", "nv", "pte", "pty", "holdings", "holding", "group", "the");

  private NameKey() {}

  /** Joins runs of single letters, so that "N.V.", "S.A." and "L.L.C." read as nv, sa and llc. */
  private static List<String> joinInitials(List<String> words) {
    List<String> joined = new ArrayList<>();
    StringBuilder run = new StringBuilder();
    for (String word : words) {
      if (word.isEmpty()) {
        continue;
      }
      if (word.codePointCount(0, word.length()) == 1 && Character.isLetter(word.codePointAt(0))) {
        run.append(word);
        continue;
      }
      if (run.length() > 0) {
        joined.add(run.toString());
        run.setLength(0);
      }
      joined.add(word);
    }
    if (run.length() > 0) {
      joined.add(run.toString());
    }
    return joined;
  }

  /** The key of {@code name}; never empty for a name with at least one letter or digit. */
  public static String of(String name) {
    // Upper then lower case folds what lower case alone keeps apart (ß and SS both become ss).
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    StringBuilder cleaned = new StringBuilder(folded.length());
    folded.codePoints().forEach(c -> cleaned.appendCodePoint(Character.isLetterOrDigit(c) ? c : ' '));
    List<String> words = joinInitials(Arrays.asList(cleaned.toString().trim().split("\\s+")));
    List<String> kept = new ArrayList<>(words);
    while (kept.size() > 1 && LEGAL_FORMS.contains(kept.get(kept.size() - 1))) {
      kept.remove(kept.size() - 1);
    }
    return String.join(" ", kept);
  }
}
