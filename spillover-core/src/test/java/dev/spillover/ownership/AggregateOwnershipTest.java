package dev.spillover.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.snapshot.Adjacency;
import dev.spillover.snapshot.EstateBuilder;
import dev.spillover.snapshot.Snapshot;
import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The aggregate 50 percent rule: OFAC's own published examples (FAQs 399 and 401, August 2014
 * guidance), the worked example of DESIGN.md, and a naive fixpoint on random graphs with cycles.
 */
class AggregateOwnershipTest {

  @Test
  void ofacExample1BlockedOwnershipPassesDownAChainOfFiftyPercentHoldings() {
    // FAQ 401, example 1: X owns 50 % of A, A owns 50 % of B: B is blocked.
    Snapshot snapshot = new EstateBuilder().person("x").org("a").org("b")
        .owns("x", "a", 50).owns("a", "b", 50).snapshot();
    BitSet blocked = blocked(snapshot, "x");
    assertThat(names(snapshot, blocked)).isEqualTo("a b x");
  }

  @Test
  void ofacExample2HoldingsOfTwoBlockedEntitiesAreAdded() {
    // FAQ 401, example 2: X owns 50 % of A and of B; A and B each own 25 % of C: C is blocked.
    Snapshot snapshot = new EstateBuilder().person("x").org("a").org("b").org("c")
        .owns("x", "a", 50).owns("x", "b", 50).owns("a", "c", 25).owns("b", "c", 25).snapshot();
    assertThat(names(snapshot, blocked(snapshot, "x"))).isEqualTo("a b c x");
  }

  @Test
  void ofacExample3DirectAndIndirectHoldingsAreAdded() {
    // FAQ 401, example 3: X owns 50 % of A and 10 % of B; A owns 40 % of B: B is blocked.
    Snapshot snapshot = new EstateBuilder().person("x").org("a").org("b")
        .owns("x", "a", 50).owns("x", "b", 10).owns("a", "b", 40).snapshot();
    assertThat(names(snapshot, blocked(snapshot, "x"))).isEqualTo("a b x");
  }

  @Test
  void ofacAggregatesTwoBlockedPersons() {
    // FAQ 399: blocked X and blocked Y each own 25 % of B: B is blocked.
    Snapshot snapshot = new EstateBuilder().person("x").person("y").org("b")
        .owns("x", "b", 25).owns("y", "b", 25).snapshot();
    assertThat(names(snapshot, blocked(snapshot, "x", "y"))).isEqualTo("b x y");
  }

  @Test
  void holdingsOfEntitiesThatAreNotBlockedCountForNothing() {
    // The August 2014 FAQs: X owns 25 % of A and of B, A and B each own 50 % of C: C is not blocked.
    Snapshot snapshot = new EstateBuilder().person("x").org("a").org("b").org("c")
        .owns("x", "a", 25).owns("x", "b", 25).owns("a", "c", 50).owns("b", "c", 50).snapshot();
    assertThat(names(snapshot, blocked(snapshot, "x"))).isEqualTo("x");
  }

  @Test
  void theDesignExampleIsNotBlockedBecauseTheIntermediaryIsNot() {
    // DESIGN.md: blocked A owns 40 % of D and 40 % of E; E owns 20 % of D.
    Snapshot snapshot = new EstateBuilder().org("a").org("d").org("e")
        .owns("a", "d", 40).owns("a", "e", 40).owns("e", "d", 20).snapshot();
    AggregateOwnership.Result result = new AggregateOwnership(snapshot).of(seeds(snapshot, "a"), 50);
    assertThat(names(snapshot, result.definitely())).isEqualTo("a");
    assertThat(result.restrictedHolding(snapshot.indexOf("d"), true)).isEqualTo(40);
  }

  @Test
  void shareRangesGiveADefiniteAndAPossibleAnswer() {
    Snapshot snapshot = new EstateBuilder().person("x").org("a").org("b")
        .owns("x", "a", 40, 60).ownsUnknown("x", "b").snapshot();
    AggregateOwnership.Result result = new AggregateOwnership(snapshot).of(seeds(snapshot, "x"), 50);
    assertThat(names(snapshot, result.definitely())).isEqualTo("x");
    assertThat(names(snapshot, result.possibly())).isEqualTo("a b x");
  }

  @Test
  void eachBlockedEntityIsExplainedByItsBlockedOwnersAndAChainFromASeed() {
    Snapshot snapshot = new EstateBuilder().person("x").org("a").org("b")
        .owns("x", "a", 50).owns("x", "b", 10).owns("a", "b", 40).snapshot();
    AggregateOwnership.Result result = new AggregateOwnership(snapshot).of(seeds(snapshot, "x"), 50);
    int b = snapshot.indexOf("b");
    assertThat(result.restrictedOwners(b, true)).extracting(pair -> snapshot.node(pair[0]).id())
        .containsExactly("x", "a");
    int[] chain = result.chainFromSeed(b, true);
    assertThat(chain[0]).isEqualTo(snapshot.indexOf("x"));
    assertThat(chain[chain.length - 1]).isEqualTo(b);
    assertThat(result.chainFromSeed(snapshot.indexOf("x"), true)).containsExactly(snapshot.indexOf("x"));
  }

  @Test
  void aCrossHoldingCycleTerminatesAndBlocksBothWhenEitherIsBlocked() {
    Snapshot snapshot = new EstateBuilder().person("x").org("a").org("b")
        .owns("x", "a", 50).owns("a", "b", 60).owns("b", "a", 40).snapshot();
    assertThat(names(snapshot, blocked(snapshot, "x"))).isEqualTo("a b x");
  }

  @Test
  void aThresholdOutsideZeroToOneHundredIsRefused() {
    Snapshot snapshot = new EstateBuilder().org("a").snapshot();
    assertThatThrownBy(() -> new AggregateOwnership(snapshot).of(new BitSet(), 0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("threshold");
  }

  @Test
  void onRandomGraphsWithCyclesBothBoundsEqualANaiveFixpoint() {
    for (long seed = 0; seed < 400; seed++) {
      Random random = new Random(seed);
      int n = 3 + random.nextInt(10);
      EstateBuilder builder = new EstateBuilder();
      for (int i = 0; i < n; i++) {
        builder.org("o" + i);
      }
      double[] room = new double[n];
      java.util.Arrays.fill(room, 100);
      for (int e = 0; e < n * 2; e++) {
        int owner = random.nextInt(n);
        int owned = random.nextInt(n);
        if (owner == owned || room[owned] < 5) {
          continue;
        }
        double max = 5 + random.nextInt((int) Math.min(60, room[owned]) - 4);
        room[owned] -= max;
        switch (random.nextInt(4)) {
          case 0 -> builder.ownsUnknown("o" + owner, "o" + owned);
          case 1 -> builder.owns("o" + owner, "o" + owned, Math.max(0, max - 15), max);
          default -> builder.owns("o" + owner, "o" + owned, max);
        }
      }
      Snapshot snapshot = builder.snapshot();
      BitSet seeds = new BitSet();
      seeds.set(random.nextInt(n));
      if (random.nextBoolean()) {
        seeds.set(random.nextInt(n));
      }
      double threshold = random.nextBoolean() ? 50 : 25;
      AggregateOwnership.Result result = new AggregateOwnership(snapshot).of(seeds, threshold);
      assertThat(result.definitely()).as("seed %d, lower bound", seed).isEqualTo(naive(snapshot, seeds, threshold, true));
      assertThat(result.possibly()).as("seed %d, upper bound", seed).isEqualTo(naive(snapshot, seeds, threshold, false));
    }
  }

  /** Recomputes every entity's blocked holding from scratch until nothing changes. */
  private static BitSet naive(Snapshot snapshot, BitSet seeds, double threshold, boolean lower) {
    BitSet blocked = (BitSet) seeds.clone();
    boolean changed = true;
    Adjacency owners = snapshot.in(EdgeKind.OWNS);
    while (changed) {
      changed = false;
      for (int entity = 0; entity < snapshot.nodeCount(); entity++) {
        if (blocked.get(entity)) {
          continue;
        }
        double sum = 0;
        for (int i = owners.start(entity); i < owners.end(entity); i++) {
          if (blocked.get(owners.target(i))) {
            EdgeTerms.Share share = (EdgeTerms.Share) snapshot.edge(owners.edge(i)).terms();
            sum += !share.known() ? (lower ? 0 : 100) : lower ? share.min() : share.max();
          }
        }
        if (sum >= threshold - 1e-9) {
          blocked.set(entity);
          changed = true;
        }
      }
    }
    return blocked;
  }

  private static BitSet blocked(Snapshot snapshot, String... seedIds) {
    AggregateOwnership.Result result = new AggregateOwnership(snapshot)
        .of(seeds(snapshot, seedIds), AggregateOwnership.FIFTY_PERCENT);
    assertThat(result.possibly()).isEqualTo(result.definitely());
    return result.definitely();
  }

  private static BitSet seeds(Snapshot snapshot, String... ids) {
    BitSet seeds = new BitSet();
    for (String id : ids) {
      seeds.set(snapshot.indexOf(id));
    }
    return seeds;
  }

  private static String names(Snapshot snapshot, BitSet nodes) {
    return nodes.stream().mapToObj(n -> snapshot.node(n).id()).sorted().reduce((a, b) -> a + " " + b).orElse("");
  }
}
