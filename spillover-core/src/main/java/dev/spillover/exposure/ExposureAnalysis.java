package dev.spillover.exposure;

import dev.spillover.model.NodeKind;
import dev.spillover.snapshot.Adjacency;
import dev.spillover.snapshot.Snapshot;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
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
  private static final Traversal.Mode[] MODE = Traversal.Mode.values();
  private static final int MODES = MODE.length;

  private final Snapshot snapshot;
  private final int maxPaths;
  // The moves from each mode at each kind of node, and the adjacency each walks, looked up once
  // rather than per state.
  private final Traversal.Move[][][] moves = new Traversal.Move[MODES][NodeKind.values().length][];
  private final Adjacency[][][] adjacencies = new Adjacency[MODES][NodeKind.values().length][];

  // Work arrays kept between calls, so that a call costs what it reaches, not the size of the graph
  // (an SBOM check asks from every one of thousands of components). Outside a call, distance and
  // best are -1 everywhere; the rest is only read for states the current call has found.
  private final int[] distance;
  private final int[] best;
  private final long[] pathCount;
  private final int[] firstPredecessor;
  private final int[] lastPredecessor;
  /** The states found, in the order found: the search's queue and the list of what to reset at once. */
  private int[] found = new int[64];
  private int foundCount;
  // Shortest-path predecessors, as records in parallel arrays; each state's records are a list
  // linked in the order they were found (first and last above, next here).
  private int[] predecessorState = new int[64];
  private int[] predecessorEdge = new int[64];
  private boolean[] predecessorForward = new boolean[64];
  private int[] predecessorNext = new int[64];
  private int predecessorCount;

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
    this.firstPredecessor = new int[distance.length];
    this.lastPredecessor = new int[distance.length];
    Arrays.fill(distance, -1);
    Arrays.fill(best, -1);
    for (Traversal.Mode mode : MODE) {
      for (NodeKind kind : NodeKind.values()) {
        Traversal.Move[] list = Traversal.moves(mode, kind).toArray(new Traversal.Move[0]);
        moves[mode.ordinal()][kind.ordinal()] = list;
        Adjacency[] walked = new Adjacency[list.length];
        for (int m = 0; m < list.length; m++) {
          walked[m] = list[m].forward() ? snapshot.out(list[m].kind()) : snapshot.in(list[m].kind());
        }
        adjacencies[mode.ordinal()][kind.ordinal()] = walked;
      }
    }
  }

  /**
   * The parties {@code subject} is exposed to, nearest first, then by node index. When the subject
   * is itself a party it comes first, at distance zero with one empty path.
   */
  public List<Exposure> from(int subject) {
    try {
      search(subject);
      return collect(subject);
    } finally {
      for (int i = 0; i < foundCount; i++) {
        int state = found[i];
        distance[state] = -1;
        best[state / MODES] = -1;
      }
      foundCount = 0;
      predecessorCount = 0;
    }
  }

  private void search(int subject) {
    int start = state(subject, Traversal.start(snapshot.kind(subject)));
    discover(start, 0);
    for (int head = 0; head < foundCount; head++) {
      int current = found[head];
      int node = current / MODES;
      Traversal.Mode mode = MODE[current % MODES];
      int kind = snapshot.kind(node).ordinal();
      Traversal.Move[] nodeMoves = moves[mode.ordinal()][kind];
      Adjacency[] walked = adjacencies[mode.ordinal()][kind];
      int nextDistance = distance[current] + 1;
      for (int m = 0; m < nodeMoves.length; m++) {
        Traversal.Move move = nodeMoves[m];
        Adjacency adjacency = walked[m];
        for (int i = adjacency.start(node); i < adjacency.end(node); i++) {
          int next = adjacency.target(i);
          Traversal.Mode nextMode = Traversal.after(mode, move, snapshot.kind(next));
          if (nextMode == null) {
            continue;
          }
          int nextState = state(next, nextMode);
          if (distance[nextState] == -1) {
            discover(nextState, nextDistance);
          }
          if (distance[nextState] == nextDistance) {
            addPredecessor(nextState, current, adjacency.edge(i), move.forward());
          }
        }
      }
    }
  }

  private void discover(int state, int at) {
    distance[state] = at;
    firstPredecessor[state] = -1;
    lastPredecessor[state] = -1;
    if (foundCount == found.length) {
      found = Arrays.copyOf(found, foundCount * 2);
    }
    found[foundCount++] = state;
  }

  private void addPredecessor(int state, int from, int edge, boolean forward) {
    if (predecessorCount == predecessorState.length) {
      int grown = predecessorCount * 2;
      predecessorState = Arrays.copyOf(predecessorState, grown);
      predecessorEdge = Arrays.copyOf(predecessorEdge, grown);
      predecessorForward = Arrays.copyOf(predecessorForward, grown);
      predecessorNext = Arrays.copyOf(predecessorNext, grown);
    }
    int record = predecessorCount++;
    predecessorState[record] = from;
    predecessorEdge[record] = edge;
    predecessorForward[record] = forward;
    predecessorNext[record] = -1;
    if (lastPredecessor[state] == -1) {
      firstPredecessor[state] = record;
    } else {
      predecessorNext[lastPredecessor[state]] = record;
    }
    lastPredecessor[state] = record;
  }

  private List<Exposure> collect(int subject) {
    // Shortest paths to each state, counted in the order the search found the states: by distance,
    // so every predecessor is counted before the states it leads to.
    for (int i = 0; i < foundCount; i++) {
      int state = found[i];
      long count = distance[state] == 0 ? 1 : 0;
      for (int r = firstPredecessor[state]; r != -1; r = predecessorNext[r]) {
        count = saturatingAdd(count, pathCount[predecessorState[r]]);
      }
      pathCount[state] = count;
    }
    List<Integer> parties = new ArrayList<>();
    for (int i = 0; i < foundCount; i++) {
      int state = found[i];
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
    next[0] = firstPredecessor[target];
    while (depth >= 0 && out.size() < maxPaths) {
      int state = states[depth];
      if (distance[state] == 0) {
        out.add(new ExposurePath(new ArrayList<>(suffix)));
      } else if (next[depth] != -1) {
        int record = next[depth];
        next[depth] = predecessorNext[record];
        suffix.addFirst(new Step(predecessorEdge[record], predecessorForward[record]));
        depth++;
        states[depth] = predecessorState[record];
        next[depth] = firstPredecessor[states[depth]];
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

  /**
   * Every node from which {@link #from} could find a path to one of {@code parties}: a superset,
   * from one search backwards over every move a walk can make, whatever its mode. A subject outside
   * it is exposed to none of them, so a rule that can only hold for those parties need not search
   * from it. O(nodes + edges).
   */
  public static BitSet reaching(Snapshot snapshot, BitSet parties) {
    List<Adjacency> backwards = new ArrayList<>();
    java.util.Set<Traversal.Move> seen = new java.util.HashSet<>();
    for (Traversal.Mode mode : MODE) {
      for (NodeKind kind : NodeKind.values()) {
        for (Traversal.Move move : Traversal.moves(mode, kind)) {
          if (seen.add(move)) {
            // A walk that goes forward along an edge arrives from its start: step back along in-edges.
            backwards.add(move.forward() ? snapshot.in(move.kind()) : snapshot.out(move.kind()));
          }
        }
      }
    }
    BitSet reached = (BitSet) parties.clone();
    int[] queue = new int[Math.max(1, parties.cardinality())];
    int tail = 0;
    for (int p = parties.nextSetBit(0); p >= 0; p = parties.nextSetBit(p + 1)) {
      queue[tail++] = p;
    }
    for (int head = 0; head < tail; head++) {
      int node = queue[head];
      for (Adjacency adjacency : backwards) {
        for (int i = adjacency.start(node); i < adjacency.end(node); i++) {
          int previous = adjacency.target(i);
          if (reached.get(previous)) {
            continue;
          }
          reached.set(previous);
          // A walk lands on no jurisdiction, list or dataset (it may start at a dataset): they lead nowhere back.
          NodeKind kind = snapshot.kind(previous);
          if (kind != NodeKind.JURISDICTION && kind != NodeKind.LIST && kind != NodeKind.DATASET) {
            if (tail == queue.length) {
              queue = Arrays.copyOf(queue, Math.min(snapshot.nodeCount(), queue.length * 2 + 1));
            }
            queue[tail++] = previous;
          }
        }
      }
    }
    return reached;
  }
}
