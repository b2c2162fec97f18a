package dev.spillover.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.Validity;
import dev.spillover.snapshot.EstateBuilder;
import dev.spillover.snapshot.RandomEstates;
import dev.spillover.snapshot.Snapshot;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class LookThroughOwnershipTest {
  private static final int SEEDS = 300;
  private static final double EPSILON = 1e-9;

  @Test
  void onAcyclicHoldingsEachBoundIsTheSumOverPathsOfTheProductOfShares() {
    assertPathSumsOnDags(LookThroughOwnership.Links.PROPORTIONAL);
  }

  @Test
  void theMajorityChainMultiplierIsTheSameSumWithMajorityLinksCountedWhole() {
    assertPathSumsOnDags(LookThroughOwnership.Links.MAJORITY_AS_WHOLE);
  }

  private static void assertPathSumsOnDags(LookThroughOwnership.Links links) {
    int owningPairs = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      Snapshot snapshot = Snapshot.of(RandomEstates.ownershipDag(seed), EstateBuilder.DAY);
      Holdings holdings = new Holdings(snapshot, links);
      LookThroughOwnership ownership = new LookThroughOwnership(snapshot, links);
      for (int target = 0; target < snapshot.nodeCount(); target++) {
        LookThroughOwnership.Result result = ownership.of(target);
        double[][] sums = new double[snapshot.nodeCount()][];
        for (int owner = 0; owner < snapshot.nodeCount(); owner++) {
          sums[owner] = owner == target ? new double[] {1, 1} : holdings.pathSums(owner, target);
        }
        for (int owner = 0; owner < snapshot.nodeCount(); owner++) {
          String context = links + ", seed " + seed + ", share of " + owner + " in " + target;
          ShareBounds share = result.share(owner);
          if (owner == target) {
            assertThat(share).as(context).isEqualTo(ShareBounds.WHOLE);
            continue;
          }
          owningPairs += sums[owner][1] > 0 ? 1 : 0;
          for (int bound = 0; bound < 2; bound++) {
            double actual = bound == 0 ? share.min() : share.max();
            double cappedAtEnd = Math.min(1, sums[owner][bound]);
            if (holdings.capReachedBelow(owner, target, sums, bound)) {
              // A holder on the way is capped at the whole of the target, so the bound is tighter.
              assertThat(actual).as(context).isBetween(0.0, cappedAtEnd + EPSILON);
            } else {
              assertThat(actual).as(context).isCloseTo(cappedAtEnd, within(EPSILON));
            }
          }
        }
      }
    }
    assertThat(owningPairs).as("the estates are not all trivial").isGreaterThan(SEEDS * 3);
  }

  @Test
  void withCrossHoldingsEachBoundIsTheWalkSumWhenTheTargetIsOnNoCycle() {
    int targetsAboveACycle = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      Snapshot snapshot = Snapshot.of(RandomEstates.crossHoldings(seed), EstateBuilder.DAY);
      Holdings holdings = new Holdings(snapshot);
      for (int target = 0; target < snapshot.nodeCount(); target++) {
        if (holdings.onCycle(target)) {
          continue;
        }
        targetsAboveACycle += holdings.cycleAmongOwners(target) ? 1 : 0;
        assertWalkSums(snapshot, holdings, target, "seed " + seed);
      }
    }
    assertThat(targetsAboveACycle).as("cycles among the owners are common").isGreaterThan(SEEDS / 3);
  }

  @Test
  void withCrossHoldingsEachBoundIsTheWalkSumForEveryTarget() {
    for (long seed = 0; seed < SEEDS; seed++) {
      Snapshot snapshot = Snapshot.of(RandomEstates.crossHoldings(seed), EstateBuilder.DAY);
      Holdings holdings = new Holdings(snapshot);
      for (int target = 0; target < snapshot.nodeCount(); target++) {
        assertWalkSums(snapshot, holdings, target, "seed " + seed);
      }
    }
  }

  private static void assertWalkSums(Snapshot snapshot, Holdings holdings, int target, String context) {
    LookThroughOwnership.Result result = new LookThroughOwnership(snapshot).of(target);
    double[] min = holdings.walkSums(target, true, 400);
    double[] max = holdings.walkSums(target, false, 400);
    for (int owner = 0; owner < snapshot.nodeCount(); owner++) {
      if (owner != target) {
        String where = context + ", share of " + owner + " in " + target;
        assertThat(result.share(owner).min()).as(where).isCloseTo(min[owner], within(EPSILON));
        assertThat(result.share(owner).max()).as(where).isCloseTo(max[owner], within(EPSILON));
      }
    }
  }

  @Test
  void sharesMultiplyAlongAChain() {
    Snapshot snapshot = new EstateBuilder().org("a").org("b").org("c").owns("a", "b", 60).owns("b", "c", 50).snapshot();

    ShareBounds share = new LookThroughOwnership(snapshot).of(snapshot.indexOf("c")).share(snapshot.indexOf("a"));

    assertThat(share.min()).isCloseTo(0.30, within(EPSILON));
    assertThat(share.max()).isCloseTo(0.30, within(EPSILON));
  }

  @Test
  void sharesAddUpOverParallelPaths() {
    Snapshot snapshot = new EstateBuilder()
        .org("a").org("b").org("c").owns("a", "b", 50).owns("a", "c", 20).owns("b", "c", 40).snapshot();

    ShareBounds share = new LookThroughOwnership(snapshot).of(snapshot.indexOf("c")).share(snapshot.indexOf("a"));

    assertThat(share.min()).isCloseTo(0.40, within(EPSILON));
  }

  @Test
  void rangesAndUnknownSharesGiveLowerAndUpperBounds() {
    Snapshot snapshot = new EstateBuilder()
        .org("a").person("p").org("b").org("c")
        .owns("a", "b", 40, 60).ownsUnknown("p", "b").owns("b", "c", 50).snapshot();
    LookThroughOwnership.Result inC = new LookThroughOwnership(snapshot).of(snapshot.indexOf("c"));

    assertThat(inC.share(snapshot.indexOf("a")).min()).isCloseTo(0.20, within(EPSILON));
    assertThat(inC.share(snapshot.indexOf("a")).max()).isCloseTo(0.30, within(EPSILON));
    assertThat(inC.share(snapshot.indexOf("p")).min()).isZero();
    assertThat(inC.share(snapshot.indexOf("p")).max()).isCloseTo(0.50, within(EPSILON));
  }

  @Test
  void anUpperBoundNeverExceedsTheWholeEvenThroughACappedHolder() {
    // h may hold all of t through x and again through y: its bound is capped at 1, so o's is half.
    Snapshot snapshot = new EstateBuilder()
        .org("t").org("x").org("y").org("h").org("o")
        .ownsUnknown("x", "t").ownsUnknown("y", "t").owns("h", "x", 100).owns("h", "y", 100).owns("o", "h", 50)
        .snapshot();
    LookThroughOwnership.Result inT = new LookThroughOwnership(snapshot).of(snapshot.indexOf("t"));

    assertThat(inT.share(snapshot.indexOf("h"))).isEqualTo(new ShareBounds(0, 1));
    assertThat(inT.share(snapshot.indexOf("o")).max()).isCloseTo(0.5, within(EPSILON));
  }

  @Test
  void theTargetHoldsItselfWhollyOutsidersHoldNothingAndAControllerHoldsAnUnknownShare() {
    Snapshot snapshot = new EstateBuilder()
        .org("parent").org("child").org("sibling").org("stranger")
        .owns("parent", "child", 70).owns("parent", "sibling", 70).controls("stranger", "child")
        .snapshot();
    LookThroughOwnership.Result inChild = new LookThroughOwnership(snapshot).of(snapshot.indexOf("child"));

    assertThat(inChild.target()).isEqualTo(snapshot.indexOf("child"));
    assertThat(inChild.share(snapshot.indexOf("child"))).isEqualTo(ShareBounds.WHOLE);
    assertThat(inChild.share(snapshot.indexOf("sibling"))).isEqualTo(ShareBounds.NONE);
    assertThat(inChild.share(snapshot.indexOf("stranger")))
        .as("declared control without a holding is a holding of unknown size")
        .isEqualTo(new ShareBounds(0, 1));
  }

  @Test
  void holdingsOutsideTheirValidityDoNotCount() {
    Estate estate = new EstateBuilder()
        .org("a").org("b")
        .edge(EdgeKind.OWNS, "a", "b", EstateBuilder.share(60, 60), new Validity(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 1, 1)))
        .build();

    Snapshot during = Snapshot.of(estate, LocalDate.of(2020, 6, 1));
    Snapshot after = Snapshot.of(estate, LocalDate.of(2022, 6, 1));

    assertThat(new LookThroughOwnership(during).of(1).share(0).min()).isCloseTo(0.6, within(EPSILON));
    assertThat(new LookThroughOwnership(after).of(1).share(0)).isEqualTo(ShareBounds.NONE);
  }

  @Test
  void aCrossHoldingBelowTheTargetIsSummedAsAGeometricSeries() {
    // a holds 50% of t directly and through b, which a and b hold 40% of each other: 0.5 / (1 - 0.16).
    Snapshot snapshot = new EstateBuilder()
        .org("t").org("a").org("b").owns("a", "t", 50).owns("a", "b", 40).owns("b", "a", 40).snapshot();
    LookThroughOwnership.Result inT = new LookThroughOwnership(snapshot).of(snapshot.indexOf("t"));

    assertThat(inT.share(snapshot.indexOf("a")).min()).isCloseTo(0.5 / (1 - 0.16), within(EPSILON));
    assertThat(inT.share(snapshot.indexOf("b")).min()).isCloseTo(0.4 * 0.5 / (1 - 0.16), within(EPSILON));
  }

  @Test
  void aCrossHoldingWithTheTargetCountsTheWalksBackThroughIt() {
    Snapshot snapshot = new EstateBuilder().org("a").org("b").owns("a", "b", 50).owns("b", "a", 50).snapshot();

    ShareBounds share = new LookThroughOwnership(snapshot).of(snapshot.indexOf("b")).share(snapshot.indexOf("a"));

    assertThat(share.min()).isCloseTo(0.5 / (1 - 0.25), within(EPSILON));
    assertThat(share.max()).isCloseTo(0.5 / (1 - 0.25), within(EPSILON));
  }

  @Test
  void anUpperBoundIsNeverBelowTheTrueShareEvenWhenTheIterationConvergesSlowly() {
    // a holds 0.01% of t and a and b hold 99.99% of each other: a's share is 0.0001 / (1 - 0.9999^2) = 0.50.
    Snapshot snapshot = new EstateBuilder()
        .org("t").org("a").org("b").owns("a", "t", 0.01).owns("a", "b", 99.99).owns("b", "a", 99.99).snapshot();

    ShareBounds share = new LookThroughOwnership(snapshot).of(snapshot.indexOf("t")).share(snapshot.indexOf("a"));

    assertThat(share.max()).isGreaterThanOrEqualTo(0.0001 / (1 - 0.9999 * 0.9999) - EPSILON);
  }

  /** The oracles: OWNS edges valid in the snapshot, as fractions, read from the estate's edges. */
  private static final class Holdings {
    private final int nodes;
    private final List<int[]> ends = new ArrayList<>();
    private final List<double[]> fractions = new ArrayList<>();

    Holdings(Snapshot snapshot) {
      this(snapshot, LookThroughOwnership.Links.PROPORTIONAL);
    }

    Holdings(Snapshot snapshot, LookThroughOwnership.Links links) {
      this.nodes = snapshot.nodeCount();
      for (Edge edge : snapshot.estate().edges()) {
        if (edge.kind() == EdgeKind.OWNS && edge.validity().contains(snapshot.asOf())) {
          EdgeTerms.Share share = (EdgeTerms.Share) edge.terms();
          ends.add(new int[] {snapshot.indexOf(edge.from()), snapshot.indexOf(edge.to())});
          fractions.add(share.known() ? new double[] {link(share.min(), links), link(share.max(), links)} : new double[] {0, 1});
        }
      }
    }

    private static double link(double percent, LookThroughOwnership.Links links) {
      boolean whole = links == LookThroughOwnership.Links.MAJORITY_AS_WHOLE && percent > 50;
      return whole ? 1 : percent / 100;
    }

    /** Lower and upper sums, over every path from {@code owner} to {@code target}, of the products of shares. */
    double[] pathSums(int owner, int target) {
      double[] sums = new double[2];
      enumerate(owner, target, 1, 1, sums, 0);
      return sums;
    }

    private void enumerate(int node, int target, double lower, double upper, double[] sums, int depth) {
      if (node == target) {
        sums[0] += lower;
        sums[1] += upper;
        return;
      }
      assertThat(depth).as("the holdings are acyclic").isLessThanOrEqualTo(nodes);
      for (int e = 0; e < ends.size(); e++) {
        if (ends.get(e)[0] == node) {
          enumerate(ends.get(e)[1], target, lower * fractions.get(e)[0], upper * fractions.get(e)[1], sums, depth + 1);
        }
      }
    }

    /** True when some holder strictly between {@code owner} and {@code target} sums above the whole. */
    boolean capReachedBelow(int owner, int target, double[][] sums, int bound) {
      for (int h = 0; h < nodes; h++) {
        if (h != owner && h != target && sums[h][bound] > 1 + EPSILON && pathSums(owner, h)[1] > 0) {
          return true;
        }
      }
      return false;
    }

    /** Sums over all walks of 1 to {@code depth} steps from each node to {@code target}, cycles included. */
    double[] walkSums(int target, boolean lower, int depth) {
      double[] total = new double[nodes];
      double[] walks = new double[nodes];
      walks[target] = 1;
      for (int length = 1; length <= depth; length++) {
        double[] longer = new double[nodes];
        for (int e = 0; e < ends.size(); e++) {
          longer[ends.get(e)[0]] += fractions.get(e)[lower ? 0 : 1] * walks[ends.get(e)[1]];
        }
        for (int n = 0; n < nodes; n++) {
          total[n] += longer[n];
        }
        walks = longer;
      }
      return total;
    }

    /** True when {@code node} holds itself through some chain of holdings. */
    boolean onCycle(int node) {
      return reaches(node, node);
    }

    /** True when some direct or indirect owner of {@code target} is on a cycle. */
    boolean cycleAmongOwners(int target) {
      for (int n = 0; n < nodes; n++) {
        if (n != target && reaches(n, target) && onCycle(n)) {
          return true;
        }
      }
      return false;
    }

    private boolean reaches(int from, int to) {
      boolean[] seen = new boolean[nodes];
      ArrayDeque<Integer> queue = new ArrayDeque<>(List.of(from));
      while (!queue.isEmpty()) {
        int node = queue.poll();
        for (int[] end : ends) {
          if (end[0] == node && !seen[end[1]]) {
            if (end[1] == to) {
              return true;
            }
            seen[end[1]] = true;
            queue.add(end[1]);
          }
        }
      }
      return false;
    }
  }

  @Test
  void aDeclaredControlAboveAKnownHoldingBoundsTheSharesOfThoseAboveIt() {
    // Huawei in the example: the union holds 99.06 % of the holding, which controls (no figure) the operator.
    Snapshot snapshot = new EstateBuilder().org("union").person("founder").org("holding").org("operator")
        .owns("union", "holding", 99.06).owns("founder", "holding", 0.94).controls("holding", "operator")
        .snapshot();
    LookThroughOwnership.Result result = new LookThroughOwnership(snapshot).of(snapshot.indexOf("operator"));

    assertThat(result.share(snapshot.indexOf("holding"))).isEqualTo(new ShareBounds(0, 1));
    assertThat(result.share(snapshot.indexOf("founder")).min()).isZero();
    assertThat(result.share(snapshot.indexOf("founder")).max()).isCloseTo(0.0094, within(EPSILON));
  }

  @Test
  void aControlBesideAKnownHoldingAddsNothing() {
    Snapshot snapshot = new EstateBuilder().org("parent").org("child")
        .owns("parent", "child", 60).controls("parent", "child").snapshot();
    LookThroughOwnership.Result result = new LookThroughOwnership(snapshot).of(snapshot.indexOf("child"));

    assertThat(result.share(snapshot.indexOf("parent")).max()).isCloseTo(0.6, within(EPSILON));
  }
}
