package dev.spillover.bench;

/**
 * A generated ownership graph in primitive form: entity {@code owner[j]} holds {@code share[j]}
 * percent of entity {@code owned[j]}, for every edge {@code j}; entities are numbered
 * {@code 0..entities-1} and named {@code e<number>}; {@code seeds} lists the restricted entities in
 * ascending order. The arrays are the generator's own and are not copied: treat them as read-only.
 */
public record OwnershipGraph(int entities, int[] owner, int[] owned, double[] share, int[] seeds) {

  /** The number of ownership edges. */
  public int edgeCount() {
    return owner.length;
  }

  /** The id of entity {@code n}, as in the estate and the CSV files: {@code e<n>}. */
  public static String id(int n) {
    return "e" + n;
  }
}
