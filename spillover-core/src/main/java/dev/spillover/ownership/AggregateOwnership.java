package dev.spillover.ownership;

import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.snapshot.Adjacency;
import dev.spillover.snapshot.Snapshot;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * The aggregate ownership rule of OFAC and of the BIS Affiliates Rule: an entity is restricted
 * when restricted persons own, directly, {@code threshold} percent or more of it in aggregate,
 * where the owners counted are the seeds and the entities already found restricted. It is a
 * fixpoint, not a product of shares: a restricted parent's 50 percent passes its whole status to
 * the child, while holdings of unrestricted intermediaries count for nothing.
 *
 * <p>Worked example (DESIGN.md): restricted A owns 40 % of D and 40 % of E; E owns 20 % of D. E is
 * not restricted (40 %), so D counts only A's 40 % and is not restricted either.
 *
 * <p>Shares given as ranges give two answers: {@link Result#definitely} counts every holding at
 * its lower bound (an unknown share as 0), {@link Result#possibly} at its upper bound (an unknown
 * share as 100). Each restricted entity keeps the restricted direct owners that put it over the
 * threshold, so every answer can be explained down to the seeds. Runs in time linear in the
 * number of ownership edges; cycles are harmless.
 */
public final class AggregateOwnership {
  /** The threshold of OFAC's 50 percent rule and of the BIS Affiliates Rule, in percent. */
  public static final double FIFTY_PERCENT = 50.0;

  private final Snapshot snapshot;

  public AggregateOwnership(Snapshot snapshot) {
    this.snapshot = snapshot;
  }

  /** The entities restricted by aggregate ownership of at least {@code thresholdPercent} from {@code seeds}. */
  public Result of(BitSet seeds, double thresholdPercent) {
    if (!(thresholdPercent > 0 && thresholdPercent <= 100)) {
      throw new IllegalArgumentException("threshold must be above 0 and at most 100 percent, got " + thresholdPercent);
    }
    return new Result(seeds, solve(seeds, thresholdPercent, true), solve(seeds, thresholdPercent, false));
  }

  /** One bound of the fixpoint: which nodes are restricted and their aggregate restricted holding. */
  static final class Bound {
    final BitSet restricted;
    final double[] held;

    Bound(BitSet restricted, double[] held) {
      this.restricted = restricted;
      this.held = held;
    }
  }

  private Bound solve(BitSet seeds, double threshold, boolean lower) {
    int n = snapshot.nodeCount();
    BitSet restricted = (BitSet) seeds.clone();
    double[] held = new double[n];
    Adjacency holdings = snapshot.out(EdgeKind.OWNS);
    Deque<Integer> queue = new ArrayDeque<>();
    seeds.stream().forEach(queue::add);
    while (!queue.isEmpty()) {
      int owner = queue.poll();
      for (int i = holdings.start(owner); i < holdings.end(owner); i++) {
        int entity = holdings.target(i);
        if (entity == owner) {
          continue;
        }
        held[entity] += percent(holdings.edge(i), lower);
        // A small epsilon keeps 33.33 + 16.67 from missing 50 by a rounding error.
        if (!restricted.get(entity) && held[entity] >= threshold - 1e-9) {
          restricted.set(entity);
          queue.add(entity);
        }
      }
    }
    return new Bound(restricted, held);
  }

  private double percent(int edge, boolean lower) {
    if (snapshot.edge(edge).terms() instanceof EdgeTerms.Share share && share.known()) {
      return lower ? share.min() : share.max();
    }
    return lower ? 0 : 100;
  }

  /** The answer for one set of seeds and one threshold. */
  public final class Result {
    private final BitSet seeds;
    private final Bound lower;
    private final Bound upper;

    Result(BitSet seeds, Bound lower, Bound upper) {
      this.seeds = (BitSet) seeds.clone();
      this.lower = lower;
      this.upper = upper;
    }

    /** Restricted counting every holding at its lower bound (seeds included). */
    public BitSet definitely() {
      return (BitSet) lower.restricted.clone();
    }

    /** Restricted counting every holding at its upper bound (seeds included). */
    public BitSet possibly() {
      return (BitSet) upper.restricted.clone();
    }

    public boolean isSeed(int node) {
      return seeds.get(node);
    }

    /**
     * The percentage of {@code node} held directly by owners restricted under the same bound:
     * {@code lower} counts holdings and owners at the lower bound, otherwise at the upper bound.
     * Capped at 100.
     */
    public double restrictedHolding(int node, boolean lower) {
      return Math.min(100, (lower ? this.lower : upper).held[node]);
    }

    /**
     * The restricted direct owners of {@code node} under the lower bound (or the upper, when
     * {@code lower} is false), with the edge of each holding: the first step of the explanation.
     */
    public List<int[]> restrictedOwners(int node, boolean lower) {
      BitSet restricted = (lower ? this.lower : upper).restricted;
      Adjacency owners = snapshot.in(EdgeKind.OWNS);
      List<int[]> found = new ArrayList<>();
      for (int i = owners.start(node); i < owners.end(node); i++) {
        if (restricted.get(owners.target(i)) && owners.target(i) != node) {
          found.add(new int[] {owners.target(i), owners.edge(i)});
        }
      }
      found.sort((a, b) -> Integer.compare(a[0], b[0]));
      return found;
    }

    /**
     * One chain of restricted owners from a seed down to {@code node} (seed first), under the lower
     * or upper bound; a seed's chain is itself alone, a node not restricted has none (empty).
     */
    public int[] chainFromSeed(int node, boolean lower) {
      BitSet restricted = (lower ? this.lower : upper).restricted;
      if (!restricted.get(node)) {
        return new int[0];
      }
      int[] parent = new int[snapshot.nodeCount()];
      Arrays.fill(parent, -2);
      Deque<Integer> queue = new ArrayDeque<>();
      queue.add(node);
      parent[node] = -1;
      Adjacency owners = snapshot.in(EdgeKind.OWNS);
      while (!queue.isEmpty()) {
        int current = queue.poll();
        if (seeds.get(current)) {
          List<Integer> chain = new ArrayList<>();
          for (int at = current; at != -1; at = parent[at]) {
            chain.add(at);
          }
          return chain.stream().mapToInt(Integer::intValue).toArray();
        }
        for (int i = owners.start(current); i < owners.end(current); i++) {
          int owner = owners.target(i);
          if (restricted.get(owner) && parent[owner] == -2) {
            parent[owner] = current;
            queue.add(owner);
          }
        }
      }
      throw new IllegalStateException("restricted node " + node + " has no chain to a seed: a bug");
    }
  }
}
