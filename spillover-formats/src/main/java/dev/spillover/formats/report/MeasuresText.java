package dev.spillover.formats.report;

import dev.spillover.policy.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The subject's CIA assessment and critical-infrastructure measures of a finding
 * ({@link Finding.Measures}), in words, as the table and HTML reports show them: one summary line
 * per set, then one line per dimension or measure worth explaining (a CIA dimension above none, a
 * measure below high) with its rules, reasons and the parties or components behind them.
 */
final class MeasuresText {
  /** The CIA dimensions, in report order. */
  static final List<String> CIA = List.of("confidentiality", "integrity", "availability");

  /** The critical-infrastructure measures, in report order. */
  static final List<String> CI = List.of("trustworthiness", "detection", "resilience");

  private MeasuresText() {}

  /** "confidentiality medium, integrity high, availability high". */
  static String summary(Map<String, Object> facts, List<String> names) {
    List<String> parts = new ArrayList<>();
    for (String name : names) {
      parts.add(name + " " + level(facts, name).get("level"));
    }
    return String.join(", ", parts);
  }

  /**
   * "integrity high: the party ... [i-remote-change]; through sdkco": one line per dimension or
   * measure that some rule explains.
   */
  static List<String> explanations(Map<String, Object> facts, List<String> names, String whoKey, String whoLabel) {
    List<String> lines = new ArrayList<>();
    for (String name : names) {
      Map<String, Object> level = level(facts, name);
      List<String> rules = strings(level.get("rules"));
      List<String> reasons = strings(level.get("reasons"));
      for (int i = 0; i < rules.size(); i++) {
        List<String> who = strings(level.get(whoKey));
        lines.add(name + " " + level.get("level") + ": " + reasons.get(i) + " [" + rules.get(i) + "]"
            + (who.isEmpty() ? "" : "; " + whoLabel + " " + String.join(", ", who)));
      }
    }
    return lines;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> level(Map<String, Object> facts, String name) {
    return (Map<String, Object>) facts.get(name);
  }

  @SuppressWarnings("unchecked")
  static List<String> strings(Object value) {
    return (List<String>) value;
  }
}
