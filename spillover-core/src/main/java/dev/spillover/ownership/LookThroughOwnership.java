package dev.spillover.ownership;

import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.snapshot.Adjacency;
import dev.spillover.snapshot.Snapshot;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Look-through (multiplicative) ownership: the effective share of owner {@code o} in target
 * {@code t} is the sum, over every ownership path from {@code o} to {@code t}, of the product of
 * the shares along it. With cross-holdings the paths are infinitely many (walks through the target
 * and back count too); the sum is their limit, the solution of {@code x = a + A x}, found by
 * iterating from zero until no value moves by more than {@link #TOLERANCE} (or, when that is too
 * slow, by solving the system exactly). Values are capped at 1, so a badly specified cycle cannot
 * diverge.
 *
 * <p>With {@link Links#MAJORITY_AS_WHOLE} the same computation is the majority-chain multiplier
 * of foreign-ownership attribution (as the FCC applies it): a link above 50 percent counts as 100
 * percent, any other link multiplies as it is.
 */
public final class LookThroughOwnership {
  /** How one holding counts along a path. */
  public enum Links {
    /** At its share: the plain look-through product. */
    PROPORTIONAL,
    /** Above 50 percent as 100 percent, otherwise at its share: the majority-chain multiplier. */
    MAJORITY_AS_WHOLE
  }

  /** The iteration stops when no effective share changes by more than this (as a fraction). */
  public static final double TOLERANCE = 1e-12;

  /** The iteration gives up (and keeps the current, capped values) after this many rounds. */
  public static final int MAX_ROUNDS = 10_000;

  private final Snapshot snapshot;
  private final Adjacency owners;
  private final Links links;

  /** Plain look-through of {@code snapshot}. */
  public LookThroughOwnership(Snapshot snapshot) {
    this(snapshot, Links.PROPORTIONAL);
  }

  /** Look-through of {@code snapshot} with links counted as {@code links} says. */
  public LookThroughOwnership(Snapshot snapshot, Links links) {
    this.snapshot = snapshot;
    this.owners = snapshot.in(EdgeKind.OWNS);
    this.links = links;
  }

  /**
   * The effective share of every node in {@code target}: index {@code n} of each array holds node
   * {@code n}'s bound; nodes that do not own {@code target} even indirectly hold zero.
   */
  public Result of(int target) {
    int[] ancestors = ancestors(target);
    double[] min = solve(target, ancestors, true);
    double[] max = solve(target, ancestors, false);
    return new Result(target, min, max);
  }

  /** The effective shares in one target, by owner node index. */
  public static final class Result {
    private final int target;
    private final double[] min;
    private final double[] max;

    Result(int target, double[] min, double[] max) {
      this.target = target;
      this.min = min;
      this.max = max;
    }

    public int target() {
      return target;
    }

    /** The bounds of {@code owner}'s effective share in the target; the target holds itself wholly. */
    public ShareBounds share(int owner) {
      if (owner == target) {
        return ShareBounds.WHOLE;
      }
      return new ShareBounds(Math.min(min[owner], max[owner]), max[owner]);
    }
  }

  /** Every node with an ownership path to {@code target}; the target itself when it is on a cycle. */
  private int[] ancestors(int target) {
    boolean[] seen = new boolean[snapshot.nodeCount()];
    Deque<Integer> queue = new ArrayDeque<>();
    int[] found = new int[16];
    int count = 0;
    queue.add(target);
    while (!queue.isEmpty()) {
      int node = queue.poll();
      for (int i = owners.start(node); i < owners.end(node); i++) {
        int owner = owners.target(i);
        if (!seen[owner]) {
          seen[owner] = true;
          queue.add(owner);
          if (count == found.length) {
            found = Arrays.copyOf(found, count * 2);
          }
          found[count++] = owner;
        }
      }
    }
    return Arrays.copyOf(found, count);
  }

  /**
   * One bound of {@code x_o = sum over holdings (o, y, w) of w * ([y = target] + x_y)}, for the
   * ancestors of the target. Jacobi iteration from zero rises monotonically to the solution, so
   * the values reached are always a valid lower bound. When it has not converged after
   * {@link #MAX_ROUNDS} (a near-total cross-holding), the small system is solved exactly; if that
   * is not possible (too large, or the series diverges), the upper bound falls back to 100 percent
   * for the nodes still moving, so that it stays an upper bound.
   */
  private double[] solve(int target, int[] ancestors, boolean lower) {
    int n = snapshot.nodeCount();
    double[] current = new double[n];
    double[] next = new double[n];
    Adjacency holdings = snapshot.out(EdgeKind.OWNS);
    boolean converged = false;
    for (int round = 0; round < MAX_ROUNDS && !converged; round++) {
      double moved = 0;
      for (int owner : ancestors) {
        double sum = 0;
        for (int i = holdings.start(owner); i < holdings.end(owner); i++) {
          int held = holdings.target(i);
          double below = (held == target ? 1 : 0) + current[held];
          if (below != 0) {
            sum += fraction(holdings.edge(i), lower) * below;
          }
        }
        next[owner] = Math.min(1, sum);
        moved = Math.max(moved, Math.abs(next[owner] - current[owner]));
      }
      double[] swap = current;
      current = next;
      next = swap;
      converged = moved <= TOLERANCE;
    }
    if (converged) {
      return current;
    }
    double[] exact = ancestors.length <= EXACT_LIMIT ? solveExactly(target, ancestors, lower) : null;
    if (exact != null) {
      return exact;
    }
    if (!lower) {
      for (int owner : ancestors) {
        if (Math.abs(next[owner] - current[owner]) > TOLERANCE) {
          current[owner] = 1;
        }
      }
    }
    return current;
  }

  /** Ancestor sets up to this size are solved exactly when iteration is too slow. */
  static final int EXACT_LIMIT = 1_000;

  /**
   * Solves {@code (I - M) x = c} over the ancestors by Gaussian elimination with partial pivoting;
   * null when the system is singular or its solution leaves 0..1 (a divergent series, where capped
   * iteration, not this, defines the answer).
   */
  private double[] solveExactly(int target, int[] ancestors, boolean lower) {
    int size = ancestors.length;
    int[] position = new int[snapshot.nodeCount()];
    Arrays.fill(position, -1);
    for (int k = 0; k < size; k++) {
      position[ancestors[k]] = k;
    }
    double[][] matrix = new double[size][size + 1];
    Adjacency holdings = snapshot.out(EdgeKind.OWNS);
    for (int k = 0; k < size; k++) {
      int owner = ancestors[k];
      matrix[k][k] += 1;
      for (int i = holdings.start(owner); i < holdings.end(owner); i++) {
        int held = holdings.target(i);
        double w = fraction(holdings.edge(i), lower);
        if (held == target) {
          matrix[k][size] += w;
        }
        if (position[held] >= 0) {
          matrix[k][position[held]] -= w;
        }
      }
    }
    for (int col = 0; col < size; col++) {
      int pivot = col;
      for (int row = col + 1; row < size; row++) {
        if (Math.abs(matrix[row][col]) > Math.abs(matrix[pivot][col])) {
          pivot = row;
        }
      }
      if (Math.abs(matrix[pivot][col]) < 1e-12) {
        return null;
      }
      double[] swap = matrix[col];
      matrix[col] = matrix[pivot];
      matrix[pivot] = swap;
      for (int row = 0; row < size; row++) {
        if (row != col && matrix[row][col] != 0) {
          double factor = matrix[row][col] / matrix[col][col];
          for (int c = col; c <= size; c++) {
            matrix[row][c] -= factor * matrix[col][c];
          }
        }
      }
    }
    double[] result = new double[snapshot.nodeCount()];
    for (int k = 0; k < size; k++) {
      double value = matrix[k][size] / matrix[k][k];
      if (!(value >= -1e-9 && value <= 1 + 1e-9)) {
        return null;
      }
      result[ancestors[k]] = Math.max(0, Math.min(1, value));
    }
    return result;
  }

  private double fraction(int edge, boolean lower) {
    if (snapshot.edge(edge).terms() instanceof EdgeTerms.Share share && share.known()) {
      double percent = lower ? share.min() : share.max();
      if (links == Links.MAJORITY_AS_WHOLE && percent > ControllingOwners.MAJORITY_PERCENT) {
        return 1;
      }
      return percent / 100.0;
    }
    return lower ? 0 : 1;
  }
}
