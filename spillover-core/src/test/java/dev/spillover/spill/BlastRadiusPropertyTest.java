package dev.spillover.spill;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.NodeKind;
import dev.spillover.snapshot.EstateBuilder;
import dev.spillover.snapshot.RandomEstates;
import dev.spillover.snapshot.Snapshot;
import dev.spillover.spill.BlastRadius.Status;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The work-queue blast radius against a brute-force oracle that applies the rule's definitions by
 * repeated relaxation over the edge list until nothing changes, on small random graphs full of
 * cycles and substitutes.
 */
class BlastRadiusPropertyTest {
  private static final NodeKind[] KINDS = {
    NodeKind.ORGANIZATION, NodeKind.PRODUCT, NodeKind.PRODUCT, NodeKind.COMPONENT, NodeKind.SYSTEM, NodeKind.SYSTEM
  };
  private static final EdgeKind[] EDGES = {
    EdgeKind.USES, EdgeKind.DEPENDS_ON, EdgeKind.DEPENDS_ON, EdgeKind.EMBEDS, EdgeKind.HOSTED_IN,
    EdgeKind.DEVELOPS, EdgeKind.PUBLISHES, EdgeKind.MANUFACTURES, EdgeKind.OPERATES,
    EdgeKind.SUBSTITUTES, EdgeKind.SUBSTITUTES, EdgeKind.SUBSTITUTES, EdgeKind.OWNS, EdgeKind.COMPLEMENTS
  };

  /** Status per node by the definitions: hit = cut or needs a down node; down = hit with no unhit substitute. */
  static Status[] oracle(Snapshot snapshot, boolean[] cut) {
    int n = snapshot.nodeCount();
    boolean[] hit = cut.clone();
    boolean[] down = new boolean[n];
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int y = 0; y < n; y++) {
        boolean substituted = false;
        for (int e = 0; e < snapshot.edgeCount(); e++) {
          if (snapshot.edge(e).kind() == EdgeKind.SUBSTITUTES && snapshot.edgeTo(e) == y && !hit[snapshot.edgeFrom(e)]) {
            substituted = true;
          }
        }
        down[y] = hit[y] && !substituted;
      }
      for (int e = 0; e < snapshot.edgeCount(); e++) {
        EdgeKind kind = snapshot.edge(e).kind();
        int needer;
        int needed;
        if (Arrays.asList(BlastRadius.CONSUMES).contains(kind)) {
          needer = snapshot.edgeFrom(e);
          needed = snapshot.edgeTo(e);
        } else if (Arrays.asList(BlastRadius.SUPPLIES).contains(kind)) {
          needer = snapshot.edgeTo(e);
          needed = snapshot.edgeFrom(e);
        } else {
          continue;
        }
        if (down[needed] && !hit[needer]) {
          hit[needer] = true;
          changed = true;
        }
      }
    }
    Status[] status = new Status[n];
    for (int x = 0; x < n; x++) {
      status[x] = !hit[x] ? Status.UNAFFECTED : down[x] ? Status.STOPPED : Status.DEGRADED;
    }
    return status;
  }

  private static Snapshot randomGraph(Random random) {
    EstateBuilder builder = new EstateBuilder();
    int n = 3 + random.nextInt(10);
    List<NodeKind> kinds = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      NodeKind kind = KINDS[random.nextInt(KINDS.length)];
      kinds.add(kind);
      builder.node(kind, "n" + i);
    }
    int edges = n + random.nextInt(2 * n + 1);
    for (int attempt = 0; attempt < 20 * edges && builder.edgeCount() < edges; attempt++) {
      EdgeKind kind = EDGES[random.nextInt(EDGES.length)];
      int from = random.nextInt(n);
      int to = random.nextInt(n);
      if (kind.fromKinds().contains(kinds.get(from)) && kind.toKinds().contains(kinds.get(to))) {
        builder.edge(kind, "n" + from, "n" + to);
      }
    }
    return builder.snapshot();
  }

  private static void check(Snapshot snapshot, Random random) {
    int n = snapshot.nodeCount();
    boolean[] cut = new boolean[n];
    List<Integer> cutList = new ArrayList<>();
    int cuts = random.nextInt(Math.min(n, 3) + 1);
    for (int i = 0; i < cuts; i++) {
      int c = random.nextInt(n);
      cut[c] = true;
      cutList.add(c);
    }
    BlastRadius radius = BlastRadius.of(snapshot, cutList.stream().mapToInt(Integer::intValue).toArray());
    Status[] expected = oracle(snapshot, cut);
    for (int x = 0; x < n; x++) {
      assertThat(radius.status(x)).as("node %s, cut %s, edges %s", x, cutList, describe(snapshot)).isEqualTo(expected[x]);
      if (radius.status(x) != Status.UNAFFECTED) {
        // The explaining path ends at a cut node, each step from a node reached through a down one.
        List<Integer> path = radius.pathToCut(x);
        assertThat(cut[path.get(path.size() - 1)]).isTrue();
        assertThat(path).doesNotHaveDuplicates();
        for (int i = 1; i < path.size(); i++) {
          assertThat(radius.status(path.get(i))).isEqualTo(Status.STOPPED);
        }
      }
    }
  }

  private static String describe(Snapshot snapshot) {
    List<String> out = new ArrayList<>();
    for (int e = 0; e < snapshot.edgeCount(); e++) {
      Edge edge = snapshot.edge(e);
      out.add(edge.from() + " " + edge.kind().label() + " " + edge.to());
    }
    return out.toString();
  }

  @Test
  void matchesTheOracleOnRandomGraphsWithCyclesAndSubstitutes() {
    for (long seed = 0; seed < 3000; seed++) {
      Random random = new Random(seed);
      check(randomGraph(random), random);
    }
  }

  @Test
  void matchesTheOracleOnRandomMixedEstates() {
    for (long seed = 0; seed < 1000; seed++) {
      check(Snapshot.of(RandomEstates.mixed(seed), EstateBuilder.DAY), new Random(seed));
    }
  }
}
