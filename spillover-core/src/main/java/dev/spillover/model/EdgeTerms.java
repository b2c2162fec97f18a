package dev.spillover.model;

import java.util.List;

/** What an edge says beyond "from relates to to": a share, a kind of control, a purpose. */
public sealed interface EdgeTerms {

  /**
   * The ways the supplier at the far end of a {@code uses}, {@code depends_on} or {@code embeds}
   * edge can change what the near end runs after it is installed (docs/estate-format.md); empty
   * when none is declared.
   */
  default List<Change> changes() {
    return List.of();
  }

  /** A way a supplier can change a product or component in place. */
  enum Change {
    /** The supplier pushes new code or versions without the user's step (auto-update, OTA). */
    AUTO_UPDATE,
    /** The supplier's servers configure or switch behaviour at run time (remote config, feature flags, kill switch). */
    REMOTE_CONFIG,
    /** The supplier updates device firmware in place. */
    FIRMWARE_UPDATE
  }

  /** Terms for edges that carry none. */
  None NONE = new None();

  /** No terms. */
  record None() implements EdgeTerms {}

  /**
   * A shareholding of {@code min} to {@code max} percent (equal when exact); null bounds mean
   * the share is unknown, as when a source names an owner but no figure.
   */
  record Share(Double min, Double max, ShareBasis basis) implements EdgeTerms {
    public Share {
      if ((min == null) != (max == null)) {
        throw new IllegalArgumentException("share bounds must both be known or both unknown");
      }
      if (min != null && (min < 0 || max > 100 || min > max)) {
        throw new IllegalArgumentException("share must satisfy 0 <= min <= max <= 100, got " + min + ".." + max);
      }
    }

    /** True when a figure is known. */
    public boolean known() {
      return min != null;
    }
  }

  /** Whether a share counts equity or votes. */
  enum ShareBasis {
    EQUITY,
    VOTING
  }

  /** Control declared other than by a majority holding. */
  record Control(ControlType type) implements EdgeTerms {}

  /** How control is held. */
  enum ControlType {
    MAJORITY,
    BOARD,
    GOLDEN_SHARE,
    STATE,
    DIRECTION,
    OTHER
  }

  /**
   * What a system uses a product for, for example {@code payments} or {@code marketing}, and how
   * the product's supplier can change it in place.
   */
  record Usage(List<String> purposes, List<Change> changes) implements EdgeTerms {
    public Usage {
      purposes = List.copyOf(purposes);
      changes = List.copyOf(changes);
    }

    /** A use with no declared way of change. */
    public Usage(List<String> purposes) {
      this(purposes, List.of());
    }
  }

  /**
   * The scope of a dependency, for example {@code required}, {@code optional}, {@code dev}, and
   * how the dependency's supplier can change it in place.
   */
  record Dependency(String scope, List<Change> changes) implements EdgeTerms {
    public Dependency {
      changes = List.copyOf(changes);
    }

    /** A dependency with no declared way of change. */
    public Dependency(String scope) {
      this(scope, List.of());
    }
  }

  /** An embedding, with how the embedded product's supplier can change it in place. */
  record Embedding(List<Change> changes) implements EdgeTerms {
    public Embedding {
      changes = List.copyOf(changes);
    }
  }

  /**
   * A transfer of data: which dataset (may be null when the sender is a dataset), how many persons
   * (null when unknown), why, and whether onward transfer is allowed.
   */
  record DataTransfer(String dataset, Long persons, String purpose, boolean onwardAllowed) implements EdgeTerms {}

  /**
   * A complement whose users prefer the other product {@code ratio} to 1 over this one: asked to
   * keep one of the two, {@code ratio} keep the other product for each one who keeps this one.
   *
   * @param ratio the preference ratio R (R to 1 for the other product), 0 or more
   * @param users how many users of this product the ratio applies to (for example the customers
   *     in the country where the survey was made), or null when not declared
   */
  record Complement(double ratio, Long users) implements EdgeTerms {
    /** A complement with no declared number of users. */
    public Complement(double ratio) {
      this(ratio, null);
    }

    /** The share of this product's users expected to drop it when the other product goes: R/(R+1). */
    public double lossShare() {
      return ratio / (ratio + 1);
    }
  }
}
