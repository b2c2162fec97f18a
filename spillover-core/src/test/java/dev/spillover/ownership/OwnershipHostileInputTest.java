package dev.spillover.ownership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.spillover.snapshot.EstateBuilder;
import dev.spillover.snapshot.Snapshot;
import java.time.Duration;
import java.util.BitSet;
import org.junit.jupiter.api.Test;

/**
 * Deep chains and huge cycles never hang or overflow the stack, and give the right answer. (The
 * timeouts guard against a hang; they are not speed measurements.)
 */
class OwnershipHostileInputTest {
  private static final Duration NO_HANG = Duration.ofSeconds(20);

  private static final int DEEP = 1_000;

  /** Organizations c0 .. c{depth}, each wholly owned by the one before. */
  private static Snapshot wholeChain(int depth) {
    EstateBuilder builder = new EstateBuilder();
    for (int i = 0; i <= depth; i++) {
      builder.org("c" + i);
    }
    for (int i = 0; i < depth; i++) {
      builder.owns("c" + i, "c" + (i + 1), 100);
    }
    return builder.snapshot();
  }

  @Test
  void aThousandDeepChainOfWholeHoldingsPassesEverythingDown() {
    Snapshot snapshot = wholeChain(DEEP);
    int top = snapshot.indexOf("c0");
    int bottom = snapshot.indexOf("c" + DEEP);
    BitSet seed = new BitSet();
    seed.set(top);

    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(NO_HANG, () -> {
      assertThat(new LookThroughOwnership(snapshot).of(bottom).share(top).min()).isCloseTo(1.0, within(1e-9));
      assertThat(new RestrictedHoldings(snapshot).of(seed, LookThroughOwnership.Links.PROPORTIONAL).share(bottom).min())
          .isCloseTo(1.0, within(1e-9));
      assertThat(new AggregateOwnership(snapshot).of(seed, 50).definitely().cardinality()).isEqualTo(DEEP + 1);
      assertThat(new ControllingOwners(snapshot).ultimateParents(bottom)).containsExactly(top);
      assertThat(OwnershipQueries.heldBy(snapshot, seed, OwnershipMethod.CONTROL, 50)).hasSize(DEEP);
      for (OwnershipMethod method : OwnershipMethod.values()) {
        assertThat(OwnershipQueries.ownersOf(snapshot, bottom, method, seed)).as(method.name()).isNotEmpty();
      }
    });
  }

  @Test
  void aHundredThousandDeepChainIsSolvedInOnePassByTheWholeGraphAndSingleTargetMethods() {
    int deep = 100_000;
    Snapshot snapshot = wholeChain(deep);
    int top = snapshot.indexOf("c0");
    int bottom = snapshot.indexOf("c" + deep);
    BitSet seed = new BitSet();
    seed.set(top);

    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(NO_HANG, () -> {
      // Iterating over the whole chain would need 100,000 rounds; in component order it is one pass.
      assertThat(new LookThroughOwnership(snapshot).of(bottom).share(top)).isEqualTo(new ShareBounds(1, 1));
      assertThat(new RestrictedHoldings(snapshot).of(seed, LookThroughOwnership.Links.PROPORTIONAL).share(bottom))
          .isEqualTo(new ShareBounds(1, 1));
      assertThat(new AggregateOwnership(snapshot).of(seed, 50).definitely().cardinality()).isEqualTo(deep + 1);
    });
  }

  @Test
  void aTenThousandEntityCycleOfHalfHoldingsConverges() {
    int n = 10_000;
    EstateBuilder builder = new EstateBuilder().person("outsider");
    for (int i = 0; i < n; i++) {
      builder.org("r" + i);
    }
    for (int i = 0; i < n; i++) {
      builder.owns("r" + i, "r" + ((i + 1) % n), 50);
    }
    builder.owns("outsider", "r0", 50);
    Snapshot snapshot = builder.snapshot();
    BitSet seed = new BitSet();
    seed.set(snapshot.indexOf("outsider"));

    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(NO_HANG, () -> {
      RestrictedHoldings.Result held = new RestrictedHoldings(snapshot).of(seed, LookThroughOwnership.Links.PROPORTIONAL);
      // r0 = 0.5 + 0.5 * r(n-1), r(k) = 0.5 * r(k-1): r0 = 0.5 / (1 - 0.5^n), about 0.5.
      assertThat(held.share(snapshot.indexOf("r0")).min()).isCloseTo(0.5, within(1e-9));
      assertThat(held.share(snapshot.indexOf("r1")).min()).isCloseTo(0.25, within(1e-9));
      assertThat(new AggregateOwnership(snapshot).of(seed, 50).definitely().cardinality()).isEqualTo(n + 1);
      assertThat(new ControllingOwners(snapshot).controllersOf(snapshot.indexOf("r5")).isEmpty()).isTrue();
    });
  }

  @Test
  void aWholeCrossHoldingWithNoOutsideOwnerStaysWithinOneHundredPercent() {
    Snapshot snapshot = new EstateBuilder().org("a").org("b").org("t")
        .owns("a", "b", 100).owns("b", "a", 100).owns("a", "t", 10).snapshot();
    org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(NO_HANG, () -> {
      ShareBounds share = new LookThroughOwnership(snapshot).of(snapshot.indexOf("t")).share(snapshot.indexOf("a"));
      assertThat(share.max()).isLessThanOrEqualTo(1.0).isGreaterThanOrEqualTo(share.min());
      // In a mutual control cycle the other member is the top: b's ultimate parent is a.
      assertThat(new ControllingOwners(snapshot).ultimateParents(snapshot.indexOf("b")))
          .containsExactly(snapshot.indexOf("a"));
    });
  }
}
