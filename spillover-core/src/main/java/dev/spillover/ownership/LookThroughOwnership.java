package dev.spillover.ownership;

import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.snapshot.Adjacency;
import dev.spillover.snapshot.Snapshot;
import dev.spillover.snapshot.StrongComponents;
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
    Holdings links = holdings(target);
    StrongComponents order = order(links);
    double[] min = solve(target, links, order, true);
    double[] max = solve(target, links, order, false);
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

  /**
   * The holdings among the owners of one target, as parallel arrays: for the ancestors
   * {@code nodes[k]}, the holdings {@code start[k] .. start[k + 1]} of {@code held} at fractions
   * {@code low} and {@code high}. A declared control without a holding between the same two nodes
   * counts as a holding of unknown size: nothing for the lower bound, up to the whole for the upper.
   */
  private record Holdings(int[] nodes, int[] start, int[] held, double[] low, double[] high) {}

  private Holdings holdings(int target) {
    int[] nodes = ancestors(target);
    Adjacency owns = snapshot.out(EdgeKind.OWNS);
    Adjacency controls = snapshot.out(EdgeKind.CONTROLS);
    int[] start = new int[nodes.length + 1];
    int[] held = new int[16];
    double[] low = new double[16];
    double[] high = new double[16];
    int count = 0;
    for (int k = 0; k < nodes.length; k++) {
      int owner = nodes[k];
      start[k] = count;
      int ownsFrom = count;
      for (int i = owns.start(owner); i < owns.end(owner); i++) {
        if (count == held.length) {
          held = Arrays.copyOf(held, count * 2);
          low = Arrays.copyOf(low, count * 2);
          high = Arrays.copyOf(high, count * 2);
        }
        held[count] = owns.target(i);
        low[count] = fraction(owns.edge(i), true);
        high[count] = fraction(owns.edge(i), false);
        count++;
      }
      int ownsTo = count;
      for (int i = controls.start(owner); i < controls.end(owner); i++) {
        int controlled = controls.target(i);
        boolean alsoHeld = false;
        for (int j = ownsFrom; j < ownsTo && !alsoHeld; j++) {
          alsoHeld = held[j] == controlled;
        }
        if (alsoHeld) {
          continue;
        }
        if (count == held.length) {
          held = Arrays.copyOf(held, count * 2);
          low = Arrays.copyOf(low, count * 2);
          high = Arrays.copyOf(high, count * 2);
        }
        held[count] = controlled;
        low[count] = 0;
        high[count] = 1;
        count++;
      }
    }
    start[nodes.length] = count;
    return new Holdings(nodes, start, held, low, high);
  }

  /**
   * Every node with an ownership (or declared control) path to {@code target}; the target itself
   * when it is on a cycle.
   */
  private int[] ancestors(int target) {
    boolean[] seen = new boolean[snapshot.nodeCount()];
    Deque<Integer> queue = new ArrayDeque<>();
    int[] found = new int[16];
    int count = 0;
    queue.add(target);
    Adjacency controllers = snapshot.in(EdgeKind.CONTROLS);
    while (!queue.isEmpty()) {
      int node = queue.poll();
      for (Adjacency adjacency : new Adjacency[] {owners, controllers}) {
        for (int i = adjacency.start(node); i < adjacency.end(node); i++) {
          int owner = adjacency.target(i);
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
    }
    return Arrays.copyOf(found, count);
  }

  /**
   * The ancestors split into strongly connected components over "holds" links, each component
   * after everything its members hold: the order in which each value can be computed from final
   * values, once per ancestor outside cycles. Indexes are positions in {@code links.nodes()}.
   */
  private StrongComponents order(Holdings links) {
    int[] nodes = links.nodes();
    int[] position = new int[snapshot.nodeCount()];
    Arrays.fill(position, -1);
    for (int k = 0; k < nodes.length; k++) {
      position[nodes[k]] = k;
    }
    int[] offsets = new int[nodes.length + 1];
    int[] targets = new int[links.held().length];
    int count = 0;
    for (int k = 0; k < nodes.length; k++) {
      offsets[k] = count;
      for (int j = links.start()[k]; j < links.start()[k + 1]; j++) {
        if (position[links.held()[j]] >= 0) {
          targets[count++] = position[links.held()[j]];
        }
      }
    }
    offsets[nodes.length] = count;
    return StrongComponents.of(nodes.length, offsets, targets);
  }

  /**
   * One bound of {@code x_o = sum over holdings (o, y, w) of w * ([y = target] + x_y)}, for the
   * ancestors of the target, component by component in {@code order}: an ancestor outside any
   * cycle is computed once, from final values; the members of a cross-holding cycle are iterated
   * together (Gauss-Seidel from zero, which rises monotonically to the solution, so the values
   * reached are always a valid lower bound). When a cycle has not settled after
   * {@link #MAX_ROUNDS} (a near-total cross-holding), the small system of all ancestors is solved
   * exactly; if that is not possible (too large, or the series diverges), the upper bound of that
   * cycle's members falls back to 100 percent, so that it and everything computed from it stays
   * an upper bound.
   */
  private double[] solve(int target, Holdings links, StrongComponents order, boolean lower) {
    double[] weights = lower ? links.low() : links.high();
    double[] x = new double[snapshot.nodeCount()];
    int[] nodes = links.nodes();
    for (int c = 0; c < order.count(); c++) {
      if (!order.cyclic(c)) {
        int k = order.node(order.start(c));
        x[nodes[k]] = value(k, target, links, weights, x);
        continue;
      }
      boolean settled = false;
      for (int round = 0; round < MAX_ROUNDS && !settled; round++) {
        double moved = 0;
        for (int p = order.start(c); p < order.end(c); p++) {
          int k = order.node(p);
          double value = value(k, target, links, weights, x);
          moved = Math.max(moved, Math.abs(value - x[nodes[k]]));
          x[nodes[k]] = value;
        }
        settled = moved <= TOLERANCE;
      }
      if (!settled) {
        double[] exact = nodes.length <= EXACT_LIMIT ? solveExactly(target, links, weights) : null;
        if (exact != null) {
          return exact;
        }
        if (!lower) {
          for (int p = order.start(c); p < order.end(c); p++) {
            int owner = nodes[order.node(p)];
            if (x[owner] > 0) {
              x[owner] = 1;
            }
          }
        }
      }
    }
    return x;
  }

  /** What ancestor {@code k} holds of the target, directly and through what it holds, from the current values. */
  private static double value(int k, int target, Holdings links, double[] weights, double[] x) {
    double sum = 0;
    for (int j = links.start()[k]; j < links.start()[k + 1]; j++) {
      int held = links.held()[j];
      double below = (held == target ? 1 : 0) + x[held];
      if (below != 0) {
        sum += weights[j] * below;
      }
    }
    return Math.min(1, sum);
  }

  /** Ancestor sets up to this size are solved exactly when iteration is too slow. */
  static final int EXACT_LIMIT = 1_000;

  /**
   * Solves {@code (I - M) x = c} over the ancestors by Gaussian elimination with partial pivoting;
   * null when the system is singular or its solution leaves 0..1 (a divergent series, where capped
   * iteration, not this, defines the answer).
   */
  private double[] solveExactly(int target, Holdings links, double[] weights) {
    int[] ancestors = links.nodes();
    int size = ancestors.length;
    int[] position = new int[snapshot.nodeCount()];
    Arrays.fill(position, -1);
    for (int k = 0; k < size; k++) {
      position[ancestors[k]] = k;
    }
    double[][] matrix = new double[size][size + 1];
    for (int k = 0; k < size; k++) {
      matrix[k][k] += 1;
      for (int j = links.start()[k]; j < links.start()[k + 1]; j++) {
        int held = links.held()[j];
        if (held == target) {
          matrix[k][size] += weights[j];
        }
        if (position[held] >= 0) {
          matrix[k][position[held]] -= weights[j];
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
