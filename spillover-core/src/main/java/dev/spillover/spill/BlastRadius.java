package dev.spillover.spill;

import dev.spillover.model.EdgeKind;
import dev.spillover.model.NodeKind;
import dev.spillover.model.SystemAsset;
import dev.spillover.snapshot.Adjacency;
import dev.spillover.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The blast radius of a set of cut nodes on one snapshot: every node that stops or degrades,
 * transitively, and the share of the estate that is cut off.
 *
 * <h2>The rule</h2>
 *
 * <p>A node <em>needs</em> another along these edges (and only these):
 *
 * <ul>
 *   <li>{@code X uses Y}, {@code X depends_on Y}, {@code X embeds Y}, {@code X hosted_in Y}: X needs Y;
 *   <li>{@code P develops X}, {@code P publishes X}, {@code P manufactures X}, {@code P operates X}:
 *       X needs P (a party's cut reaches what it supplies). {@code owns}, {@code controls},
 *       {@code transfers_data}, {@code listed_on} and {@code complements} carry no cut.
 * </ul>
 *
 * <p>A node is <em>hit</em> when it is one of the cut nodes, or when it needs a node that is
 * <em>down</em>. A hit node is down unless it has an <em>available substitute</em>: a
 * {@code S substitutes Y} edge (S substitutes for Y) from a node S that is not hit. A hit node
 * that is down is {@link Status#STOPPED}; a hit node with an available substitute is
 * {@link Status#DEGRADED}, and what needs it is not hit through it. Every other node is
 * {@link Status#UNAFFECTED}. These are the least sets that satisfy the definitions (a least
 * fixpoint: the definitions only ever add nodes, so the order of work does not matter), computed
 * with a work queue in time linear in the edges followed; cycles are harmless, there is no
 * recursion.
 *
 * <p>Each hit node other than a cut one keeps {@code via}: the down node it was first reached
 * from, and the edge; following {@code via} leads back to a cut node without repeating a node.
 *
 * <h2>The splinter measure</h2>
 *
 * <p>Over the technology nodes (products, components, systems): how many are stopped, and how
 * many stopped or degraded, of how many. Over systems, the same per declared criticality, and
 * the users of stopped systems against the users of every system that declares users.
 */
public final class BlastRadius {
  /** What happens to a node. */
  public enum Status {
    /** Cut, or needs something that stopped, and no substitute is available. */
    STOPPED,
    /** Cut, or needs something that stopped, but a declared substitute is available. */
    DEGRADED,
    /** Not reached. */
    UNAFFECTED;

    /** The label used in outputs: lower case. */
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** Edges {@code X kind Y} where X needs Y. */
  static final EdgeKind[] CONSUMES = {EdgeKind.USES, EdgeKind.DEPENDS_ON, EdgeKind.EMBEDS, EdgeKind.HOSTED_IN};
  /** Edges {@code P kind X} where X needs P. */
  static final EdgeKind[] SUPPLIES = {EdgeKind.DEVELOPS, EdgeKind.PUBLISHES, EdgeKind.MANUFACTURES, EdgeKind.OPERATES};

  private final Snapshot snapshot;
  private final BitSet cut;
  private final BitSet hit;
  private final BitSet down;
  private final int[] via;
  private final int[] viaEdge;
  private final int[] order;

  private BlastRadius(Snapshot snapshot, BitSet cut, BitSet hit, BitSet down, int[] via, int[] viaEdge, int[] order) {
    this.snapshot = snapshot;
    this.cut = cut;
    this.hit = hit;
    this.down = down;
    this.via = via;
    this.viaEdge = viaEdge;
    this.order = order;
  }

  /** The blast radius of cutting the nodes numbered {@code cutNodes} (duplicates are ignored). */
  public static BlastRadius of(Snapshot snapshot, int... cutNodes) {
    int n = snapshot.nodeCount();
    BitSet cut = new BitSet(n);
    BitSet hit = new BitSet(n);
    BitSet down = new BitSet(n);
    int[] via = new int[n];
    int[] viaEdge = new int[n];
    java.util.Arrays.fill(via, -1);
    java.util.Arrays.fill(viaEdge, -1);
    Adjacency substitutesOf = snapshot.in(EdgeKind.SUBSTITUTES);
    Adjacency substituteFor = snapshot.out(EdgeKind.SUBSTITUTES);
    // Available substitutes per node: substitutes edges whose source is not hit; set lazily on the first hit.
    int[] available = new int[n];
    int[] hitOrder = new int[n];
    int hits = 0;
    int[] queue = new int[n];
    int head = 0;
    int tail = 0;
    for (int c : cutNodes) {
      if (c < 0 || c >= n) {
        throw new IllegalArgumentException("no node numbered " + c);
      }
      cut.set(c);
    }
    // Cut nodes are hit one by one: one hit later stops counting as an available substitute then.
    for (int c = cut.nextSetBit(0); c >= 0; c = cut.nextSetBit(c + 1)) {
      hit.set(c);
      hitOrder[hits++] = c;
      tail = afterHit(c, substitutesOf, substituteFor, hit, down, available, queue, tail);
    }
    Adjacency[] consumers = new Adjacency[CONSUMES.length];
    for (int k = 0; k < CONSUMES.length; k++) {
      consumers[k] = snapshot.in(CONSUMES[k]);
    }
    Adjacency[] supplied = new Adjacency[SUPPLIES.length];
    for (int k = 0; k < SUPPLIES.length; k++) {
      supplied[k] = snapshot.out(SUPPLIES[k]);
    }
    while (head < tail) {
      int d = queue[head++];
      for (Adjacency[] group : new Adjacency[][] {consumers, supplied}) {
        for (Adjacency adjacency : group) {
          for (int i = adjacency.start(d), end = adjacency.end(d); i < end; i++) {
            int x = adjacency.target(i);
            if (hit.get(x)) {
              continue;
            }
            hit.set(x);
            hitOrder[hits++] = x;
            via[x] = d;
            viaEdge[x] = adjacency.edge(i);
            tail = afterHit(x, substitutesOf, substituteFor, hit, down, available, queue, tail);
          }
        }
      }
    }
    return new BlastRadius(snapshot, cut, hit, down, via, viaEdge, java.util.Arrays.copyOf(hitOrder, hits));
  }

  /**
   * Node {@code x} was just hit: it no longer counts as an available substitute of what it
   * substitutes for (which goes down when that was its last one and it is hit), and it goes down
   * itself unless it has an available substitute. Returns the new queue tail.
   */
  private static int afterHit(int x, Adjacency substitutesOf, Adjacency substituteFor, BitSet hit, BitSet down,
      int[] available, int[] queue, int tail) {
    for (int i = substituteFor.start(x), end = substituteFor.end(x); i < end; i++) {
      int y = substituteFor.target(i);
      if (hit.get(y) && !down.get(y)) {
        // y was counted when hit; x was then an available substitute (or y == x, not yet counted).
        if (y != x && --available[y] == 0) {
          down.set(y);
          queue[tail++] = y;
        }
      }
    }
    int count = 0;
    for (int i = substitutesOf.start(x), end = substitutesOf.end(x); i < end; i++) {
      if (!hit.get(substitutesOf.target(i))) {
        count++;
      }
    }
    available[x] = count;
    if (count == 0) {
      down.set(x);
      queue[tail++] = x;
    }
    return tail;
  }

  public Snapshot snapshot() {
    return snapshot;
  }

  /** True when node {@code n} is one of the cut nodes. */
  public boolean isCut(int n) {
    return cut.get(n);
  }

  /** What happens to node {@code n}. */
  public Status status(int n) {
    if (!hit.get(n)) {
      return Status.UNAFFECTED;
    }
    return down.get(n) ? Status.STOPPED : Status.DEGRADED;
  }

  /** The down node that {@code n} was first reached from, or -1 (cut or unaffected). */
  public int via(int n) {
    return via[n];
  }

  /** The snapshot edge {@code n} was first reached through, or -1. */
  public int viaEdge(int n) {
    return viaEdge[n];
  }

  /** The hit nodes (stopped or degraded), cut nodes first, then in the order reached. */
  public int[] hitNodes() {
    return order.clone();
  }

  /** The nodes from {@code n} back to the cut node it was reached from: {@code n} first. */
  public List<Integer> pathToCut(int n) {
    List<Integer> path = new ArrayList<>();
    for (int x = n; x >= 0; x = via[x]) {
      path.add(x);
    }
    return path;
  }

  /**
   * The substitutes of {@code n} that are available (not hit), in edge order; empty for a node
   * that is not degraded.
   */
  public List<Integer> availableSubstitutes(int n) {
    List<Integer> out = new ArrayList<>();
    Adjacency substitutesOf = snapshot.in(EdgeKind.SUBSTITUTES);
    for (int i = substitutesOf.start(n), end = substitutesOf.end(n); i < end; i++) {
      int s = substitutesOf.target(i);
      if (!hit.get(s) && !out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /** The splinter measure of this blast radius. */
  public Splinter splinter() {
    int technology = 0;
    int stopped = 0;
    int degraded = 0;
    Map<SystemAsset.Criticality, int[]> byCriticality = new EnumMap<>(SystemAsset.Criticality.class);
    for (SystemAsset.Criticality c : SystemAsset.Criticality.values()) {
      byCriticality.put(c, new int[3]);
    }
    long users = 0;
    long usersStopped = 0;
    long usersDegraded = 0;
    int systemsWithoutUsers = 0;
    for (int n = 0; n < snapshot.nodeCount(); n++) {
      NodeKind kind = snapshot.kind(n);
      if (kind != NodeKind.PRODUCT && kind != NodeKind.COMPONENT && kind != NodeKind.SYSTEM) {
        continue;
      }
      Status status = status(n);
      technology++;
      if (status == Status.STOPPED) {
        stopped++;
      } else if (status == Status.DEGRADED) {
        degraded++;
      }
      if (kind == NodeKind.SYSTEM && snapshot.node(n) instanceof SystemAsset system) {
        SystemAsset.Criticality criticality =
            system.criticality() == null ? SystemAsset.Criticality.MEDIUM : system.criticality();
        int[] counts = byCriticality.get(criticality);
        counts[0]++;
        if (status == Status.STOPPED) {
          counts[1]++;
        } else if (status == Status.DEGRADED) {
          counts[2]++;
        }
        if (system.users() == null) {
          systemsWithoutUsers++;
        } else {
          users += system.users();
          if (status == Status.STOPPED) {
            usersStopped += system.users();
          } else if (status == Status.DEGRADED) {
            usersDegraded += system.users();
          }
        }
      }
    }
    Map<SystemAsset.Criticality, Splinter.Count> systems = new EnumMap<>(SystemAsset.Criticality.class);
    byCriticality.forEach((c, k) -> systems.put(c, new Splinter.Count(k[0], k[1], k[2])));
    return new Splinter(new Splinter.Count(technology, stopped, degraded), systems,
        new Splinter.Users(users, usersStopped, usersDegraded, systemsWithoutUsers));
  }
}
