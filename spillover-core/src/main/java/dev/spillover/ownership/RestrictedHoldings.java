package dev.spillover.ownership;

import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.snapshot.Adjacency;
import dev.spillover.snapshot.Snapshot;
import dev.spillover.snapshot.StrongComponents;
import java.util.BitSet;

/**
 * How much of every entity a set of restricted parties holds, directly or through others, by
 * look-through (or by the majority-chain multiplier): for every node {@code e} at once,
 * {@code y_e = sum over holdings (o, e, w) of w * r_o}, where {@code r_o} is 1 for a restricted
 * party and {@code y_o} for anyone else, capped at 1.
 *
 * <p>The holdings are split once into strongly connected components ({@link StrongComponents}),
 * visited owners first. A node outside any cycle is computed once, exactly, from its owners'
 * final values; the nodes of a cross-holding cycle are iterated together (Gauss-Seidel) until no
 * value moves by more than {@link LookThroughOwnership#TOLERANCE}. Values rise monotonically from
 * 0, so the values reached are valid lower bounds even when the round limit stops a cycle; the
 * upper bound then falls back to 1 for every node of that cycle with a restricted holding, and
 * what lies below it is computed from those bounds.
 *
 * <p>This is the whole-graph kernel behind {@code owners --restricted}: O(edges) memory beyond the
 * snapshot, O(edges) time outside cycles and O(cycle edges × rounds) inside them. Declared control
 * without a holding counts as a holding of unknown size (0 for the lower bound, up to 100 percent
 * for the upper), as in {@link LookThroughOwnership}.
 */
public final class RestrictedHoldings {
  private static final double HALF = ControllingOwners.MAJORITY_PERCENT / 100;

  /** The iteration of one cycle stops after this many rounds at the latest. */
  public static final int MAX_ROUNDS = 1_000;

  private final Snapshot snapshot;
  private final StrongComponents components;
  /** Where each node sits in the solve order ({@code components.node(position[e]) == e}). */
  private final int[] position;
  // The holdings of the node at each position, in CSR form over positions, with both bounds.
  private final int[] offsets;
  private final int[] owners;
  private final double[] low;
  // The same array as low when every holding is known exactly.
  private final double[] high;
  private final boolean exact;

  /**
   * Prepares the kernel over {@code snapshot}: splits the holdings into strongly connected
   * components and lays them out in solve order, so that the solve reads its arrays front to back.
   */
  public RestrictedHoldings(Snapshot snapshot) {
    this.snapshot = snapshot;
    int n = snapshot.nodeCount();
    Adjacency owns = snapshot.in(EdgeKind.OWNS);
    Adjacency controls = snapshot.in(EdgeKind.CONTROLS);
    // The holders of every node in node order (an OWNS edge, or -1 for control without a holding).
    int[] byNode = new int[n + 1];
    int count = 0;
    for (int e = 0; e < n; e++) {
      count += owns.degree(e) + controls.degree(e);
    }
    int[] holders = new int[count];
    int[] edges = new int[count];
    int k = 0;
    for (int e = 0; e < n; e++) {
      byNode[e] = k;
      int ownFrom = k;
      for (int i = owns.start(e); i < owns.end(e); i++) {
        holders[k] = owns.target(i);
        edges[k++] = owns.edge(i);
      }
      int ownTo = k;
      for (int i = controls.start(e); i < controls.end(e); i++) {
        int controller = controls.target(i);
        boolean alsoHolds = false;
        for (int j = ownFrom; j < ownTo && !alsoHolds; j++) {
          alsoHolds = holders[j] == controller;
        }
        if (!alsoHolds) {
          holders[k] = controller;
          edges[k++] = -1;
        }
      }
    }
    byNode[n] = k;
    // Both bounds of every holding, read in holder order: the holdings of a node were loaded together,
    // so this walks the edges' terms nearly front to back, once, where the layout below would follow
    // each edge to its terms twice, in solve order (random in memory, and the slowest part at 10M).
    double[] lowOf = new double[k];
    boolean exact = true;
    for (int j = 0; j < k; j++) {
      lowOf[j] = edges[j] < 0 ? 0 : fraction(edges[j], true);
      exact = exact && edges[j] >= 0 && fraction(edges[j], false) == lowOf[j];
    }
    double[] highOf = lowOf;
    if (!exact) {
      highOf = new double[k];
      for (int j = 0; j < k; j++) {
        highOf[j] = edges[j] < 0 ? 1 : fraction(edges[j], false);
      }
    }
    components = StrongComponents.of(n, byNode, holders);
    position = new int[n];
    for (int p = 0; p < n; p++) {
      position[components.node(p)] = p;
    }
    offsets = new int[n + 1];
    owners = new int[k];
    double[] low = new double[k];
    double[] high = exact ? low : new double[k];
    int at = 0;
    for (int p = 0; p < n; p++) {
      offsets[p] = at;
      int e = components.node(p);
      for (int j = byNode[e]; j < byNode[e + 1]; j++) {
        owners[at] = position[holders[j]];
        low[at] = lowOf[j];
        if (!exact) {
          high[at] = highOf[j];
        }
        at++;
      }
    }
    offsets[n] = at;
    this.exact = exact;
    this.low = low;
    this.high = high;
  }

  /** The strongly connected components of the holdings, owners first: how the solve proceeds. */
  public StrongComponents components() {
    return components;
  }

  /**
   * The share of every node held by {@code restricted}, as lower and upper bounds (fractions),
   * with holdings linked as {@code links} says: in proportion (look-through), or a majority
   * holding counted as whole (the multiplier). One prepared kernel answers both.
   */
  public Result of(BitSet restricted, LookThroughOwnership.Links links) {
    boolean majority = links == LookThroughOwnership.Links.MAJORITY_AS_WHOLE;
    BitSet fixed = new BitSet(snapshot.nodeCount());
    for (int r = restricted.nextSetBit(0); r >= 0; r = restricted.nextSetBit(r + 1)) {
      fixed.set(position[r]);
    }
    Solution min = solve(fixed, low, majority, false);
    // With every holding exact the two bounds are one solve (unless the round limit cut it short).
    Solution max = exact && min.converged() ? min : solve(fixed, high, majority, true);
    return new Result(restricted, majority, min.values(), max.values());
  }

  /** A holding's weight as {@code majority} links count it: more than half counts as the whole. */
  private static double weight(double fraction, boolean majority) {
    return majority && fraction > HALF ? 1 : fraction;
  }

  /** The holdings of the restricted set in every node. */
  public final class Result {
    private final BitSet restricted;
    private final boolean majority;
    private final double[] min;
    private final double[] max;

    Result(BitSet restricted, boolean majority, double[] min, double[] max) {
      this.restricted = (BitSet) restricted.clone();
      this.majority = majority;
      this.min = min;
      this.max = max;
    }

    /** The bounds of the share of {@code node} held by the restricted set; a restricted party holds itself wholly. */
    public ShareBounds share(int node) {
      if (restricted.get(node)) {
        return ShareBounds.WHOLE;
      }
      int p = position[node];
      return new ShareBounds(Math.min(min[p], max[p]), max[p]);
    }

    /**
     * The owners of {@code node} through which the restricted share (lower bound when
     * {@code lower}) reaches it, each with its contribution in that bound, largest first.
     */
    public java.util.List<Contribution> contributions(int node, boolean lower) {
      double[] weights = lower ? low : high;
      double[] values = lower ? min : max;
      java.util.List<Contribution> found = new java.util.ArrayList<>();
      int p = position[node];
      for (int j = offsets[p]; j < offsets[p + 1]; j++) {
        // A restricted owner's value is fixed at 1 in the solve: it passes on all it holds.
        double amount = weight(weights[j], majority) * values[owners[j]];
        if (amount > 0) {
          found.add(new Contribution(components.node(owners[j]), amount));
        }
      }
      found.sort((a, b) -> Double.compare(b.share(), a.share()));
      return found;
    }
  }

  /** That {@code owner} passes {@code share} (a fraction) of the restricted holding on to a node. */
  public record Contribution(int owner, double share) {}

  /** One bound's values, and whether they settled within the round limit. */
  private record Solution(double[] values, boolean converged) {}

  /** One bound, over positions: {@code fixed} holds the positions of the restricted parties. */
  private Solution solve(BitSet fixed, double[] weights, boolean majority, boolean upper) {
    double[] y = new double[snapshot.nodeCount()];
    // A restricted party passes on all of what it holds: its value is fixed at 1.
    for (int p = fixed.nextSetBit(0); p >= 0; p = fixed.nextSetBit(p + 1)) {
      y[p] = 1;
    }
    boolean converged = true;
    for (int c = 0; c < components.count(); c++) {
      int from = components.start(c);
      int to = components.end(c);
      if (!components.cyclic(c)) {
        if (!fixed.get(from)) {
          y[from] = holding(from, y, weights, majority);
        }
        continue;
      }
      if (!settleCycle(from, to, fixed, y, weights, majority)) {
        converged = false;
        if (upper) {
          // Not settled within the round limit: stay an upper bound by assuming the worst.
          for (int p = from; p < to; p++) {
            if (y[p] > 0) {
              y[p] = 1;
            }
          }
        }
      }
    }
    return new Solution(y, converged);
  }

  /** Gauss-Seidel over the positions of one cyclic component; true when it settled within the round limit. */
  private boolean settleCycle(int from, int to, BitSet fixed, double[] y, double[] weights, boolean majority) {
    for (int round = 0; round < MAX_ROUNDS; round++) {
      double moved = 0;
      for (int p = from; p < to; p++) {
        if (fixed.get(p)) {
          continue;
        }
        double value = holding(p, y, weights, majority);
        double delta = value - y[p];
        if (delta > moved) {
          moved = delta;
        }
        y[p] = value;
      }
      if (moved <= LookThroughOwnership.TOLERANCE) {
        return true;
      }
    }
    return false;
  }

  /** What the owners of the node at position {@code p} pass on to it, from their current values, capped at the whole. */
  private double holding(int p, double[] y, double[] weights, boolean majority) {
    double sum = 0;
    for (int j = offsets[p]; j < offsets[p + 1]; j++) {
      sum += weight(weights[j], majority) * y[owners[j]];
    }
    return Math.min(1, sum);
  }

  private double fraction(int edge, boolean lower) {
    if (snapshot.edge(edge).terms() instanceof EdgeTerms.Share share && share.known()) {
      double percent = lower ? share.min() : share.max();
      return percent / 100.0;
    }
    return lower ? 0 : 1;
  }
}
