package dev.spillover.policy.scenario;

import dev.spillover.policy.Pack;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A scenario as read from its file ({@code origin}): a short {@code name}, a {@code description}
 * (may be null), the packs to apply, the day to assess, and the hypothetical {@code changes} made
 * to the estate before it is assessed, in file order.
 */
public record Scenario(
    String name, String description, String origin, List<Pack> packs, LocalDate asOf, List<ScenarioChange> changes) {
  public Scenario {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(asOf, "asOf");
    packs = List.copyOf(packs);
    changes = List.copyOf(changes);
  }

  /** The id of the source that every fact a change adds cites: {@code scenario:NAME}. */
  public String sourceId() {
    return "scenario:" + name;
  }
}
