package dev.spillover.screening.match;

/** What a score means under the {@link Thresholds} in force. */
public enum Decision {
  /** At or above the match threshold: the party is taken to be the list entry. */
  MATCH,
  /** In the review band: a person has to look. */
  REVIEW,
  /** Below the review band. */
  NO_MATCH
}
