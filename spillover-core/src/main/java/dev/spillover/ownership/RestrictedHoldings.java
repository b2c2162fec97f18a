package dev.spillover.ownership;

import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.snapshot.Adjacency;
import dev.spillover.snapshot.Snapshot;
import java.util.BitSet;

/**
 * How much of every entity a set of restricted parties holds, directly or through others, by
 * look-through (or by the majority-chain multiplier): for every node {@code e} at once,
 * {@code y_e = sum over holdings (o, e, w) of w * r_o}, where {@code r_o} is 1 for a restricted
 * party and {@code y_o} for anyone else. One pass over the ownership edges per round, Gauss-Seidel
 * in node order, to {@link LookThroughOwnership#TOLERANCE}; values are capped at 1 and rise
 * monotonically from 0, so the values reached are valid lower bounds even when the round limit
 * stops the iteration (the upper bound then falls back to 1 for every node with a restricted holding).
 *
 * <p>This is the whole-graph kernel behind {@code owners --restricted}: O(edges) memory beyond the
 * snapshot, O(edges × rounds) time. Declared control without a holding counts as a holding of
 * unknown size (0 for the lower bound, up to 100 percent for the upper), as in
 * {@link LookThroughOwnership}.
 */
public final class RestrictedHoldings {
  /** The iteration stops after this many rounds at the latest. */
  public static final int MAX_ROUNDS = 1_000;

  private final Snapshot snapshot;
  private final LookThroughOwnership.Links links;
  private final int[] offsets;
  private final int[] owners;
  private final double[] low;
  private final double[] high;
  private final boolean exact;

  /** Prepares the kernel over {@code snapshot}: the holdings of every node, in CSR form, with both bounds. */
  public RestrictedHoldings(Snapshot snapshot, LookThroughOwnership.Links links) {
    this.snapshot = snapshot;
    this.links = links;
    int n = snapshot.nodeCount();
    Adjacency owns = snapshot.in(EdgeKind.OWNS);
    Adjacency controls = snapshot.in(EdgeKind.CONTROLS);
    offsets = new int[n + 1];
    int count = 0;
    for (int e = 0; e < n; e++) {
      count += owns.degree(e) + controls.degree(e);
    }
    owners = new int[count];
    low = new double[count];
    high = new double[count];
    int k = 0;
    for (int e = 0; e < n; e++) {
      offsets[e] = k;
      int ownFrom = k;
      for (int i = owns.start(e); i < owns.end(e); i++) {
        owners[k] = owns.target(i);
        low[k] = fraction(owns.edge(i), true);
        high[k] = fraction(owns.edge(i), false);
        k++;
      }
      int ownTo = k;
      for (int i = controls.start(e); i < controls.end(e); i++) {
        int controller = controls.target(i);
        boolean alsoHolds = false;
        for (int j = ownFrom; j < ownTo && !alsoHolds; j++) {
          alsoHolds = owners[j] == controller;
        }
        if (!alsoHolds) {
          owners[k] = controller;
          low[k] = 0;
          high[k] = 1;
          k++;
        }
      }
    }
    offsets[n] = k;
    this.exact = java.util.Arrays.equals(low, high);
  }

  /** The share of every node held by {@code restricted}, as lower and upper bounds (fractions). */
  public Result of(BitSet restricted) {
    Solution min = solve(restricted, low, false);
    // With every holding exact the two bounds are one solve (unless the round limit cut it short).
    Solution max = exact && min.converged() ? min : solve(restricted, high, true);
    return new Result(restricted, min.values(), max.values());
  }

  /** The holdings of the restricted set in every node. */
  public final class Result {
    private final BitSet restricted;
    private final double[] min;
    private final double[] max;

    Result(BitSet restricted, double[] min, double[] max) {
      this.restricted = (BitSet) restricted.clone();
      this.min = min;
      this.max = max;
    }

    /** The bounds of the share of {@code node} held by the restricted set; a restricted party holds itself wholly. */
    public ShareBounds share(int node) {
      if (restricted.get(node)) {
        return ShareBounds.WHOLE;
      }
      return new ShareBounds(Math.min(min[node], max[node]), max[node]);
    }

    /**
     * The owners of {@code node} through which the restricted share (lower bound when
     * {@code lower}) reaches it, each with its contribution in that bound, largest first.
     */
    public java.util.List<Contribution> contributions(int node, boolean lower) {
      double[] weights = lower ? low : high;
      double[] values = lower ? min : max;
      java.util.List<Contribution> found = new java.util.ArrayList<>();
      for (int j = offsets[node]; j < offsets[node + 1]; j++) {
        int owner = owners[j];
        double through = restricted.get(owner) ? 1 : values[owner];
        double amount = weights[j] * through;
        if (amount > 0) {
          found.add(new Contribution(owner, amount));
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

  private Solution solve(BitSet restricted, double[] weights, boolean upper) {
    int n = snapshot.nodeCount();
    double[] y = new double[n];
    boolean converged = false;
    double moved = 0;
    for (int round = 0; round < MAX_ROUNDS && !converged; round++) {
      moved = 0;
      for (int e = 0; e < n; e++) {
        double sum = 0;
        for (int j = offsets[e]; j < offsets[e + 1]; j++) {
          int owner = owners[j];
          double through = restricted.get(owner) ? 1 : y[owner];
          sum += weights[j] * through;
        }
        double value = Math.min(1, sum);
        double delta = value - y[e];
        if (delta > moved) {
          moved = delta;
        }
        y[e] = value;
      }
      converged = moved <= LookThroughOwnership.TOLERANCE;
    }
    if (!converged && upper) {
      // Not settled within the round limit: stay an upper bound by assuming the worst.
      double[] settled = y.clone();
      for (int e = 0; e < n; e++) {
        if (settled[e] > 0) {
          y[e] = 1;
        }
      }
    }
    return new Solution(y, converged);
  }

  private double fraction(int edge, boolean lower) {
    if (snapshot.edge(edge).terms() instanceof EdgeTerms.Share share && share.known()) {
      double percent = lower ? share.min() : share.max();
      if (links == LookThroughOwnership.Links.MAJORITY_AS_WHOLE && percent > ControllingOwners.MAJORITY_PERCENT) {
        return 1;
      }
      return percent / 100.0;
    }
    return lower ? 0 : 1;
  }
}
