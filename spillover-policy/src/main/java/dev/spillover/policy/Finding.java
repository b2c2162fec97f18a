package dev.spillover.policy;

import dev.spillover.model.Node;
import dev.spillover.model.Waiver;
import java.util.List;

/**
 * That {@code rule} of {@code pack} matched {@code subject} (snapshot index {@code subjectIndex}) on
 * the evaluation date, with the rule's {@code status} that day, the {@code waiver} that covers it
 * (or null) and the {@code evidence}.
 *
 * <p>{@link #verdict()} is the verdict that counts that day: the rule's verdict only when the rule
 * is in force, enforced and not waived; otherwise null (the finding is reported, but decides
 * nothing). A rule that is pending, delayed, enjoined or suspended never yields a verdict.
 */
public record Finding(
    Pack pack, Rule rule, int subjectIndex, Node subject, RuleStatus status, Waiver waiver, List<Evidence> evidence) {

  public Finding {
    evidence = List.copyOf(evidence);
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
