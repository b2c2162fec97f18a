package dev.spillover.formats.report;

import dev.spillover.ownership.OwnershipMethod;
import dev.spillover.ownership.OwnershipQueries;
import dev.spillover.snapshot.Snapshot;
import java.util.List;

/**
 * The answers of {@code spillover owners}, ready to write: either the owners of one entity
 * ({@code target} set, {@code restricted} the aggregate method's seeds) or the entities a
 * restricted set holds to a threshold ({@code target} -1), by each method asked for.
 */
public record OwnersAnswer(Snapshot snapshot, int target, List<Integer> restricted, double thresholdPercent,
    List<ByMethod> methods) {

  public OwnersAnswer {
    restricted = List.copyOf(restricted);
    methods = List.copyOf(methods);
  }

  /** True for the question "who owns the target?". */
  public boolean isOwnersOf() {
    return target >= 0;
  }

  /** One method's answer: owners of the target, or entities held by the restricted set. */
  public record ByMethod(OwnershipMethod method, List<OwnershipQueries.Holder> owners, List<OwnershipQueries.Held> held) {
    public ByMethod {
      owners = List.copyOf(owners);
      held = List.copyOf(held);
    }
  }
}
