package dev.spillover.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.snapshot.EstateBuilder;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EstateTest {
  private final Estate estate = new EstateBuilder().org("b").org("a").person("p")
      .owns("p", "a", 60).owns("a", "b", 100).build();

  @Test
  void nodesAreNumberedAndMappedInLoadOrder() {
    assertThat(estate.nodes().keySet()).containsExactly("b", "a", "p");
    assertThat(estate.nodeCount()).isEqualTo(3);
    assertThat(estate.node(2).id()).isEqualTo("p");
    assertThat(estate.indexOf("a")).isEqualTo(1);
    assertThat(estate.indexOf("nobody")).isEqualTo(-1);
    assertThat(estate.nodes().get("a")).isSameAs(estate.node(1));
    assertThat(estate.nodes().get(42)).isNull();
    assertThat(estate.nodes()).containsKey("p").doesNotContainKey("q").hasSize(3);
    assertThat(estate.node("a")).containsSame(estate.node(1));
  }

  @Test
  void theNodeMapIsAMapLikeAnyOtherAndReadOnly() {
    Map<String, Node> copy = new java.util.LinkedHashMap<>(estate.nodes());
    assertThat(estate.nodes()).isEqualTo(copy);
    assertThat(estate.nodes().hashCode()).isEqualTo(copy.hashCode());
    assertThatThrownBy(() -> estate.nodes().put("x", estate.node(0))).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> estate.nodes().entrySet().iterator().next().setValue(estate.node(1)))
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void everyEdgeKnowsTheNumbersOfItsEnds() {
    assertThat(estate.edgeFrom(0)).isEqualTo(2);
    assertThat(estate.edgeTo(0)).isEqualTo(1);
    assertThat(estate.edgeFrom(1)).isEqualTo(1);
    assertThat(estate.edgeTo(1)).isZero();
  }

  @Test
  void refusesDuplicateIdsEdgesToNowhereAndAnOwnerThatIsNoOrganization() {
    Node a = estate.node(1);
    Node p = estate.node(2);
    Edge dangling = new Edge("x", EdgeKind.OWNS, "p", "ghost", Validity.ALWAYS, EstateBuilder.PROVENANCE,
        EstateBuilder.share(10, 10));
    assertThatThrownBy(() -> new Estate("e", null, List.of(), List.of(a, a), List.of(), List.of()))
        .hasMessage("duplicate node id a");
    assertThatThrownBy(() -> new Estate("e", null, List.of(), List.of(a, p), List.of(dangling), List.of()))
        .hasMessage("edge x names a node that does not exist");
    assertThatThrownBy(() -> new Estate("e", null, "p", List.of(), List.of(a, p), List.of(), List.of()))
        .hasMessage("owner p is not an organization of the estate");
  }

  @Test
  void aLargeEstateNumbersEveryEndAndNamesTheOneBadEdgeOrNode() {
    // Past the batch of ids looked up together and the count from which edges are resolved in
    // parallel: ends in order, the first repeated node and the one dangling edge named.
    int count = 150_000;
    List<Node> nodes = new java.util.ArrayList<>();
    for (int n = 0; n < count; n++) {
      nodes.add(new Organization("n" + n, "n" + n, List.of(), Map.of(), EstateBuilder.PROVENANCE,
          Organization.OrganizationType.COMPANY, Seats.UNKNOWN, false));
    }
    List<Edge> edges = new java.util.ArrayList<>();
    for (int e = 0; e < count; e++) {
      // Fresh strings: the estate finds them by their text, not by the node's own copy.
      edges.add(new Edge("x" + e, EdgeKind.OWNS, new String("n" + (e * 7919 % count)), "n" + e, Validity.ALWAYS,
          EstateBuilder.PROVENANCE, EstateBuilder.share(10, 10)));
    }
    Estate large = new Estate("large", null, List.of(), nodes, edges, List.of());
    for (int e = 0; e < count; e++) {
      assertThat(large.edgeFrom(e)).isEqualTo(e * 7919 % count);
      assertThat(large.edgeTo(e)).isEqualTo(e);
    }

    List<Node> repeated = new java.util.ArrayList<>(nodes);
    repeated.set(140_001, nodes.get(3));
    assertThatThrownBy(() -> new Estate("e", null, List.of(), repeated, List.of(), List.of()))
        .hasMessage("duplicate node id n3");
    List<Edge> dangling = new java.util.ArrayList<>(edges);
    dangling.set(120_007, new Edge("bad", EdgeKind.OWNS, "n1", "ghost", Validity.ALWAYS, EstateBuilder.PROVENANCE,
        EstateBuilder.share(10, 10)));
    assertThatThrownBy(() -> new Estate("e", null, List.of(), nodes, dangling, List.of()))
        .hasMessage("edge bad names a node that does not exist");
  }
}
