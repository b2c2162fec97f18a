package dev.spillover.exposure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.Estate;
import dev.spillover.model.NodeKind;
import dev.spillover.snapshot.EstateBuilder;
import dev.spillover.snapshot.RandomEstates;
import dev.spillover.snapshot.Snapshot;
import java.util.ArrayList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ExposureAnalysisTest {
  private static final int SEEDS = 300;

  @Test
  void reachesExactlyThePartiesThatSomeWalkReachesWithAllShortestWalks() {
    int checkedExposures = 0;
    for (long seed = 0; seed < SEEDS; seed++) {
      Estate estate = RandomEstates.mixed(seed);
      Snapshot snapshot = Snapshot.of(estate, EstateBuilder.DAY);
      int maxPaths = 1 + (int) (seed % 3);
      ExposureAnalysis few = new ExposureAnalysis(snapshot, maxPaths);
      ExposureAnalysis all = new ExposureAnalysis(snapshot, 1_000_000);
      ExposureWalks walks = new ExposureWalks(estate, EstateBuilder.DAY);
      for (int subject = 0; subject < snapshot.nodeCount(); subject++) {
        if (!ExposureAnalysis.isSubjectKind(snapshot.kind(subject))) {
          continue;
        }
        Map<String, Set<List<String>>> expected = walks.shortestWalksFrom(snapshot.node(subject).id());
        String context = "seed " + seed + ", subject " + snapshot.node(subject).id();
        checkedExposures += expected.size();
        assertMatches(snapshot, subject, few.from(subject), expected, maxPaths, context);
        assertMatches(snapshot, subject, all.from(subject), expected, Integer.MAX_VALUE, context);
      }
    }
    assertThat(checkedExposures).as("the estates are not all trivial").isGreaterThan(SEEDS * 3);
  }

  private static void assertMatches(
      Snapshot snapshot, int subject, List<Exposure> actual, Map<String, Set<List<String>>> expected,
      int maxPaths, String context) {
    List<Integer> expectedOrder = new ArrayList<>();
    expected.keySet().forEach(id -> expectedOrder.add(snapshot.indexOf(id)));
    expectedOrder.sort((a, b) -> {
      int byDistance = Integer.compare(distance(expected, snapshot, a), distance(expected, snapshot, b));
      return byDistance != 0 ? byDistance : Integer.compare(a, b);
    });
    assertThat(actual).extracting(Exposure::party).as(context + ": parties, nearest first").isEqualTo(expectedOrder);

    for (Exposure exposure : actual) {
      String party = snapshot.node(exposure.party()).id();
      Set<List<String>> shortest = expected.get(party);
      String where = context + ", party " + party;
      assertThat(exposure.subject()).isEqualTo(subject);
      assertThat(exposure.distance()).as(where).isEqualTo(distance(expected, snapshot, exposure.party()));
      assertThat(exposure.shortestPathCount()).as(where).isEqualTo(shortest.size());
      assertThat(exposure.paths()).as(where).hasSize(Math.min(maxPaths, shortest.size()));
      Set<List<String>> seen = new HashSet<>();
      for (ExposurePath path : exposure.paths()) {
        List<String> steps = describe(snapshot, path);
        assertThat(shortest).as(where + ": path " + steps + " is a shortest walk").contains(steps);
        assertThat(seen.add(steps)).as(where + ": path " + steps + " is returned once").isTrue();
        int[] nodes = path.nodes(snapshot, subject);
        assertThat(nodes[0]).isEqualTo(subject);
        assertThat(nodes[nodes.length - 1]).as(where).isEqualTo(exposure.party());
      }
    }
  }

  private static int distance(Map<String, Set<List<String>>> expected, Snapshot snapshot, int party) {
    return expected.get(snapshot.node(party).id()).iterator().next().size();
  }

  /** A path as edge ids, each followed by + when walked along the edge and - when against it. */
  private static List<String> describe(Snapshot snapshot, ExposurePath path) {
    List<String> steps = new ArrayList<>();
    for (Step step : path.steps()) {
      steps.add(snapshot.edge(step.edge()).id() + (step.forward() ? "+" : "-"));
    }
    return steps;
  }

  @Test
  void aSystemIsExposedToTheDeveloperOfAnAppItUsesAndToTheDevelopersParent() {
    Snapshot snapshot = new EstateBuilder()
        .system("pos").product("app").org("developer").org("parent")
        .edge(EdgeKind.USES, "pos", "app")
        .edge(EdgeKind.DEVELOPS, "developer", "app")
        .owns("parent", "developer", 100)
        .snapshot();

    List<Exposure> exposures = new ExposureAnalysis(snapshot, 5).from(snapshot.indexOf("pos"));

    assertThat(exposures).extracting(e -> snapshot.node(e.party()).id()).containsExactly("developer", "parent");
    Exposure parent = exposures.get(1);
    assertThat(parent.distance()).isEqualTo(3);
    assertThat(parent.shortestPathCount()).isEqualTo(1);
    assertThat(parent.paths()).containsExactly(
        new ExposurePath(List.of(new Step(0, true), new Step(1, false), new Step(2, false))));
    assertThat(parent.paths().get(0).nodes(snapshot, snapshot.indexOf("pos")))
        .containsExactly(0, 1, 2, 3);
  }

  @Test
  void aHundredThousandDeepDependencyChainNeedsNoCallStack() {
    int depth = 100_000;
    EstateBuilder builder = new EstateBuilder().system("top").org("vendor");
    for (int i = 0; i < depth; i++) {
      builder.component("c" + i);
    }
    builder.edge(EdgeKind.USES, "top", "c0");
    for (int i = 1; i < depth; i++) {
      builder.edge(EdgeKind.DEPENDS_ON, "c" + (i - 1), "c" + i);
    }
    Snapshot snapshot = builder.edge(EdgeKind.DEVELOPS, "vendor", "c" + (depth - 1)).snapshot();

    List<Exposure> exposures = new ExposureAnalysis(snapshot, 3).from(snapshot.indexOf("top"));

    assertThat(exposures).singleElement().satisfies(e -> {
      assertThat(e.distance()).isEqualTo(depth + 1);
      assertThat(e.shortestPathCount()).isEqualTo(1);
      assertThat(e.paths()).singleElement().satisfies(p -> assertThat(p.steps()).hasSize(depth + 1));
    });
  }

  @Test
  void aDependencyCycleIsWalkedRoundOnceAndTheAnalysisEnds() {
    Snapshot snapshot = new EstateBuilder()
        .system("shop").product("a").component("b").org("vendor")
        .edge(EdgeKind.USES, "shop", "a")
        .edge(EdgeKind.DEPENDS_ON, "a", "b")
        .edge(EdgeKind.DEPENDS_ON, "b", "a")
        .edge(EdgeKind.DEPENDS_ON, "b", "b")
        .edge(EdgeKind.DEVELOPS, "vendor", "b")
        .snapshot();

    List<Exposure> exposures = new ExposureAnalysis(snapshot, 5).from(snapshot.indexOf("shop"));

    assertThat(exposures).singleElement().satisfies(vendor -> {
      assertThat(vendor.party()).isEqualTo(snapshot.indexOf("vendor"));
      assertThat(vendor.distance()).isEqualTo(3);
      assertThat(vendor.shortestPathCount()).isEqualTo(1);
    });
  }

  @Test
  void dataIsFollowedOnwardsThroughABrokerToAnIntermediaryAndUpToItsParent() {
    Snapshot snapshot = new EstateBuilder()
        .dataset("customers").org("broker").org("intermediary").org("parent")
        .edge(EdgeKind.TRANSFERS_DATA, "customers", "broker")
        .edge(EdgeKind.TRANSFERS_DATA, "broker", "intermediary")
        .owns("parent", "intermediary", 51)
        .snapshot();

    List<Exposure> exposures = new ExposureAnalysis(snapshot, 5).from(snapshot.indexOf("customers"));

    assertThat(exposures).extracting(e -> snapshot.node(e.party()).id(), Exposure::distance)
        .containsExactly(
            tuple("broker", 1),
            tuple("intermediary", 2),
            tuple("parent", 3));
    assertThat(exposures.get(2).paths()).containsExactly(
        new ExposurePath(List.of(new Step(0, true), new Step(1, true), new Step(2, false))));
  }

  @Test
  void aDevelopersOtherProductsAndTheirSuppliersAreNotReached() {
    Snapshot snapshot = new EstateBuilder()
        .system("pos").product("app").org("developer").product("game").component("engine").org("engineMaker")
        .edge(EdgeKind.USES, "pos", "app")
        .edge(EdgeKind.DEVELOPS, "developer", "app")
        .edge(EdgeKind.DEVELOPS, "developer", "game")
        .edge(EdgeKind.EMBEDS, "game", "engine")
        .edge(EdgeKind.DEVELOPS, "engineMaker", "engine")
        .snapshot();

    List<Exposure> exposures = new ExposureAnalysis(snapshot, 5).from(snapshot.indexOf("pos"));

    assertThat(exposures).extracting(e -> snapshot.node(e.party()).id()).containsExactly("developer");
  }

  @Test
  void aPartyReachedThroughOwnershipIsNotFollowedIntoTheDataItSends() {
    Snapshot snapshot = new EstateBuilder()
        .dataset("customers").org("recipient").org("owner").org("buyer")
        .edge(EdgeKind.TRANSFERS_DATA, "customers", "recipient")
        .owns("owner", "recipient", 30)
        .edge(EdgeKind.TRANSFERS_DATA, "owner", "buyer")
        .snapshot();

    List<Exposure> exposures = new ExposureAnalysis(snapshot, 5).from(snapshot.indexOf("customers"));

    assertThat(exposures).extracting(e -> snapshot.node(e.party()).id()).containsExactly("recipient", "owner");
  }

  @Test
  void aPartySubjectComesFirstAtDistanceZeroWithOneEmptyPath() {
    Snapshot snapshot = new EstateBuilder()
        .org("parent").org("company").owns("parent", "company", 70).owns("company", "parent", 10).snapshot();

    List<Exposure> exposures = new ExposureAnalysis(snapshot, 5).from(snapshot.indexOf("company"));

    assertThat(exposures).hasSize(2);
    assertThat(exposures.get(0).party()).isEqualTo(snapshot.indexOf("company"));
    assertThat(exposures.get(0).distance()).isZero();
    assertThat(exposures.get(0).paths()).containsExactly(new ExposurePath(List.of()));
    assertThat(exposures.get(0).shortestPathCount()).isEqualTo(1);
    assertThat(exposures.get(1).party()).isEqualTo(snapshot.indexOf("parent"));
  }

  @Test
  void keepsAtMostMaxPathsButCountsEveryShortestPath() {
    Snapshot snapshot = new EstateBuilder()
        .system("pos").product("app").product("sdk").product("wallet").org("developer")
        .edge(EdgeKind.USES, "pos", "app")
        .edge(EdgeKind.USES, "pos", "sdk")
        .edge(EdgeKind.USES, "pos", "wallet")
        .edge(EdgeKind.DEVELOPS, "developer", "app")
        .edge(EdgeKind.PUBLISHES, "developer", "sdk")
        .ownsUnknown("developer", "wallet")
        .snapshot();
    int pos = snapshot.indexOf("pos");

    Exposure capped = new ExposureAnalysis(snapshot, 2).from(pos).get(0);
    Exposure full = new ExposureAnalysis(snapshot, 10).from(pos).get(0);

    assertThat(capped.shortestPathCount()).isEqualTo(3);
    assertThat(capped.paths()).hasSize(2).doesNotHaveDuplicates();
    assertThat(full.paths()).hasSize(3).containsAll(capped.paths());
  }

  @Test
  void refusesToKeepFewerThanOnePath() {
    Snapshot snapshot = new EstateBuilder().org("a").snapshot();

    assertThatThrownBy(() -> new ExposureAnalysis(snapshot, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("maxPaths");
  }

  @Test
  void jurisdictionsAndListsAreNoSubjects() {
    for (NodeKind kind : NodeKind.values()) {
      boolean expected = kind != NodeKind.JURISDICTION && kind != NodeKind.LIST;
      assertThat(ExposureAnalysis.isSubjectKind(kind)).as(kind.label()).isEqualTo(expected);
    }
  }

  /**
   * The brute-force oracle: every walk from a subject that obeys the walk rules, enumerated in
   * full without repeating a (node, mode) state, keeping for each party the walks of least length.
   * The rules restate {@link Traversal}'s documentation: technology is followed forwards (uses,
   * depends on, embeds, hosted in, transfers data) and attributed backwards to whoever develops,
   * publishes, manufactures, operates or owns it; from a party the walk only climbs to owners and
   * controllers, except that a party reached by a data transfer also passes the data on; a dataset
   * subject only sends its data; datasets, jurisdictions and lists end a walk.
   */
  static final class ExposureWalks {
    private enum Mode { TECHNOLOGY, OWNERSHIP, DATA }

    private final Map<String, NodeKind> kinds = new TreeMap<>();
    private final List<Edge> edges = new ArrayList<>();
    private final int bound;
    private final Map<String, Set<List<String>>> shortest = new TreeMap<>();

    ExposureWalks(Estate estate, LocalDate day) {
      estate.nodes().forEach((id, node) -> kinds.put(id, node.kind()));
      estate.edges().stream().filter(e -> e.validity().contains(day)).forEach(edges::add);
      this.bound = kinds.size() * Mode.values().length;
    }

    /** For each party reached, the distinct shortest walks to it as edge ids with + or -. */
    Map<String, Set<List<String>>> shortestWalksFrom(String subject) {
      shortest.clear();
      NodeKind kind = kinds.get(subject);
      Mode start = switch (kind) {
        case SYSTEM, PRODUCT, COMPONENT -> Mode.TECHNOLOGY;
        case DATASET -> Mode.DATA;
        default -> Mode.OWNERSHIP;
      };
      Set<String> visited = new HashSet<>();
      visited.add(subject + "/" + start);
      walk(subject, start, new ArrayList<>(), visited);
      return new TreeMap<>(shortest);
    }

    private void walk(String node, Mode mode, List<String> steps, Set<String> visited) {
      if (kinds.get(node).isParty()) {
        Set<List<String>> best = shortest.get(node);
        int bestLength = best == null ? Integer.MAX_VALUE : best.iterator().next().size();
        if (steps.size() < bestLength) {
          best = new HashSet<>();
          shortest.put(node, best);
        }
        if (steps.size() <= bestLength) {
          best.add(List.copyOf(steps));
        }
      }
      if (steps.size() >= bound) {
        return;
      }
      for (Edge edge : edges) {
        for (boolean forward : new boolean[] {true, false}) {
          if (!(forward ? edge.from() : edge.to()).equals(node) || !allowed(mode, kinds.get(node), edge.kind(), forward)) {
            continue;
          }
          String next = forward ? edge.to() : edge.from();
          Mode nextMode = modeAfter(mode, edge.kind(), kinds.get(next));
          if (nextMode == null || !visited.add(next + "/" + nextMode)) {
            continue;
          }
          steps.add(edge.id() + (forward ? "+" : "-"));
          walk(next, nextMode, steps, visited);
          steps.remove(steps.size() - 1);
          visited.remove(next + "/" + nextMode);
        }
      }
    }

    private static boolean allowed(Mode mode, NodeKind at, EdgeKind kind, boolean forward) {
      boolean climb = !forward && (kind == EdgeKind.OWNS || kind == EdgeKind.CONTROLS);
      return switch (mode) {
        case TECHNOLOGY -> forward
            ? Set.of(EdgeKind.USES, EdgeKind.DEPENDS_ON, EdgeKind.EMBEDS, EdgeKind.HOSTED_IN, EdgeKind.TRANSFERS_DATA)
                .contains(kind)
            : Set.of(EdgeKind.DEVELOPS, EdgeKind.PUBLISHES, EdgeKind.MANUFACTURES, EdgeKind.OPERATES, EdgeKind.OWNS)
                .contains(kind);
        case OWNERSHIP -> climb;
        case DATA -> (forward && kind == EdgeKind.TRANSFERS_DATA) || (climb && at != NodeKind.DATASET);
      };
    }

    private static Mode modeAfter(Mode mode, EdgeKind kind, NodeKind landing) {
      if (landing == NodeKind.DATASET || landing == NodeKind.JURISDICTION || landing == NodeKind.LIST) {
        return null;
      }
      if (kind == EdgeKind.TRANSFERS_DATA) {
        return Mode.DATA;
      }
      if (mode != Mode.TECHNOLOGY || landing.isParty()) {
        return Mode.OWNERSHIP;
      }
      return Mode.TECHNOLOGY;
    }
  }
}
