package dev.spillover.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.NodeKind;
import dev.spillover.model.Validity;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import org.junit.jupiter.api.Test;

/** The generator keeps the promises the property tests rely on. */
class RandomEstatesTest {
  private static final int SEEDS = 300;

  @Test
  void theSameSeedGivesTheSameEstate() {
    for (long seed = 0; seed < 20; seed++) {
      assertThat(RandomEstates.mixed(seed).edges()).isEqualTo(RandomEstates.mixed(seed).edges());
      assertThat(RandomEstates.mixed(seed).nodes()).isEqualTo(RandomEstates.mixed(seed).nodes());
    }
  }

  @Test
  void edgesJoinOnlyTheKindsTheirKindAllowsAndKnownHoldingsStayWithinTheLimit() {
    Map<String, LongFunction<Estate>> generators = Map.of(
        "mixed", RandomEstates::mixed, "dag", RandomEstates::ownershipDag,
        "cross", RandomEstates::crossHoldings, "control", RandomEstates::controlWebs);
    generators.forEach((name, generator) -> {
      double limit = name.equals("cross") ? 50 : 100;
      for (long seed = 0; seed < SEEDS; seed++) {
        Estate estate = generator.apply(seed);
        assertThat(estate.nodes().size()).isBetween(3, 12);
        Map<String, Double> held = new HashMap<>();
        for (Edge edge : estate.edges()) {
          assertThat(edge.kind().fromKinds()).contains(estate.nodes().get(edge.from()).kind());
          assertThat(edge.kind().toKinds()).contains(estate.nodes().get(edge.to()).kind());
          if (edge.terms() instanceof EdgeTerms.Share share && share.known()) {
            held.merge(edge.to(), share.max(), Double::sum);
          }
        }
        assertThat(held.values()).as("%s seed %d", name, seed).allSatisfy(sum -> assertThat(sum).isLessThanOrEqualTo(limit));
      }
    });
  }

  @Test
  void mixedEstatesHaveEveryFeatureTheTestsNeedInSomeSeeds() {
    Set<NodeKind> nodeKinds = EnumSet.noneOf(NodeKind.class);
    Set<EdgeKind> edgeKinds = EnumSet.noneOf(EdgeKind.class);
    int dependencyCycles = 0;
    int ownershipCycles = 0;
    int unknownShares = 0;
    int ranges = 0;
    int windows = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      Estate estate = RandomEstates.mixed(seed);
      estate.nodes().values().forEach(node -> nodeKinds.add(node.kind()));
      for (Edge edge : estate.edges()) {
        edgeKinds.add(edge.kind());
        windows += edge.validity().equals(Validity.ALWAYS) ? 0 : 1;
        if (edge.terms() instanceof EdgeTerms.Share share) {
          unknownShares += share.known() ? 0 : 1;
          ranges += share.known() && share.min() < share.max() ? 1 : 0;
        }
      }
      dependencyCycles += hasCycle(estate, EdgeKind.DEPENDS_ON, EdgeKind.EMBEDS, EdgeKind.USES) ? 1 : 0;
      ownershipCycles += hasCycle(estate, EdgeKind.OWNS) ? 1 : 0;
    }

    assertThat(nodeKinds).containsAll(EnumSet.allOf(NodeKind.class));
    assertThat(edgeKinds).containsAll(EnumSet.allOf(EdgeKind.class));
    assertThat(dependencyCycles).isGreaterThan(SEEDS / 20);
    assertThat(ownershipCycles).isGreaterThan(SEEDS / 20);
    assertThat(unknownShares).isGreaterThan(SEEDS / 10);
    assertThat(ranges).isGreaterThan(SEEDS / 10);
    assertThat(windows).isGreaterThan(SEEDS / 2);
  }

  @Test
  void ownershipDagsHaveNoCycles() {
    for (long seed = 0; seed < SEEDS; seed++) {
      assertThat(hasCycle(RandomEstates.ownershipDag(seed), EdgeKind.OWNS)).as("seed %d", seed).isFalse();
    }
  }

  /** True when edges of the given kinds, followed forwards, lead from some node back to itself. */
  private static boolean hasCycle(Estate estate, EdgeKind... kinds) {
    Set<EdgeKind> followed = Set.of(kinds);
    List<String> ids = new ArrayList<>(estate.nodes().keySet());
    for (String start : ids) {
      List<String> frontier = new ArrayList<>(List.of(start));
      Set<String> seen = new HashSet<>();
      while (!frontier.isEmpty()) {
        String node = frontier.remove(frontier.size() - 1);
        for (Edge edge : estate.edges()) {
          if (followed.contains(edge.kind()) && edge.from().equals(node)) {
            if (edge.to().equals(start)) {
              return true;
            }
            if (seen.add(edge.to())) {
              frontier.add(edge.to());
            }
          }
        }
      }
    }
    return false;
  }
}
