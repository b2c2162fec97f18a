package dev.spillover.snapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.Estate;
import dev.spillover.model.Node;
import dev.spillover.model.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotTest {
  private static final int SEEDS = 300;

  /** Days around the fixture day, where the random validity windows begin and end. */
  private static final List<LocalDate> DAYS = List.of(
      EstateBuilder.DAY.minusYears(3),
      EstateBuilder.DAY.minusYears(1).minusDays(1),
      EstateBuilder.DAY.minusDays(30),
      EstateBuilder.DAY.minusDays(1),
      EstateBuilder.DAY,
      EstateBuilder.DAY.plusDays(1),
      EstateBuilder.DAY.plusDays(30),
      EstateBuilder.DAY.plusYears(5));

  @Test
  void nodesAreNumberedInLoadOrder() {
    for (long seed = 0; seed < SEEDS; seed++) {
      Estate estate = RandomEstates.mixed(seed);
      Snapshot snapshot = Snapshot.of(estate, EstateBuilder.DAY);
      List<Node> nodes = List.copyOf(estate.nodes().values());

      assertThat(snapshot.nodeCount()).isEqualTo(nodes.size());
      for (int n = 0; n < nodes.size(); n++) {
        assertThat(snapshot.node(n)).isSameAs(nodes.get(n));
        assertThat(snapshot.kind(n)).isEqualTo(nodes.get(n).kind());
        assertThat(snapshot.indexOf(nodes.get(n).id())).isEqualTo(n);
      }
      assertThat(snapshot.indexOf("no such node")).isEqualTo(-1);
      assertThat(snapshot.estate()).isSameAs(estate);
    }
  }

  @Test
  void keepsExactlyTheEdgesValidOnTheDayInEstateOrder() {
    for (long seed = 0; seed < SEEDS; seed++) {
      Estate estate = RandomEstates.mixed(seed);
      for (LocalDate day : DAYS) {
        Snapshot snapshot = Snapshot.of(estate, day);
        List<Edge> valid = validEdges(estate, day);

        assertThat(snapshot.asOf()).isEqualTo(day);
        assertThat(snapshot.edgeCount()).as("seed %d on %s", seed, day).isEqualTo(valid.size());
        for (int e = 0; e < valid.size(); e++) {
          assertThat(snapshot.edge(e)).isSameAs(valid.get(e));
          assertThat(snapshot.edgeFrom(e)).isEqualTo(snapshot.indexOf(valid.get(e).from()));
          assertThat(snapshot.edgeTo(e)).isEqualTo(snapshot.indexOf(valid.get(e).to()));
        }
      }
    }
  }

  @Test
  void adjacencyInBothDirectionsListsEachNodesEdgesOfOneKindInEdgeOrder() {
    for (long seed = 0; seed < SEEDS; seed++) {
      Estate estate = RandomEstates.mixed(seed);
      for (LocalDate day : DAYS) {
        Snapshot snapshot = Snapshot.of(estate, day);
        List<Edge> valid = validEdges(estate, day);
        for (EdgeKind kind : EdgeKind.values()) {
          for (int n = 0; n < snapshot.nodeCount(); n++) {
            String id = snapshot.node(n).id();
            List<String> expectedOut = new ArrayList<>();
            List<String> expectedIn = new ArrayList<>();
            for (int e = 0; e < valid.size(); e++) {
              Edge edge = valid.get(e);
              if (edge.kind() == kind && edge.from().equals(id)) {
                expectedOut.add(e + "->" + edge.to());
              }
              if (edge.kind() == kind && edge.to().equals(id)) {
                expectedIn.add(e + "<-" + edge.from());
              }
            }
            String context = "seed " + seed + " on " + day + ", " + kind + " at " + id;
            assertThat(listed(snapshot, snapshot.out(kind), n, "->")).as(context).isEqualTo(expectedOut);
            assertThat(listed(snapshot, snapshot.in(kind), n, "<-")).as(context).isEqualTo(expectedIn);
            assertThat(snapshot.out(kind).degree(n)).isEqualTo(expectedOut.size());
            assertThat(snapshot.in(kind).degree(n)).isEqualTo(expectedIn.size());
          }
        }
      }
    }
  }

  @Test
  void anEdgeHoldsFromItsFirstDayUntilTheDayBeforeItsLast() {
    LocalDate from = LocalDate.of(2023, 3, 1);
    LocalDate until = LocalDate.of(2023, 9, 1);
    Estate estate = new EstateBuilder()
        .org("parent").org("child")
        .edge(EdgeKind.OWNS, "parent", "child", EstateBuilder.share(60, 60), new Validity(from, until))
        .build();

    assertThat(ownersOfChild(Snapshot.of(estate, from.minusDays(1)))).isEmpty();
    assertThat(ownersOfChild(Snapshot.of(estate, from))).containsExactly("parent");
    assertThat(ownersOfChild(Snapshot.of(estate, until.minusDays(1)))).containsExactly("parent");
    assertThat(ownersOfChild(Snapshot.of(estate, until))).isEmpty();
  }

  @Test
  void openEndedWindowsHoldForeverOnTheirOpenSide() {
    LocalDate day = LocalDate.of(2023, 3, 1);
    Estate estate = new EstateBuilder()
        .org("parent").org("child")
        .edge(EdgeKind.OWNS, "parent", "child", EstateBuilder.unknownShare(), new Validity(null, day))
        .edge(EdgeKind.CONTROLS, "parent", "child", EstateBuilder.defaultTerms(EdgeKind.CONTROLS), new Validity(day, null))
        .build();

    Snapshot before = Snapshot.of(estate, LocalDate.of(1900, 1, 1));
    Snapshot after = Snapshot.of(estate, LocalDate.of(2999, 1, 1));

    assertThat(before.edgeCount()).isEqualTo(1);
    assertThat(before.edge(0).kind()).isEqualTo(EdgeKind.OWNS);
    assertThat(after.edgeCount()).isEqualTo(1);
    assertThat(after.edge(0).kind()).isEqualTo(EdgeKind.CONTROLS);
  }

  @Test
  void anEmptyEstateHasEmptyAdjacency() {
    Snapshot snapshot = new EstateBuilder().snapshot();

    assertThat(snapshot.nodeCount()).isZero();
    assertThat(snapshot.edgeCount()).isZero();
    for (EdgeKind kind : EdgeKind.values()) {
      assertThat(snapshot.out(kind)).isNotNull();
      assertThat(snapshot.in(kind)).isNotNull();
    }
  }

  @Test
  void refusesANullEstateOrDay() {
    Estate estate = new EstateBuilder().org("a").build();

    assertThatThrownBy(() -> Snapshot.of(null, EstateBuilder.DAY)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> Snapshot.of(estate, null)).isInstanceOf(NullPointerException.class);
  }

  private static List<Edge> validEdges(Estate estate, LocalDate day) {
    List<Edge> valid = new ArrayList<>();
    for (Edge edge : estate.edges()) {
      boolean afterStart = edge.validity().from() == null || !day.isBefore(edge.validity().from());
      boolean beforeEnd = edge.validity().until() == null || day.isBefore(edge.validity().until());
      if (afterStart && beforeEnd) {
        valid.add(edge);
      }
    }
    return valid;
  }

  /** The neighbours of {@code node} as "edge index, arrow, neighbour id", in adjacency order. */
  private static List<String> listed(Snapshot snapshot, Adjacency adjacency, int node, String arrow) {
    List<String> listed = new ArrayList<>();
    for (int i = adjacency.start(node); i < adjacency.end(node); i++) {
      listed.add(adjacency.edge(i) + arrow + snapshot.node(adjacency.target(i)).id());
    }
    return listed;
  }

  private static List<String> ownersOfChild(Snapshot snapshot) {
    List<String> owners = new ArrayList<>();
    Adjacency in = snapshot.in(EdgeKind.OWNS);
    int child = snapshot.indexOf("child");
    for (int i = in.start(child); i < in.end(child); i++) {
      owners.add(snapshot.node(in.target(i)).id());
    }
    return owners;
  }
}
