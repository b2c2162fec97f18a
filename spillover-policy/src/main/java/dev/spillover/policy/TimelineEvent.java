package dev.spillover.policy;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * Something that happened to a rule on day {@code on}: it was announced (to take effect on
 * {@code effective}), took effect, was delayed (to {@code effective}), enjoined or suspended (until
 * {@code until}, when known), had an injunction lifted, resumed, was revoked or expired. {@code note}
 * says what happened in words; {@code source} is the id of a pack source.
 */
public record TimelineEvent(
    LocalDate on, Type type, LocalDate effective, LocalDate until, String note, String source) {

  public TimelineEvent {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(type, "type");
  }

  /** The kinds of event. */
  public enum Type {
    ANNOUNCED,
    EFFECTIVE,
    DELAYED,
    ENJOINED,
    INJUNCTION_LIFTED,
    SUSPENDED,
    RESUMED,
    REVOKED,
    EXPIRED;

    public String label() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
