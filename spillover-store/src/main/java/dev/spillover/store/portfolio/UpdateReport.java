package dev.spillover.store.portfolio;

/**
 * What an update of the index did.
 *
 * @param added SBOM files read for the first time
 * @param changed files read again because their content changed
 * @param removed files gone from the folder, and from the index
 * @param unchanged files left as they were (same size and time, or same content)
 * @param rebuilt true when the index file was new or of another schema version, and built from scratch
 */
public record UpdateReport(int added, int changed, int removed, int unchanged, boolean rebuilt) {
  /** How many SBOMs the index holds now. */
  public int total() {
    return added + changed + unchanged;
  }

  /** True when nothing had to be read or removed. */
  public boolean upToDate() {
    return added == 0 && changed == 0 && removed == 0;
  }
}
