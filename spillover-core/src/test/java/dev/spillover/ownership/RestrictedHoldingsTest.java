package dev.spillover.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.snapshot.Adjacency;
import dev.spillover.snapshot.EstateBuilder;
import dev.spillover.snapshot.Snapshot;
import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The whole-graph restricted holding against path enumeration, and on hand-worked examples. */
class RestrictedHoldingsTest {
  private static final double EPSILON = 1e-9;

  @Test
  void aRestrictedPartyPassesItsShareDownAChain() {
    Snapshot snapshot = new EstateBuilder().person("x").org("a").org("b")
        .owns("x", "a", 60).owns("a", "b", 50).snapshot();
    RestrictedHoldings.Result result = new RestrictedHoldings(snapshot)
        .of(seeds(snapshot, "x"), LookThroughOwnership.Links.PROPORTIONAL);
    assertThat(result.share(snapshot.indexOf("x"))).isEqualTo(ShareBounds.WHOLE);
    assertThat(result.share(snapshot.indexOf("a")).min()).isCloseTo(0.6, within(EPSILON));
    assertThat(result.share(snapshot.indexOf("b")).min()).isCloseTo(0.3, within(EPSILON));
    assertThat(result.contributions(snapshot.indexOf("b"), true))
        .singleElement().satisfies(c -> assertThat(c.owner()).isEqualTo(snapshot.indexOf("a")));
  }

  @Test
  void theMultiplierCountsAMajorityLinkAsWhole() {
    Snapshot snapshot = new EstateBuilder().person("x").org("a").org("b")
        .owns("x", "a", 60).owns("a", "b", 30).snapshot();
    RestrictedHoldings.Result result = new RestrictedHoldings(snapshot)
        .of(seeds(snapshot, "x"), LookThroughOwnership.Links.MAJORITY_AS_WHOLE);
    assertThat(result.share(snapshot.indexOf("b")).min()).isCloseTo(0.3, within(EPSILON));
    assertThat(result.share(snapshot.indexOf("a")).min()).isCloseTo(1.0, within(EPSILON));
  }

  @Test
  void aRestrictedPartyIsNotCountedTwiceThroughAnotherOne() {
    // x owns 50 % of y, both restricted; y owns 40 % of e: e is 40 % restricted, not 40 % + 20 %.
    Snapshot snapshot = new EstateBuilder().person("x").org("y").org("e")
        .owns("x", "y", 50).owns("y", "e", 40).snapshot();
    RestrictedHoldings.Result result = new RestrictedHoldings(snapshot)
        .of(seeds(snapshot, "x", "y"), LookThroughOwnership.Links.PROPORTIONAL);
    assertThat(result.share(snapshot.indexOf("e")).min()).isCloseTo(0.4, within(EPSILON));
  }

  @Test
  void onRandomAcyclicGraphsTheBoundsAreTheSumsOverPathsFromTheRestrictedSet() {
    for (long seed = 0; seed < 300; seed++) {
      Random random = new Random(seed);
      Snapshot snapshot = randomHoldings(random, true);
      int n = snapshot.nodeCount();
      BitSet restricted = new BitSet();
      restricted.set(random.nextInt(n));
      if (random.nextBoolean()) {
        restricted.set(random.nextInt(n));
      }
      // One prepared kernel answers both ways of linking holdings.
      RestrictedHoldings kernel = new RestrictedHoldings(snapshot);
      for (boolean majority : new boolean[] {false, true}) {
        RestrictedHoldings.Result result = kernel.of(restricted,
            majority ? LookThroughOwnership.Links.MAJORITY_AS_WHOLE : LookThroughOwnership.Links.PROPORTIONAL);
        for (int node = 0; node < n; node++) {
          if (restricted.get(node)) {
            continue;
          }
          ShareBounds share = result.share(node);
          assertThat(share.min()).as("seed %d node %d majority %s", seed, node, majority)
              .isCloseTo(Math.min(1, pathSum(snapshot, restricted, node, true, majority)), within(EPSILON));
          assertThat(share.max()).as("seed %d node %d majority %s", seed, node, majority)
              .isCloseTo(Math.min(1, pathSum(snapshot, restricted, node, false, majority)), within(EPSILON));
        }
      }
    }
  }

  @Test
  void onRandomGraphsWithCrossHoldingsTheValuesSolveTheLinearSystem() {
    for (long seed = 0; seed < 300; seed++) {
      Random random = new Random(seed);
      Snapshot snapshot = randomHoldings(random, false);
      int n = snapshot.nodeCount();
      BitSet restricted = new BitSet();
      restricted.set(random.nextInt(n));
      RestrictedHoldings.Result result = new RestrictedHoldings(snapshot)
          .of(restricted, LookThroughOwnership.Links.PROPORTIONAL);
      double[] exact = solveDense(snapshot, restricted);
      for (int node = 0; node < n; node++) {
        if (!restricted.get(node)) {
          assertThat(result.share(node).min()).as("seed %d node %d", seed, node).isCloseTo(exact[node], within(1e-9));
          assertThat(result.share(node).max()).as("seed %d node %d", seed, node).isCloseTo(exact[node], within(1e-9));
        }
      }
    }
  }

  @Test
  void aCycleTooSlowToSettleGivesBoundsThatStillHoldTheAnswer() {
    // a and b hold 99.99 % of each other; x holds 0.01 % of a. Exactly: a = 0.0001 / (1 - 0.9999^2), about 0.50003.
    Snapshot snapshot = new EstateBuilder().person("x").org("a").org("b").org("c")
        .owns("x", "a", 0.01).owns("b", "a", 99.99).owns("a", "b", 99.99).owns("b", "c", 50).snapshot();
    RestrictedHoldings.Result result = new RestrictedHoldings(snapshot)
        .of(seeds(snapshot, "x"), LookThroughOwnership.Links.PROPORTIONAL);
    double a = 0.0001 / (1 - 0.9999 * 0.9999);
    ShareBounds atA = result.share(snapshot.indexOf("a"));
    ShareBounds atC = result.share(snapshot.indexOf("c"));
    assertThat(atA.min()).isGreaterThan(0).isLessThan(a);
    assertThat(atA.max()).isEqualTo(1.0);
    assertThat(atC.min()).isLessThan(0.5 * 0.9999 * a);
    assertThat(atC.max()).isEqualTo(0.5);
  }

  /**
   * 3 to 11 organizations; what each one's owners hold adds up to at most 100 %. {@code acyclic}:
   * owners have lower numbers and one holding in five is a range; otherwise holdings go in any
   * direction (cycles are common), exact, at most one per pair.
   */
  private static Snapshot randomHoldings(Random random, boolean acyclic) {
    int n = 3 + random.nextInt(9);
    EstateBuilder builder = new EstateBuilder();
    for (int i = 0; i < n; i++) {
      builder.org("o" + i);
    }
    double[] room = new double[n];
    java.util.Arrays.fill(room, 100);
    java.util.Set<Long> taken = new java.util.HashSet<>();
    for (int e = 0; e < n * 2; e++) {
      int a = random.nextInt(n);
      int b = random.nextInt(n);
      if ((acyclic ? a >= b : a == b) || room[b] < 5 || !taken.add((long) a * n + b)) {
        continue;
      }
      double share = 5 + random.nextInt((int) Math.min(acyclic ? 70 : 90, room[b]) - 4);
      room[b] -= share;
      if (acyclic && random.nextInt(5) == 0) {
        builder.owns("o" + a, "o" + b, Math.max(0, share - 10), share);
      } else {
        builder.owns("o" + a, "o" + b, share);
      }
    }
    return builder.snapshot();
  }

  /** y = W y + W r over the non-restricted nodes, by Gaussian elimination with partial pivoting. */
  private static double[] solveDense(Snapshot snapshot, BitSet restricted) {
    int n = snapshot.nodeCount();
    double[][] m = new double[n][n + 1];
    Adjacency owners = snapshot.in(EdgeKind.OWNS);
    for (int e = 0; e < n; e++) {
      m[e][e] = 1;
      if (restricted.get(e)) {
        m[e][n] = 1;
        continue;
      }
      for (int i = owners.start(e); i < owners.end(e); i++) {
        double w = ((EdgeTerms.Share) snapshot.edge(owners.edge(i)).terms()).min() / 100;
        m[e][owners.target(i)] -= w;
      }
    }
    for (int col = 0; col < n; col++) {
      int pivot = col;
      for (int r = col + 1; r < n; r++) {
        if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
          pivot = r;
        }
      }
      double[] swap = m[col];
      m[col] = m[pivot];
      m[pivot] = swap;
      for (int r = 0; r < n; r++) {
        if (r != col && m[r][col] != 0) {
          double f = m[r][col] / m[col][col];
          for (int k = col; k <= n; k++) {
            m[r][k] -= f * m[col][k];
          }
        }
      }
    }
    double[] y = new double[n];
    for (int e = 0; e < n; e++) {
      y[e] = m[e][n] / m[e][e];
    }
    return y;
  }

  /**
   * The sum over every path from a restricted party to {@code node} (stopping at the first
   * restricted party met) of the product of its links, a link above 50 % counted as whole when
   * {@code majority}, each entity's value capped at the whole.
   */
  private static double pathSum(Snapshot snapshot, BitSet restricted, int node, boolean lower, boolean majority) {
    Adjacency owners = snapshot.in(EdgeKind.OWNS);
    double sum = 0;
    for (int i = owners.start(node); i < owners.end(node); i++) {
      EdgeTerms.Share share = (EdgeTerms.Share) snapshot.edge(owners.edge(i)).terms();
      double percent = lower ? share.min() : share.max();
      double w = majority && percent > 50 ? 1 : percent / 100;
      int owner = owners.target(i);
      // No entity passes on more than all of itself (whole links can add up past 100 %).
      sum += w * (restricted.get(owner) ? 1 : Math.min(1, pathSum(snapshot, restricted, owner, lower, majority)));
    }
    return sum;
  }

  private static BitSet seeds(Snapshot snapshot, String... ids) {
    BitSet seeds = new BitSet();
    for (String id : ids) {
      seeds.set(snapshot.indexOf(id));
    }
    return seeds;
  }
}
