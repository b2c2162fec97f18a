package dev.spillover.spill;

import dev.spillover.model.SystemAsset;
import java.util.Map;

/**
 * How much of the estate a blast radius cuts off.
 *
 * @param technology the products, components and systems of the snapshot: how many, how many
 *     stopped, how many degraded
 * @param systemsByCriticality the systems per declared criticality (medium when none is declared,
 *     as the estate format's default)
 * @param users the users declared by systems: in all, of the stopped ones, of the degraded ones,
 *     and how many systems declare none (they count in no user figure)
 */
public record Splinter(Count technology, Map<SystemAsset.Criticality, Count> systemsByCriticality, Users users) {
  public Splinter {
    systemsByCriticality = Map.copyOf(systemsByCriticality);
  }

  /** Of {@code total} nodes, how many stopped and how many degraded. */
  public record Count(int total, int stopped, int degraded) {
    /** The share stopped, 0 to 1 (0 when there are none). */
    public double stoppedShare() {
      return total == 0 ? 0 : (double) stopped / total;
    }

    /** The share stopped or degraded, 0 to 1. */
    public double hitShare() {
      return total == 0 ? 0 : (double) (stopped + degraded) / total;
    }
  }

  /** Declared users: in all, of stopped systems, of degraded ones; and the systems declaring none. */
  public record Users(long total, long stopped, long degraded, int systemsWithoutUsers) {
    /** The share of declared users whose system stopped, 0 to 1. */
    public double stoppedShare() {
      return total == 0 ? 0 : (double) stopped / total;
    }

    /** The share of declared users whose system stopped or degraded, 0 to 1. */
    public double hitShare() {
      return total == 0 ? 0 : (double) (stopped + degraded) / total;
    }
  }
}
