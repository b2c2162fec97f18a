package dev.spillover.policy;

import dev.spillover.policy.facts.ConditionLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The part of an exposure rule's condition that reads nothing but the party: the conjuncts of its
 * top-level {@code &&} that name {@code exposure} only as {@code exposure.party} and never name
 * {@code subject}. When that part is false for a party, the whole condition is false on every path
 * to it, so {@link Assessment} searches only from the subjects that can reach a party it accepts
 * ({@link dev.spillover.exposure.ExposureAnalysis#reaching}). Conditions with a top-level {@code ||}
 * or {@code ? :} are not split and have no gate. Gates are compiled once per condition text.
 */
final class PartyGate {
  private static final Pattern OTHER_EXPOSURE_FACT = Pattern.compile("\\bexposure\\b(?!\\s*\\.\\s*party\\b)");
  private static final Pattern SUBJECT = Pattern.compile("\\bsubject\\b");
  private static final Map<String, Optional<CompiledCondition>> COMPILED = new ConcurrentHashMap<>();

  private PartyGate() {}

  /** The compiled gate of {@code condition}, or empty when no conjunct reads only the party (or it does not compile). */
  static Optional<CompiledCondition> of(String condition) {
    return COMPILED.computeIfAbsent(condition, text -> {
      String gate = text(text);
      if (gate == null) {
        return Optional.empty();
      }
      try {
        return Optional.of(ConditionLanguage.compile(gate, false));
      } catch (ConditionLanguage.InvalidCondition e) {
        return Optional.empty(); // a part that does not check on its own: no gate, the whole condition decides
      }
    });
  }

  /** The conjuncts of {@code condition} that read only the party, joined by {@code &&}; null when there are none. */
  static String text(String condition) {
    List<String> conjuncts = conjuncts(condition);
    if (conjuncts == null) {
      return null;
    }
    List<String> partyOnly = new ArrayList<>();
    for (String conjunct : conjuncts) {
      String code = blankStrings(conjunct);
      if (code.contains("exposure") && !OTHER_EXPOSURE_FACT.matcher(code).find() && !SUBJECT.matcher(code).find()) {
        partyOnly.add("(" + conjunct.strip() + ")");
      }
    }
    return partyOnly.isEmpty() ? null : String.join(" && ", partyOnly);
  }

  /** The operands of the top-level {@code &&}; null when the top level also has {@code ||} or {@code ?}. */
  private static List<String> conjuncts(String condition) {
    if (condition.contains("\'\'\'") || condition.contains("\"\"\"")) {
      return null; // triple-quoted strings are not scanned: no gate rather than a wrong one
    }
    String code = blankStrings(condition);
    if (code == null) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (c == '(' || c == '[' || c == '{') {
        depth++;
      } else if (c == ')' || c == ']' || c == '}') {
        depth--;
      } else if (depth == 0 && (c == '?' || c == '|')) {
        return null;
      } else if (depth == 0 && c == '&' && i + 1 < code.length() && code.charAt(i + 1) == '&') {
        parts.add(condition.substring(from, i));
        from = i + 2;
        i++;
      }
    }
    if (depth != 0) {
      return null;
    }
    parts.add(condition.substring(from));
    return parts;
  }

  /**
   * {@code code} with the contents of its string literals blanked, quotes kept and every position
   * where it was, so that words and operators inside strings do not count; null when a string is
   * left open.
   */
  private static String blankStrings(String code) {
    StringBuilder out = new StringBuilder(code);
    char quote = 0;
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      if (quote == 0) {
        if (c == '\'' || c == '"') {
          quote = c;
        }
      } else if (c == quote) {
        quote = 0;
      } else {
        out.setCharAt(i, ' ');
        if (c == '\\' && i + 1 < code.length()) {
          out.setCharAt(++i, ' ');
        }
      }
    }
    return quote == 0 ? out.toString() : null;
  }
}
