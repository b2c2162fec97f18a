package dev.spillover.snapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Random;
import org.junit.jupiter.api.Test;

class StrongComponentsTest {
  @Test
  void splitsASmallGraphAndOrdersWhatIsReachedFirst() {
    // 0 -> 1 -> 2 -> 1, 2 -> 3, 4 -> 4, 5 alone.
    int[][] edges = {{0, 1}, {1, 2}, {2, 1}, {2, 3}, {4, 4}};
    StrongComponents components = of(6, edges);

    assertThat(components.count()).isEqualTo(5);
    assertThat(members(components, componentOf(components, 1))).containsExactlyInAnyOrder(1, 2);
    assertThat(components.cyclic(componentOf(components, 1))).isTrue();
    assertThat(components.cyclic(componentOf(components, 4))).as("a self-loop is a cycle").isTrue();
    assertThat(components.cyclic(componentOf(components, 0))).isFalse();
    assertThat(components.cyclic(componentOf(components, 5))).isFalse();
    assertThat(componentOf(components, 3)).isLessThan(componentOf(components, 1));
    assertThat(componentOf(components, 1)).isLessThan(componentOf(components, 0));
    assertThat(components.largest()).isEqualTo(2);
  }

  @Test
  void agreesWithMutualReachabilityOnRandomGraphs() {
    Random random = new Random(7);
    for (int trial = 0; trial < 300; trial++) {
      int n = 1 + random.nextInt(14);
      int m = random.nextInt(3 * n + 1);
      int[][] edges = new int[m][];
      for (int i = 0; i < m; i++) {
        edges[i] = new int[] {random.nextInt(n), random.nextInt(n)};
      }
      StrongComponents components = of(n, edges);
      BitSet[] reach = closure(n, edges);

      int[] seen = new int[n];
      Arrays.fill(seen, -1);
      for (int p = 0; p < n; p++) {
        seen[components.node(p)]++;
      }
      assertThat(seen).as("every node exactly once").containsOnly(0);
      for (int u = 0; u < n; u++) {
        for (int v = 0; v < n; v++) {
          boolean together = componentOf(components, u) == componentOf(components, v);
          boolean mutual = u == v || reach[u].get(v) && reach[v].get(u);
          assertThat(together).as("trial %d: %d and %d", trial, u, v).isEqualTo(mutual);
          if (!together && reach[u].get(v)) {
            assertThat(componentOf(components, v)).as("what %d reaches comes first", u)
                .isLessThan(componentOf(components, u));
          }
        }
        assertThat(components.cyclic(componentOf(components, u))).isEqualTo(reach[u].get(u));
      }
    }
  }

  @Test
  void aMillionLongChainAndAMillionLongCycleNeedNoCallStack() {
    int n = 1_000_000;
    int[][] chain = new int[n - 1][];
    for (int i = 0; i < n - 1; i++) {
      chain[i] = new int[] {i, i + 1};
    }
    StrongComponents path = of(n, chain);
    assertThat(path.count()).isEqualTo(n);
    assertThat(path.node(0)).as("the end of the chain completes first").isEqualTo(n - 1);

    int[][] ring = Arrays.copyOf(chain, n);
    ring[n - 1] = new int[] {n - 1, 0};
    StrongComponents cycle = of(n, ring);
    assertThat(cycle.count()).isEqualTo(1);
    assertThat(cycle.cyclic(0)).isTrue();
    assertThat(cycle.largest()).isEqualTo(n);
  }

  @Test
  void membersOfACycleComeInTheOrderTheSearchFinishedThem() {
    // 0 -> 1 -> 2 -> 3 -> 0: the search from 0 finishes 3 first; only 3 -> 0 points forward.
    StrongComponents ring = of(4, new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 0}});
    assertThat(members(ring, 0)).containsExactly(3, 2, 1, 0);
  }

  @Test
  void noNodesNoComponents() {
    assertThat(of(0, new int[0][]).count()).isZero();
  }

  private static StrongComponents of(int n, int[][] edges) {
    int[] offsets = new int[n + 1];
    for (int[] edge : edges) {
      offsets[edge[0] + 1]++;
    }
    for (int i = 0; i < n; i++) {
      offsets[i + 1] += offsets[i];
    }
    int[] cursor = Arrays.copyOf(offsets, n);
    int[] targets = new int[edges.length];
    for (int[] edge : edges) {
      targets[cursor[edge[0]]++] = edge[1];
    }
    return StrongComponents.of(n, offsets, targets);
  }

  private static int componentOf(StrongComponents components, int node) {
    for (int c = 0; c < components.count(); c++) {
      for (int p = components.start(c); p < components.end(c); p++) {
        if (components.node(p) == node) {
          return c;
        }
      }
    }
    throw new AssertionError("node " + node + " in no component");
  }

  private static int[] members(StrongComponents components, int c) {
    int[] members = new int[components.end(c) - components.start(c)];
    for (int p = components.start(c); p < components.end(c); p++) {
      members[p - components.start(c)] = components.node(p);
    }
    return members;
  }

  /** reach[u] = the nodes reachable from u by one or more edges. */
  private static BitSet[] closure(int n, int[][] edges) {
    BitSet[] reach = new BitSet[n];
    for (int u = 0; u < n; u++) {
      reach[u] = new BitSet(n);
    }
    for (int[] edge : edges) {
      reach[edge[0]].set(edge[1]);
    }
    for (int k = 0; k < n; k++) {
      for (int u = 0; u < n; u++) {
        if (reach[u].get(k)) {
          reach[u].or(reach[k]);
        }
      }
    }
    return reach;
  }
}
