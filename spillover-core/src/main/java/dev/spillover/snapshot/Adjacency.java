package dev.spillover.snapshot;

/**
 * Compressed sparse row adjacency of one edge kind in one direction: the neighbours of node
 * {@code n} are {@code targets[offsets[n] .. offsets[n + 1])}, reached through the snapshot edges
 * {@code edges[...]} at the same positions.
 */
public final class Adjacency {
  private final int[] offsets;
  private final int[] targets;
  private final int[] edges;

  private Adjacency(int[] offsets, int[] targets, int[] edges) {
    this.offsets = offsets;
    this.targets = targets;
    this.edges = edges;
  }

  /** Builds adjacency for {@code nodeCount} nodes from parallel arrays of sources, targets and edge indexes. */
  static Adjacency build(int nodeCount, int[] sources, int[] dests, int[] edgeIndexes, int count) {
    int[] offsets = new int[nodeCount + 1];
    for (int i = 0; i < count; i++) {
      offsets[sources[i] + 1]++;
    }
    for (int n = 0; n < nodeCount; n++) {
      offsets[n + 1] += offsets[n];
    }
    int[] cursor = java.util.Arrays.copyOf(offsets, nodeCount);
    int[] targets = new int[count];
    int[] edges = new int[count];
    for (int i = 0; i < count; i++) {
      int slot = cursor[sources[i]]++;
      targets[slot] = dests[i];
      edges[slot] = edgeIndexes[i];
    }
    return new Adjacency(offsets, targets, edges);
  }

  /** Index of the first neighbour of {@code node} in {@link #target} and {@link #edge}. */
  public int start(int node) {
    return offsets[node];
  }

  /** One past the index of the last neighbour of {@code node}. */
  public int end(int node) {
    return offsets[node + 1];
  }

  /** The neighbour at position {@code i}. */
  public int target(int i) {
    return targets[i];
  }

  /** The snapshot edge index at position {@code i}. */
  public int edge(int i) {
    return edges[i];
  }

  /** How many neighbours {@code node} has. */
  public int degree(int node) {
    return offsets[node + 1] - offsets[node];
  }
}
