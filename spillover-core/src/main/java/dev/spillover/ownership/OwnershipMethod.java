package dev.spillover.ownership;

import java.util.Locale;

/** The ownership methods the rules use, by the names the command line and reports give them. */
public enum OwnershipMethod {
  /** Sum over paths of the product of shares ({@link LookThroughOwnership}). */
  LOOK_THROUGH("sum over every ownership path of the product of the shares"),
  /** A link above 50 % counts as 100 %, others multiply (FCC foreign-ownership attribution). */
  MULTIPLIER("as look-through, but a holding above 50 % counts as 100 %"),
  /** Restricted when restricted owners hold the threshold or more directly, counting only restricted owners (OFAC, BIS). */
  AGGREGATE("restricted owners' direct holdings added up; only owners themselves restricted count"),
  /** Declared control, or more than 50 % held with the entities already controlled ({@link ControllingOwners}). */
  CONTROL("declared control, or more than 50 % held together with the entities already controlled");

  private final String meaning;

  OwnershipMethod(String meaning) {
    this.meaning = meaning;
  }

  /** The method's name on the command line and in reports, for example {@code look-through}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** One line saying what the method computes. */
  public String meaning() {
    return meaning;
  }

  /** The method called {@code label}, or null. */
  public static OwnershipMethod fromLabel(String label) {
    for (OwnershipMethod method : values()) {
      if (method.label().equalsIgnoreCase(label)) {
        return method;
      }
    }
    return null;
  }
}
