package dev.spillover.snapshot;

/**
 * The strongly connected components of a graph given as CSR arrays (the neighbours of node
 * {@code n} are {@code targets[offsets[n] .. offsets[n + 1])}), found by Tarjan's algorithm with an
 * explicit stack, so a chain of any length cannot overflow the call stack.
 *
 * <p>Components come out in the order Tarjan completes them: a component comes after every
 * component reachable from it. Over "node → its owners" edges that puts owners before what they
 * own, which is the order in which a look-through value can be computed once per node outside
 * cycles. Inside a component the members come in the order the depth-first search finished them,
 * so every edge but the search's back edges leads to an earlier member: an iteration that sweeps
 * a cycle in this order carries a value along the whole of a chain in one sweep.
 *
 * <p>Time O(nodes + edges), plus sorting the members of each cyclic component; memory six int
 * arrays of the node count, of which two are kept.
 */
public final class StrongComponents {
  private final int[] order;
  private final int[] starts;
  private final boolean[] cyclic;

  private StrongComponents(int[] order, int[] starts, boolean[] cyclic) {
    this.order = order;
    this.starts = starts;
    this.cyclic = cyclic;
  }

  /** The components of the {@code nodeCount}-node graph whose neighbours are {@code targets[offsets[n]..offsets[n+1])}. */
  public static StrongComponents of(int nodeCount, int[] offsets, int[] targets) {
    int[] index = new int[nodeCount];
    int[] lowLink = new int[nodeCount];
    int[] stack = new int[nodeCount];
    int[] callNode = new int[nodeCount];
    int[] callCursor = new int[nodeCount];
    int[] finished = new int[nodeCount];
    int finishCount = 0;
    java.util.Arrays.fill(index, -1);
    int[] order = new int[nodeCount];
    int[] starts = new int[nodeCount + 1];
    int components = 0;
    int emitted = 0;
    int next = 0;
    int stackTop = 0;
    for (int root = 0; root < nodeCount; root++) {
      if (index[root] >= 0) {
        continue;
      }
      int depth = 0;
      callNode[0] = root;
      callCursor[0] = offsets[root];
      index[root] = lowLink[root] = next++;
      stack[stackTop++] = root;
      while (depth >= 0) {
        int v = callNode[depth];
        int cursor = callCursor[depth];
        if (cursor < offsets[v + 1]) {
          callCursor[depth] = cursor + 1;
          int w = targets[cursor];
          if (index[w] < 0) {
            index[w] = lowLink[w] = next++;
            stack[stackTop++] = w;
            depth++;
            callNode[depth] = w;
            callCursor[depth] = offsets[w];
          } else if (index[w] < nodeCount && index[w] < lowLink[v]) {
            // w is still on the stack (completed nodes are marked with an index >= nodeCount).
            lowLink[v] = index[w];
          }
          continue;
        }
        finished[v] = finishCount++;
        if (lowLink[v] == index[v]) {
          int first = emitted;
          starts[components++] = first;
          int w;
          do {
            w = stack[--stackTop];
            index[w] = nodeCount + w; // completed: off the stack, never lowers a lowLink again
            order[emitted++] = w;
          } while (w != v);
          if (emitted - first > 1) {
            sortByFinish(order, first, emitted, finished);
          }
        }
        depth--;
        if (depth >= 0) {
          int parent = callNode[depth];
          if (lowLink[v] < lowLink[parent]) {
            lowLink[parent] = lowLink[v];
          }
        }
      }
    }
    starts[components] = emitted;
    int[] trimmed = java.util.Arrays.copyOf(starts, components + 1);
    boolean[] cyclic = new boolean[components];
    for (int c = 0; c < components; c++) {
      cyclic[c] = trimmed[c + 1] - trimmed[c] > 1 || hasSelfLoop(order[trimmed[c]], offsets, targets);
    }
    return new StrongComponents(order, trimmed, cyclic);
  }

  /** Sorts {@code order[from..to)} by the time the search finished each node, earliest first. */
  private static void sortByFinish(int[] order, int from, int to, int[] finished) {
    long[] keyed = new long[to - from];
    for (int p = from; p < to; p++) {
      keyed[p - from] = (long) finished[order[p]] << 32 | order[p];
    }
    java.util.Arrays.sort(keyed);
    for (int p = from; p < to; p++) {
      order[p] = (int) keyed[p - from];
    }
  }

  private static boolean hasSelfLoop(int node, int[] offsets, int[] targets) {
    for (int i = offsets[node]; i < offsets[node + 1]; i++) {
      if (targets[i] == node) {
        return true;
      }
    }
    return false;
  }

  /** How many components there are. */
  public int count() {
    return cyclic.length;
  }

  /** Position in {@link #node} of the first member of component {@code c}. */
  public int start(int c) {
    return starts[c];
  }

  /** One past the position of the last member of component {@code c}. */
  public int end(int c) {
    return starts[c + 1];
  }

  /** The node at {@code position} of the completion order (members of a component are contiguous). */
  public int node(int position) {
    return order[position];
  }

  /** Whether component {@code c} contains a cycle: more than one node, or one node with an edge to itself. */
  public boolean cyclic(int c) {
    return cyclic[c];
  }

  /** The number of nodes in the largest component. */
  public int largest() {
    int largest = 0;
    for (int c = 0; c < count(); c++) {
      largest = Math.max(largest, end(c) - start(c));
    }
    return largest;
  }
}
