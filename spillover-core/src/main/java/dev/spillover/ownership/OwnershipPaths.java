package dev.spillover.ownership;

import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.snapshot.Adjacency;
import dev.spillover.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * The strongest ownership path from every owner down to one target: the path whose product of
 * shares (upper bounds; a declared control without a holding counts as 1) is largest, found by
 * Dijkstra's algorithm over {@code -log(share)}. It explains a look-through figure by its largest
 * single contribution. Cycles are harmless: each node is settled once.
 */
public final class OwnershipPaths {
  private final Snapshot snapshot;

  public OwnershipPaths(Snapshot snapshot) {
    this.snapshot = snapshot;
  }

  /** For each node, the edge (snapshot index) its strongest path to {@code target} starts with, or -1. */
  public int[] strongestTo(int target) {
    int n = snapshot.nodeCount();
    double[] cost = new double[n];
    Arrays.fill(cost, Double.POSITIVE_INFINITY);
    int[] via = new int[n];
    Arrays.fill(via, -1);
    boolean[] settled = new boolean[n];
    cost[target] = 0;
    PriorityQueue<double[]> queue = new PriorityQueue<>((a, b) -> Double.compare(a[0], b[0]));
    queue.add(new double[] {0, target});
    Adjacency owns = snapshot.in(EdgeKind.OWNS);
    Adjacency controls = snapshot.in(EdgeKind.CONTROLS);
    while (!queue.isEmpty()) {
      int node = (int) queue.poll()[1];
      if (settled[node]) {
        continue;
      }
      settled[node] = true;
      for (Adjacency adjacency : new Adjacency[] {owns, controls}) {
        for (int i = adjacency.start(node); i < adjacency.end(node); i++) {
          int owner = adjacency.target(i);
          double share = weight(adjacency.edge(i));
          if (share <= 0 || settled[owner]) {
            continue;
          }
          double next = cost[node] - Math.log(share);
          if (next < cost[owner]) {
            cost[owner] = next;
            via[owner] = adjacency.edge(i);
            queue.add(new double[] {next, owner});
          }
        }
      }
    }
    return via;
  }

  /** The strongest path from {@code owner} down to the target of {@code via}, as edges in order; empty if none. */
  public List<Integer> path(int owner, int[] via) {
    List<Integer> edges = new ArrayList<>();
    int at = owner;
    while (via[at] >= 0 && edges.size() <= snapshot.nodeCount()) {
      edges.add(via[at]);
      at = snapshot.edgeTo(via[at]);
    }
    return edges;
  }

  private double weight(int edge) {
    if (snapshot.edge(edge).terms() instanceof EdgeTerms.Share share) {
      return share.known() ? share.max() / 100.0 : 1;
    }
    return 1;
  }
}
