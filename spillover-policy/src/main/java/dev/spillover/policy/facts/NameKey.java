package dev.spillover.policy.facts;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The comparison key of an organization name: Unicode NFKC, case-folded, punctuation as spaces,
 * and common legal-form words dropped from the end ("Huawei Technologies Co., Ltd." and "Huawei
 * Technologies Company Limited" share the key {@code huawei technologies}). Exact key equality is
 * all this matcher does; fuzzy screening is a separate concern.
 */
public final class NameKey {
  private static final Set<String> LEGAL_FORMS = Set.of(
      "co", "company", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "llc", "plc", "lp",
      "llp", "sa", "ag", "gmbh", "bv", "nv", "pte", "pty", "holdings", "holding", "group", "the");

  private NameKey() {}

  /** The key of {@code name}; never empty for a name with at least one letter or digit. */
  public static String of(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    StringBuilder cleaned = new StringBuilder(folded.length());
    folded.codePoints().forEach(c -> cleaned.appendCodePoint(Character.isLetterOrDigit(c) ? c : ' '));
    List<String> words = new ArrayList<>(Arrays.asList(cleaned.toString().trim().split("\\s+")));
    words.removeIf(String::isEmpty);
    List<String> kept = new ArrayList<>(words);
    while (kept.size() > 1 && LEGAL_FORMS.contains(kept.get(kept.size() - 1))) {
      kept.remove(kept.size() - 1);
    }
    return String.join(" ", kept);
  }
}
