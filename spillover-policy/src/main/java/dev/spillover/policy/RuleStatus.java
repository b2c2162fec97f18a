package dev.spillover.policy;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The legal state of a rule on one day: {@code since} when (null when it has always held),
 * {@code until} when it is next expected to change (null when open-ended or unknown), and the event
 * that put it there (null for a rule without a timeline).
 */
public record RuleStatus(State state, LocalDate since, LocalDate until, TimelineEvent event) {

  /** A rule without a timeline: always in force. */
  public static final RuleStatus ALWAYS_IN_FORCE = new RuleStatus(State.IN_FORCE, null, null, null);

  /** The states a rule can be in. Only {@link #IN_FORCE} lets its verdict count. */
  public enum State {
    /** Not yet announced on that day: the rule did not exist. */
    NOT_ANNOUNCED,
    /** Announced, to take effect on {@code until}. */
    PENDING,
    /** Its effective date was postponed, now to {@code until}. */
    DELAYED,
    IN_FORCE,
    /** A court has stopped it from taking or having effect. */
    ENJOINED,
    /** Suspended by its author, until {@code until} when known. */
    SUSPENDED,
    /** Revoked or expired: it no longer exists. */
    REVOKED;

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }

  /** True when findings should be reported at all: the rule exists on that day. */
  public boolean exists() {
    return state != State.NOT_ANNOUNCED && state != State.REVOKED;
  }

  public boolean inForce() {
    return state == State.IN_FORCE;
  }

  /** A short description, for example "enjoined since 2020-09-19" or "pending until 2020-09-20". */
  public String describe() {
    StringBuilder text = new StringBuilder(state.label());
    if (since != null && state != State.PENDING && state != State.DELAYED) {
      text.append(" since ").append(since);
    }
    if (until != null) {
      text.append(" until ").append(until);
    }
    return text.toString();
  }
}
