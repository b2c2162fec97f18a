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
 * the shares along it. With cross-holdings the paths are infinitely many; the sum is their limit,
 * the solution of {@code x = a + A x}, found by iterating from zero until no value moves by more
 * than {@link #TOLERANCE}. Values are capped at 1, so a badly specified cycle cannot diverge.
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

  private int[] ancestors(int target) {
    boolean[] seen = new boolean[snapshot.nodeCount()];
    Deque<Integer> queue = new ArrayDeque<>();
    int[] found = new int[16];
    int count = 0;
    queue.add(target);
    seen[target] = true;
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

  private double[] solve(int target, int[] ancestors, boolean lower) {
    int n = snapshot.nodeCount();
    double[] current = new double[n];
    double[] next = new double[n];
    Adjacency holdings = snapshot.out(EdgeKind.OWNS);
    for (int round = 0; round < MAX_ROUNDS; round++) {
      double moved = 0;
      for (int owner : ancestors) {
        double sum = 0;
        for (int i = holdings.start(owner); i < holdings.end(owner); i++) {
          int held = holdings.target(i);
          double below = held == target ? 1 : current[held];
          if (below == 0) {
            continue;
          }
          sum += fraction(holdings.edge(i), lower) * below;
        }
        next[owner] = Math.min(1, sum);
        moved = Math.max(moved, Math.abs(next[owner] - current[owner]));
      }
      double[] swap = current;
      current = next;
      next = swap;
      if (moved <= TOLERANCE) {
        break;
      }
    }
    return current;
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
