package dev.spillover.ownership;

/**
 * An effective share as fractions from 0 to 1: {@code min} counts only known figures at their
 * lower bound, {@code max} counts unknown figures as up to 100 percent.
 */
public record ShareBounds(double min, double max) {
  public static final ShareBounds NONE = new ShareBounds(0, 0);
  public static final ShareBounds WHOLE = new ShareBounds(1, 1);

  public ShareBounds {
    if (!(min >= 0 && min <= max && max <= 1 + 1e-9)) {
      throw new IllegalArgumentException("bounds must satisfy 0 <= min <= max <= 1, got " + min + ".." + max);
    }
  }
}
