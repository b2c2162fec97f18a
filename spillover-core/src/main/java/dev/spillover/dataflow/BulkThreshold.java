package dev.spillover.dataflow;

import dev.spillover.model.Dataset.DataCategory;
import java.util.Objects;

/**
 * A bulk threshold, as a rule states it: data of {@code category} about more than {@code moreThan}
 * persons or devices ({@code unit}) is bulk; with {@code anyVolume}, any amount is ({@code moreThan}
 * is then 0). {@code citation} says where the figure comes from. Thresholds are data (a pack's
 * {@code thresholds:}), never code.
 */
public record BulkThreshold(DataCategory category, long moreThan, Unit unit, boolean anyVolume, String citation) {
  /** What a threshold counts. */
  public enum Unit {
    PERSONS,
    DEVICES
  }

  public BulkThreshold {
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(unit, "unit");
    if (moreThan < 0) {
      throw new IllegalArgumentException("threshold for " + category + " must be 0 or more, got " + moreThan);
    }
    if (anyVolume && moreThan != 0) {
      throw new IllegalArgumentException("threshold for " + category + " is 'any volume' and also more than "
          + moreThan + ", expected one or the other");
    }
  }

  /** True when {@code count} (a known count of this threshold's unit) is bulk. */
  public boolean crossedBy(long count) {
    return anyVolume ? count > 0 : count > moreThan;
  }
}
