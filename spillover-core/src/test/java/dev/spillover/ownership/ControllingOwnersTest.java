package dev.spillover.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.snapshot.EstateBuilder;
import dev.spillover.snapshot.RandomEstates;
import dev.spillover.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

class ControllingOwnersTest {
  private static final int SEEDS = 300;

  @Test
  void controllersAreTheFixpointOfDeclaredControlAndMajoritiesHeldWithControlledEntities() {
    int controlled = 0;
    for (LongFunction<Estate> estates : List.<LongFunction<Estate>>of(RandomEstates::controlWebs, RandomEstates::mixed)) {
      for (long seed = 0; seed < SEEDS; seed++) {
        Snapshot snapshot = Snapshot.of(estates.apply(seed), EstateBuilder.DAY);
        boolean[][] closure = closure(snapshot);
        ControllingOwners owners = new ControllingOwners(snapshot);
        for (int node = 0; node < snapshot.nodeCount(); node++) {
          BitSet expected = new BitSet();
          for (int c = 0; c < snapshot.nodeCount(); c++) {
            if (c != node && closure[c][node]) {
              expected.set(c);
            }
            String pair = "seed " + seed + ": " + c + " controls " + node;
            assertThat(owners.controls(c, node)).as(pair).isEqualTo(c == node || closure[c][node]);
          }
          assertThat(owners.controllersOf(node)).as("seed %d, controllers of %d", seed, node).isEqualTo(expected);
          controlled += expected.isEmpty() ? 0 : 1;
        }
      }
    }
    assertThat(controlled).as("control is common in the estates").isGreaterThan(SEEDS);
  }

  @Test
  void ultimateParentsAreTheControllersThatOnlyTheyThemselvesControl() {
    int withCycleAtTop = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      Snapshot snapshot = Snapshot.of(RandomEstates.controlWebs(seed), EstateBuilder.DAY);
      boolean[][] closure = closure(snapshot);
      ControllingOwners owners = new ControllingOwners(snapshot);
      for (int node = 0; node < snapshot.nodeCount(); node++) {
        List<Integer> expected = new ArrayList<>();
        for (int c = 0; c < snapshot.nodeCount(); c++) {
          if (c == node || !closure[c][node]) {
            continue;
          }
          boolean top = true;
          for (int d = 0; d < snapshot.nodeCount(); d++) {
            top &= !closure[d][c] || closure[c][d];
          }
          if (top) {
            expected.add(c);
          }
        }
        withCycleAtTop += expected.size() > 1 ? 1 : 0;
        assertThat(owners.ultimateParents(node)).as("seed %d, ultimate parents of %d", seed, node).isEqualTo(expected);
      }
    }
    assertThat(withCycleAtTop).as("control cycles at the top occur").isGreaterThan(SEEDS / 10);
  }

  /**
   * {@code closure[a][b]}: a controls b, by a naive fixpoint over all pairs: a controls b when a
   * declared control edge says so, or when a and what a already controls hold more than 50 % of b
   * (lower bounds), until nothing changes.
   */
  private static boolean[][] closure(Snapshot snapshot) {
    int n = snapshot.nodeCount();
    boolean[][] reach = new boolean[n][n];
    List<Edge> valid = new ArrayList<>();
    for (Edge edge : snapshot.estate().edges()) {
      if (edge.validity().contains(snapshot.asOf())) {
        valid.add(edge);
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int a = 0; a < n; a++) {
        for (int b = 0; b < n; b++) {
          if (a == b || reach[a][b]) {
            continue;
          }
          double held = 0;
          boolean declared = false;
          for (Edge edge : valid) {
            int from = snapshot.indexOf(edge.from());
            if (snapshot.indexOf(edge.to()) != b || !(from == a || reach[a][from]) || from == b) {
              continue;
            }
            if (edge.kind() == EdgeKind.CONTROLS) {
              declared = true;
            } else if (edge.kind() == EdgeKind.OWNS && edge.terms() instanceof EdgeTerms.Share share && share.known()) {
              held += share.min();
            }
          }
          if (declared || held > 50) {
            reach[a][b] = true;
            changed = true;
          }
        }
      }
    }
    return reach;
  }

  @Test
  void onlyAHoldingWhoseLowerBoundIsAboveHalfGivesControl() {
    Snapshot snapshot = new EstateBuilder()
        .org("target").org("above").org("half").org("range").org("unknown").org("fraction")
        .owns("above", "target", 51)
        .owns("half", "target", 50)
        .owns("range", "target", 45, 60)
        .ownsUnknown("unknown", "target")
        .owns("fraction", "target", 50.5, 50.5)
        .snapshot();

    BitSet controllers = new ControllingOwners(snapshot).controllersOf(snapshot.indexOf("target"));

    assertThat(names(snapshot, controllers)).containsExactly("above", "fraction");
  }

  @Test
  void declaredControlCountsWithoutAnyHolding() {
    Snapshot snapshot = new EstateBuilder().org("company").org("state").controls("state", "company").snapshot();

    assertThat(new ControllingOwners(snapshot).controls(snapshot.indexOf("state"), snapshot.indexOf("company"))).isTrue();
  }

  @Test
  void controlPassesUpAChainOfMajoritiesButNotThroughAMinority() {
    Snapshot snapshot = new EstateBuilder()
        .org("bottom").org("middle").org("top").org("investor")
        .owns("middle", "bottom", 80).owns("top", "middle", 60).owns("investor", "top", 40)
        .snapshot();
    ControllingOwners owners = new ControllingOwners(snapshot);
    int bottom = snapshot.indexOf("bottom");

    assertThat(names(snapshot, owners.controllersOf(bottom))).containsExactly("middle", "top");
    assertThat(owners.ultimateParents(bottom)).containsExactly(snapshot.indexOf("top"));
    assertThat(owners.controls(snapshot.indexOf("top"), bottom)).isTrue();
    assertThat(owners.controls(bottom, bottom)).isTrue();
    assertThat(owners.controls(bottom, snapshot.indexOf("top"))).isFalse();
    assertThat(owners.controls(snapshot.indexOf("investor"), bottom)).isFalse();
  }

  @Test
  void aControlCycleAtTheTopGivesAllItsMembersAsUltimateParents() {
    Snapshot snapshot = new EstateBuilder()
        .org("subsidiary").org("a").org("b")
        .owns("b", "subsidiary", 70).owns("a", "b", 60).owns("b", "a", 60)
        .snapshot();
    ControllingOwners owners = new ControllingOwners(snapshot);

    assertThat(owners.ultimateParents(snapshot.indexOf("subsidiary")))
        .containsExactly(snapshot.indexOf("a"), snapshot.indexOf("b"));
    assertThat(names(snapshot, owners.controllersOf(snapshot.indexOf("a")))).as("a node is not its own controller")
        .containsExactly("b");
    assertThat(owners.ultimateParents(snapshot.indexOf("a"))).containsExactly(snapshot.indexOf("b"));
  }

  @Test
  void aControlCycleControlledFromAboveIsNotTheTop() {
    Snapshot snapshot = new EstateBuilder()
        .org("subsidiary").org("a").org("b").org("state")
        .owns("b", "subsidiary", 70).owns("a", "b", 60).owns("b", "a", 60).controls("state", "a")
        .snapshot();

    assertThat(new ControllingOwners(snapshot).ultimateParents(snapshot.indexOf("subsidiary")))
        .containsExactly(snapshot.indexOf("state"));
  }

  @Test
  void aNodeNoOneControlsHasNoUltimateParents() {
    Snapshot snapshot = new EstateBuilder().org("a").org("b").owns("b", "a", 30).snapshot();
    ControllingOwners owners = new ControllingOwners(snapshot);

    assertThat(owners.controllersOf(0).isEmpty()).isTrue();
    assertThat(owners.ultimateParents(0)).isEmpty();
  }

  private static List<String> names(Snapshot snapshot, BitSet nodes) {
    return nodes.stream().mapToObj(n -> snapshot.node(n).id()).toList();
  }

  @Test
  void aParentControlsThroughItsOwnAndItsSubsidiarysHoldingsTogether() {
    // p holds 30 % of x directly and 30 % through s, which it owns wholly: 60 %, control.
    Snapshot snapshot = new EstateBuilder().org("p").org("s").org("x").org("y")
        .owns("p", "s", 100).owns("p", "x", 30).owns("s", "x", 30).owns("y", "x", 40).snapshot();
    ControllingOwners owners = new ControllingOwners(snapshot);
    assertThat(names(snapshot, owners.controllersOf(snapshot.indexOf("x")))).containsExactly("p");
    assertThat(owners.ultimateParents(snapshot.indexOf("x"))).containsExactly(snapshot.indexOf("p"));
    int[] via = new int[snapshot.nodeCount()];
    assertThat(owners.controlledBy(snapshot.indexOf("p"), via).get(snapshot.indexOf("x"))).isTrue();
  }

  @Test
  void twoMinorityHoldersWithoutCommonControlControlNothing() {
    Snapshot snapshot = new EstateBuilder().org("a").org("b").org("x")
        .owns("a", "x", 30).owns("b", "x", 30).snapshot();
    assertThat(new ControllingOwners(snapshot).controllersOf(snapshot.indexOf("x")).isEmpty()).isTrue();
  }
}
