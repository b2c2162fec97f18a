package dev.spillover.exposure;

import dev.spillover.model.NodeKind;
import dev.spillover.snapshot.Adjacency;
import dev.spillover.snapshot.Snapshot;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

/**
 * Transitive exposure: from a subject, every organization or person it depends on through the
 * walk rules of {@link Traversal}, with the shortest paths that explain each. A breadth-first
 * search over (node, mode) states records every shortest-path predecessor, so the paths it returns
 * are exactly the shortest ones (up to {@code maxPaths} of them, in a stable order). Cycles are
 * harmless: each state is settled once.
 *
 * <p>Instances are not thread-safe (they reuse work arrays); use one per thread.
 */
public final class ExposureAnalysis {
  private static final int MODES = Traversal.Mode.values().length;

  private final Snapshot snapshot;
  private final int maxPaths;
  // Work arrays kept between calls: -1 everywhere outside a call, so that a call costs what it
  // reaches, not the size of the graph (an SBOM check asks from every one of thousands of components).
  private final int[] distance;
  private final int[] best;
  private final long[] pathCount;
  private final List<List<long[]>> predecessors;

  /** An analysis of {@code snapshot} keeping up to {@code maxPaths} shortest paths per party. */
  public ExposureAnalysis(Snapshot snapshot, int maxPaths) {
    if (maxPaths < 1) {
      throw new IllegalArgumentException("maxPaths must be at least 1, got " + maxPaths);
    }
    this.snapshot = snapshot;
    this.maxPaths = maxPaths;
    this.distance = new int[snapshot.nodeCount() * MODES];
    this.best = new int[snapshot.nodeCount()];
    this.pathCount = new long[distance.length];
    Arrays.fill(distance, -1);
    Arrays.fill(best, -1);
    this.predecessors = new ArrayList<>(distance.length);
    for (int i = 0; i < distance.length; i++) {
      predecessors.add(null);
    }
  }

  /**
   * The parties {@code subject} is exposed to, nearest first, then by node index. When the subject
   * is itself a party it comes first, at distance zero with one empty path.
   */
  public List<Exposure> from(int subject) {
    List<Integer> touched = new ArrayList<>();
    try {
      return search(subject, touched);
    } finally {
      for (int state : touched) {
        distance[state] = -1;
        predecessors.set(state, null);
        best[state / MODES] = -1;
      }
    }
  }

  private List<Exposure> search(int subject, List<Integer> touched) {
    Traversal.Mode startMode = Traversal.start(snapshot.kind(subject));
    int start = state(subject, startMode);
    distance[start] = 0;
    touched.add(start);
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(start);
    while (!queue.isEmpty()) {
      int current = queue.poll();
      int node = current / MODES;
      Traversal.Mode mode = Traversal.Mode.values()[current % MODES];
      for (Traversal.Move move : Traversal.moves(mode, snapshot.kind(node))) {
        Adjacency adjacency = move.forward() ? snapshot.out(move.kind()) : snapshot.in(move.kind());
        for (int i = adjacency.start(node); i < adjacency.end(node); i++) {
          int next = adjacency.target(i);
          Traversal.Mode nextMode = Traversal.after(mode, move, snapshot.kind(next));
          if (nextMode == null) {
            continue;
          }
          int nextState = state(next, nextMode);
          if (distance[nextState] == -1) {
            distance[nextState] = distance[current] + 1;
            predecessors.set(nextState, new ArrayList<>(1));
            touched.add(nextState);
            queue.add(nextState);
          }
          if (distance[nextState] == distance[current] + 1) {
            predecessors.get(nextState).add(new long[] {current, adjacency.edge(i), move.forward() ? 1 : 0});
          }
        }
      }
    }
    return collect(subject, touched);
  }

  private List<Exposure> collect(int subject, List<Integer> touched) {
    // Shortest paths to each state, counted in the order the search found the states: by distance,
    // so every predecessor is counted before the states it leads to.
    for (int state : touched) {
      List<long[]> preds = predecessors.get(state);
      long count = distance[state] == 0 || preds == null ? 1 : 0;
      if (count == 0) {
        for (long[] pred : preds) {
          count = saturatingAdd(count, pathCount[(int) pred[0]]);
        }
      }
      pathCount[state] = count;
    }
    List<Integer> parties = new ArrayList<>();
    for (int state : touched) {
      int node = state / MODES;
      if (!snapshot.kind(node).isParty()) {
        continue;
      }
      if (best[node] == -1) {
        parties.add(node);
        best[node] = distance[state];
      } else {
        best[node] = Math.min(best[node], distance[state]);
      }
    }
    parties.sort((a, b) -> best[a] != best[b] ? Integer.compare(best[a], best[b]) : Integer.compare(a, b));
    List<Exposure> exposures = new ArrayList<>(parties.size());
    for (int party : parties) {
      List<ExposurePath> paths = new ArrayList<>();
      long count = 0;
      for (int m = 0; m < MODES; m++) {
        int state = party * MODES + m;
        if (distance[state] == best[party]) {
          count = saturatingAdd(count, pathCount[state]);
          if (paths.size() < maxPaths) {
            enumerate(state, paths);
          }
        }
      }
      exposures.add(new Exposure(subject, party, best[party], paths, count));
    }
    return exposures;
  }

  /**
   * Adds to {@code out}, up to {@code maxPaths} in all, the shortest paths from the subject to
   * {@code target}, depth first through the predecessors in the order they were found. The search
   * keeps its own stack, one frame per step, so a path may be as long as the graph.
   */
  private void enumerate(int target, List<ExposurePath> out) {
    int[] states = new int[distance[target] + 1];
    int[] next = new int[states.length];
    Deque<Step> suffix = new ArrayDeque<>();
    int depth = 0;
    states[0] = target;
    while (depth >= 0 && out.size() < maxPaths) {
      int state = states[depth];
      List<long[]> preds = predecessors.get(state);
      if (distance[state] == 0 || preds == null) {
        out.add(new ExposurePath(new ArrayList<>(suffix)));
      } else if (next[depth] < preds.size()) {
        long[] pred = preds.get(next[depth]++);
        suffix.addFirst(new Step((int) pred[1], pred[2] == 1));
        depth++;
        states[depth] = (int) pred[0];
        next[depth] = 0;
        continue;
      }
      // This state is done: back to the one it was reached from, without the step between them.
      depth--;
      if (depth >= 0) {
        suffix.removeFirst();
      }
    }
  }

  private static long saturatingAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }

  private static int state(int node, Traversal.Mode mode) {
    return node * MODES + mode.ordinal();
  }

  /** True for node kinds that can be exposure subjects. */
  public static boolean isSubjectKind(NodeKind kind) {
    return kind != NodeKind.JURISDICTION && kind != NodeKind.LIST;
  }
}
