package dev.spillover.policy;

import dev.spillover.model.Node;
import dev.spillover.model.Waiver;
import java.util.List;
import java.util.Map;

/**
 * That {@code rule} of {@code pack} matched {@code subject} (snapshot index {@code subjectIndex}) on
 * the evaluation date, with the rule's {@code status} that day, the {@code waiver} that covers it
 * (or null) and the {@code evidence}.
 *
 * <p>{@link #verdict()} is the verdict that counts that day: the rule's verdict only when the rule
 * is in force, enforced and not waived; otherwise null (the finding is reported, but decides
 * nothing). A rule that is pending, delayed, enjoined or suspended never yields a verdict.
 *
 * <p>{@code measures} holds the subject's CIA assessment and critical-infrastructure measures when
 * the assessment computed them (a live condition named them), for reports to show.
 */
public record Finding(
    Pack pack, Rule rule, int subjectIndex, Node subject, RuleStatus status, Waiver waiver, List<Evidence> evidence,
    Measures measures) {

  public Finding {
    evidence = List.copyOf(evidence);
  }

  /** A finding without measures (neither {@code cia} nor {@code ci} computed). */
  public Finding(Pack pack, Rule rule, int subjectIndex, Node subject, RuleStatus status, Waiver waiver,
      List<Evidence> evidence) {
    this(pack, rule, subjectIndex, subject, status, waiver, evidence, Measures.NONE);
  }

  /**
   * The subject's {@code subject.cia} facts ({@code cia}) and {@code subject.ci} facts ({@code ci}),
   * as the conditions saw them; each null when the assessment did not compute it ({@code ci} also
   * for a subject that is not a product, component or system).
   */
  public record Measures(Map<String, Object> cia, Map<String, Object> ci) {
    /** Nothing computed. */
    public static final Measures NONE = new Measures(null, null);

    /** The measures in {@code subjectFacts}, those computed only. */
    @SuppressWarnings("unchecked")
    static Measures of(Map<String, Object> subjectFacts, boolean cia, boolean ci) {
      String kind = (String) subjectFacts.get("kind");
      boolean asset = kind.equals("product") || kind.equals("component") || kind.equals("system");
      return new Measures(cia ? (Map<String, Object>) subjectFacts.get("cia") : null,
          ci && asset ? (Map<String, Object>) subjectFacts.get("ci") : null);
    }

    /** True when neither was computed. */
    public boolean isEmpty() {
      return cia == null && ci == null;
    }
  }

  /** The verdict that counts on the evaluation date, or null when the finding decides nothing. */
  public Verdict verdict() {
    return status.inForce() && rule.mode() == RuleMode.ENFORCE && waiver == null ? rule.verdict() : null;
  }

  /** Why the verdict does not count, in words, or null when it does. */
  public String verdictWithheldBecause() {
    if (!status.inForce()) {
      return "rule " + status.describe();
    }
    if (rule.mode() == RuleMode.LOG) {
      return "rule is log-only";
    }
    if (waiver != null) {
      return "waived until " + waiver.until() + " (" + waiver.id() + ")";
    }
    return null;
  }
}
