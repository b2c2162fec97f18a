package dev.spillover.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A decision to tolerate a finding: for {@code subject} (a node id), under {@code pack} and
 * {@code rule} (null rule: every rule of the pack), from {@code from} (null: always) until
 * {@code until} (exclusive), granted by {@code grantedBy} because of {@code reason}.
 */
public record Waiver(
    String id, String pack, String rule, String subject, String reason, String grantedBy,
    LocalDate from, LocalDate until, String source) {
  public Waiver {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(pack, "pack");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(until, "until");
  }

  /** True when this waiver covers that pack, rule and subject on {@code day}. */
  public boolean covers(String packId, String ruleId, String subjectId, LocalDate day) {
    return pack.equals(packId)
        && (rule == null || rule.equals(ruleId))
        && subject.equals(subjectId)
        && (from == null || !day.isBefore(from))
        && day.isBefore(until);
  }
}
