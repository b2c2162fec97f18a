package dev.spillover.policy;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * A rule's legal history as dated events, and what state it was in on any day. An empty timeline
 * means the rule is always in force.
 *
 * <p>The state on day {@code d} replays the events that happened on or before {@code d}, in date
 * order: an announcement or delay sets the date the rule is to take effect; an injunction or
 * suspension holds it back (a suspension with an end date lapses by itself on that date); a
 * revocation or expiry ends it. Whatever holds it back wins over its effective date: a rule
 * enjoined before its effective date stays enjoined after it.
 */
public record Timeline(List<TimelineEvent> events) {
  public static final Timeline NONE = new Timeline(List.of());

  public Timeline {
    events = events.stream().sorted(Comparator.comparing(TimelineEvent::on)).toList();
  }

  /** The rule's state on {@code day}. */
  public RuleStatus statusOn(LocalDate day) {
    if (events.isEmpty()) {
      return RuleStatus.ALWAYS_IN_FORCE;
    }
    boolean announced = false;
    LocalDate effective = null;
    TimelineEvent scheduledBy = null;
    boolean delayed = false;
    TimelineEvent enjoined = null;
    TimelineEvent suspended = null;
    for (TimelineEvent event : events) {
      if (event.on().isAfter(day)) {
        break;
      }
      switch (event.type()) {
        case ANNOUNCED -> {
          announced = true;
          effective = event.effective() != null ? event.effective() : event.on();
          scheduledBy = event;
        }
        case EFFECTIVE -> {
          announced = true;
          effective = event.on();
          scheduledBy = event;
        }
        case DELAYED -> {
          announced = true;
          delayed = true;
          effective = event.effective();
          scheduledBy = event;
        }
        case ENJOINED -> enjoined = event;
        case INJUNCTION_LIFTED -> enjoined = null;
        case SUSPENDED -> suspended = event;
        case RESUMED -> suspended = null;
        case REVOKED, EXPIRED -> {
          return new RuleStatus(RuleStatus.State.REVOKED, event.on(), null, event);
        }
      }
    }
    if (!announced) {
      return new RuleStatus(RuleStatus.State.NOT_ANNOUNCED, null, events.get(0).on(), null);
    }
    if (enjoined != null && (enjoined.until() == null || day.isBefore(enjoined.until()))) {
      return new RuleStatus(RuleStatus.State.ENJOINED, enjoined.on(), enjoined.until(), enjoined);
    }
    if (suspended != null && (suspended.until() == null || day.isBefore(suspended.until()))) {
      return new RuleStatus(RuleStatus.State.SUSPENDED, suspended.on(), suspended.until(), suspended);
    }
    if (effective != null && day.isBefore(effective)) {
      return new RuleStatus(delayed ? RuleStatus.State.DELAYED : RuleStatus.State.PENDING,
          scheduledBy.on(), effective, scheduledBy);
    }
    return new RuleStatus(RuleStatus.State.IN_FORCE, effective, null, scheduledBy);
  }
}
