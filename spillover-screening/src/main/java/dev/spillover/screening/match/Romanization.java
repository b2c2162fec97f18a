package dev.spillover.screening.match;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Folds the spellings that different romanizations of Russian give one Cyrillic letter into one
 * form: "Khodorkovskiy" (BGN/PCGN, how names written in Cyrillic are transliterated here),
 * "Hodorkovskij" (ICU's Cyrillic-Latin), "Chodorkowski" and "Khodorkovsky" become "hodorkovski",
 * "hodorkovski", "codorkovski" and "hodorkovski". The rules are data, in {@code
 * reference/screening/romanizations.tsv}: passes of replacements, each pass reading a token once
 * from left to right and replacing the longest rule that starts at each position, a rule ending in
 * {@code $} only at the end of the token; doubled letters are collapsed before the first pass and
 * after the last.
 *
 * <p>The folded form is a comparison key, not a spelling: it is used only when one name of a pair
 * was written in Cyrillic and the other was not ({@link NameSimilarity}), never between two Latin
 * names. Thread-safe.
 */
final class Romanization {

  private static final List<Pass> PASSES = load();

  private Romanization() {}

  /** One rule: {@code from} replaced by {@code to}, at the end of a token only when {@code atEnd}. */
  private record Rule(String from, String to, boolean atEnd) {}

  /** One pass: its rules by first letter ('a' to 'z'), the longest first. */
  private record Pass(Rule[][] byFirst) {}

  /** {@code tokens} folded, one for one; the same array when no token changes. */
  static String[] fold(String[] tokens) {
    String[] out = tokens;
    for (int i = 0; i < tokens.length; i++) {
      String folded = fold(tokens[i]);
      if (!folded.equals(tokens[i])) {
        if (out == tokens) {
          out = tokens.clone();
        }
        out[i] = folded;
      }
    }
    return out;
  }

  /** One lower-case token folded. */
  static String fold(String token) {
    String s = collapseDoubles(token);
    for (Pass pass : PASSES) {
      s = apply(pass, s);
    }
    return collapseDoubles(s);
  }

  private static String apply(Pass pass, String s) {
    StringBuilder out = null;
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      Rule rule = null;
      if (c >= 'a' && c <= 'z') {
        for (Rule r : pass.byFirst[c - 'a']) {
          if (s.startsWith(r.from, i) && (!r.atEnd || i + r.from.length() == s.length())) {
            rule = r;
            break;
          }
        }
      }
      if (rule == null) {
        if (out != null) {
          out.append(c);
        }
        i++;
      } else {
        if (out == null) {
          out = new StringBuilder(s.length()).append(s, 0, i);
        }
        out.append(rule.to);
        i += rule.from.length();
      }
    }
    return out == null ? s : out.toString();
  }

  private static String collapseDoubles(String s) {
    for (int i = 1; i < s.length(); i++) {
      if (s.charAt(i) == s.charAt(i - 1)) {
        StringBuilder out = new StringBuilder(s.length()).append(s, 0, i);
        for (int j = i + 1; j < s.length(); j++) {
          if (s.charAt(j) != out.charAt(out.length() - 1)) {
            out.append(s.charAt(j));
          }
        }
        return out.toString();
      }
    }
    return s;
  }

  private static List<Pass> load() {
    List<List<Rule>> passes = new ArrayList<>();
    for (String[] row : Vocabulary.rows("romanizations.tsv", 4)) {
      int pass = Integer.parseInt(row[0]);
      if (pass < 1 || pass > passes.size() + 1) {
        throw new IllegalStateException("romanizations.tsv: pass " + pass + " of rule " + row[1]
            + " must be 1 or follow the pass before it (" + passes.size() + ")");
      }
      if (pass > passes.size()) {
        passes.add(new ArrayList<>());
      }
      boolean atEnd = row[1].endsWith("$");
      String from = atEnd ? row[1].substring(0, row[1].length() - 1) : row[1];
      if (from.isEmpty() || !from.chars().allMatch(ch -> ch >= 'a' && ch <= 'z')) {
        throw new IllegalStateException("romanizations.tsv: rule '" + row[1] + "' must be lower-case ASCII letters");
      }
      passes.get(pass - 1).add(new Rule(from, row[2], atEnd));
    }
    List<Pass> out = new ArrayList<>();
    for (List<Rule> rules : passes) {
      // Longest first, and an end-of-token rule before another of the same letters.
      rules.sort(Comparator.comparingInt((Rule r) -> -r.from.length()).thenComparing(r -> !r.atEnd));
      Rule[][] byFirst = new Rule[26][];
      for (char c = 'a'; c <= 'z'; c++) {
        char first = c;
        byFirst[c - 'a'] = rules.stream().filter(r -> r.from.charAt(0) == first).toArray(Rule[]::new);
      }
      out.add(new Pass(byFirst));
    }
    return List.copyOf(out);
  }
}
