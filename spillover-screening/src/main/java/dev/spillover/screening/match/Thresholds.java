package dev.spillover.screening.match;

/**
 * Where a score becomes a {@link Decision}: {@code match} and above is a MATCH, {@code review} up to
 * {@code match} is REVIEW, below is NO_MATCH. See docs/screening.md for how the defaults were
 * chosen on the evaluation sets.
 */
public record Thresholds(double match, double review) {

  /**
   * 0.70 and 0.50: an identical name alone (0.75) is a match, an identical name with a
   * contradicting date (0.65) or a one-letter typo without other evidence (about 0.58) is for
   * review. Chosen on the evaluation in docs/screening.md.
   */
  public static final Thresholds DEFAULT = new Thresholds(0.70, 0.50);

  public Thresholds {
    if (!(review >= 0 && review <= match && match <= 1)) {
      throw new IllegalArgumentException("thresholds must satisfy 0 <= review <= match <= 1, got review "
          + review + " and match " + match);
    }
  }

  /** The decision for {@code score}. */
  public Decision decide(double score) {
    return score >= match ? Decision.MATCH : score >= review ? Decision.REVIEW : Decision.NO_MATCH;
  }
}
