package dev.spillover.ownership;

import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.snapshot.Adjacency;
import dev.spillover.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;

/**
 * The two questions of {@code spillover owners}, for every method: who owns and controls one
 * entity ({@link #ownersOf}), and which entities a restricted set owns or controls to a threshold
 * ({@link #heldBy}). Every answer carries a path of snapshot edges that explains it.
 */
public final class OwnershipQueries {
  private OwnershipQueries() {}

  /**
   * An owner of the target: its share (fractions; for {@link OwnershipMethod#AGGREGATE} the
   * direct holding of a restricted owner), whether it controls the target, and a path of edges from
   * it down to the target (for the aggregate method: from a restricted seed, through restricted
   * owners, to the target).
   */
  public record Holder(int node, ShareBounds share, boolean controls, List<Integer> path) {
    public Holder {
      path = List.copyOf(path);
    }
  }

  /**
   * An entity held by the restricted set: its share (fractions) and the paths of edges from a seed
   * down to it that explain the share, largest contribution first (at most {@link #MAX_PATHS}).
   */
  public record Held(int node, ShareBounds share, List<List<Integer>> paths) {
    public Held {
      paths = paths.stream().map(List::copyOf).toList();
    }
  }

  /** At most this many paths explain one held entity. */
  public static final int MAX_PATHS = 3;

  /**
   * Who owns or controls {@code target} by {@code method}, largest first. {@code restricted} is
   * the seed set of the aggregate method (ignored by the others).
   */
  public static List<Holder> ownersOf(Snapshot snapshot, int target, OwnershipMethod method, BitSet restricted) {
    ControllingOwners control = new ControllingOwners(snapshot);
    BitSet controllers = control.controllersOf(target);
    List<Holder> holders = new ArrayList<>();
    switch (method) {
      case LOOK_THROUGH, MULTIPLIER -> {
        LookThroughOwnership.Links links = method == OwnershipMethod.MULTIPLIER
            ? LookThroughOwnership.Links.MAJORITY_AS_WHOLE : LookThroughOwnership.Links.PROPORTIONAL;
        LookThroughOwnership.Result result = new LookThroughOwnership(snapshot, links).of(target);
        OwnershipPaths paths = new OwnershipPaths(snapshot);
        int[] via = paths.strongestTo(target);
        for (int node = 0; node < snapshot.nodeCount(); node++) {
          ShareBounds share = result.share(node);
          if (node != target && share.max() > 0) {
            holders.add(new Holder(node, share, controllers.get(node), paths.path(node, via)));
          }
        }
      }
      case AGGREGATE -> {
        AggregateOwnership.Result result = new AggregateOwnership(snapshot).of(restricted, AggregateOwnership.FIFTY_PERCENT);
        for (int[] owner : result.restrictedOwners(target, false)) {
          List<Integer> path = chainEdges(snapshot, result.chainFromSeed(owner[0], false));
          path.add(owner[1]);
          holders.add(new Holder(owner[0], directShare(snapshot, owner[1]), controllers.get(owner[0]), path));
        }
      }
      case CONTROL -> {
        for (int node = controllers.nextSetBit(0); node >= 0; node = controllers.nextSetBit(node + 1)) {
          int[] via = new int[snapshot.nodeCount()];
          control.controlledBy(node, via);
          holders.add(new Holder(node, ShareBounds.NONE, true, chain(snapshot, via, node, target)));
        }
      }
    }
    holders.sort(Comparator.comparingDouble((Holder h) -> -h.share().max())
        .thenComparingDouble(h -> -h.share().min()).thenComparingInt(h -> h.path().size()).thenComparingInt(Holder::node));
    return holders;
  }

  /**
   * The entities {@code restricted} holds {@code thresholdPercent} or more of by {@code method}
   * (for {@link OwnershipMethod#CONTROL}: the entities they control), restricted parties
   * excluded, largest first. An entity is listed when its upper bound reaches the threshold; its
   * lower bound says whether it does for certain.
   */
  public static List<Held> heldBy(Snapshot snapshot, BitSet restricted, OwnershipMethod method, double thresholdPercent) {
    double threshold = thresholdPercent / 100.0 - 1e-12;
    List<Held> held = new ArrayList<>();
    switch (method) {
      case LOOK_THROUGH, MULTIPLIER -> {
        LookThroughOwnership.Links links = method == OwnershipMethod.MULTIPLIER
            ? LookThroughOwnership.Links.MAJORITY_AS_WHOLE : LookThroughOwnership.Links.PROPORTIONAL;
        RestrictedHoldings.Result result = new RestrictedHoldings(snapshot).of(restricted, links);
        for (int node = 0; node < snapshot.nodeCount(); node++) {
          if (!restricted.get(node) && result.share(node).max() >= threshold) {
            List<List<Integer>> paths = new ArrayList<>();
            for (RestrictedHoldings.Contribution c : result.contributions(node, false)) {
              if (paths.size() == MAX_PATHS) {
                break;
              }
              List<Integer> path = restricted.get(c.owner())
                  ? new ArrayList<>() : strongestChain(snapshot, result, restricted, c.owner());
              path.add(edgeBetween(snapshot, c.owner(), node));
              paths.add(path);
            }
            held.add(new Held(node, result.share(node), paths));
          }
        }
      }
      case AGGREGATE -> {
        AggregateOwnership.Result result = new AggregateOwnership(snapshot).of(restricted, thresholdPercent);
        BitSet possibly = result.possibly();
        BitSet definitely = result.definitely();
        for (int node = possibly.nextSetBit(0); node >= 0; node = possibly.nextSetBit(node + 1)) {
          if (!restricted.get(node)) {
            double min = definitely.get(node) ? result.restrictedHolding(node, true) / 100 : 0;
            double max = result.restrictedHolding(node, false) / 100;
            List<List<Integer>> paths = new ArrayList<>();
            for (int[] owner : result.restrictedOwners(node, false)) {
              if (paths.size() == MAX_PATHS) {
                break;
              }
              List<Integer> path = chainEdges(snapshot, result.chainFromSeed(owner[0], false));
              path.add(owner[1]);
              paths.add(path);
            }
            held.add(new Held(node, new ShareBounds(Math.min(min, max), max), paths));
          }
        }
      }
      case CONTROL -> {
        ControllingOwners control = new ControllingOwners(snapshot);
        BitSet listed = new BitSet();
        // One array for every seed: a chain only reads entries its own seed's run has just written.
        int[] via = new int[snapshot.nodeCount()];
        for (int seed = restricted.nextSetBit(0); seed >= 0; seed = restricted.nextSetBit(seed + 1)) {
          final int from = seed;
          control.forEachControlled(seed, via, node -> {
            if (!restricted.get(node) && !listed.get(node)) {
              listed.set(node);
              held.add(new Held(node, ShareBounds.NONE, List.of(chain(snapshot, via, from, node))));
            }
          });
        }
      }
    }
    held.sort(Comparator.comparingDouble((Held h) -> -h.share().max())
        .thenComparingDouble(h -> -h.share().min()).thenComparingInt(Held::node));
    return held;
  }

  /** From a node up through its largest contributions to a restricted party; edges in order seed first. */
  private static List<Integer> strongestChain(Snapshot snapshot, RestrictedHoldings.Result result, BitSet restricted,
      int node) {
    List<Integer> path = new ArrayList<>();
    BitSet seen = new BitSet();
    int at = node;
    while (!restricted.get(at) && !seen.get(at)) {
      seen.set(at);
      List<RestrictedHoldings.Contribution> contributions = result.contributions(at, false);
      if (contributions.isEmpty()) {
        break;
      }
      int owner = contributions.get(0).owner();
      path.add(0, edgeBetween(snapshot, owner, at));
      at = owner;
    }
    return path;
  }

  private static List<Integer> chainEdges(Snapshot snapshot, int[] chain) {
    List<Integer> edges = new ArrayList<>();
    for (int i = 0; i + 1 < chain.length; i++) {
      edges.add(edgeBetween(snapshot, chain[i], chain[i + 1]));
    }
    return edges;
  }

  /** The holding (or, failing that, declared control) edge from {@code owner} to {@code owned}. */
  private static int edgeBetween(Snapshot snapshot, int owner, int owned) {
    for (EdgeKind kind : new EdgeKind[] {EdgeKind.OWNS, EdgeKind.CONTROLS}) {
      Adjacency out = snapshot.out(kind);
      for (int i = out.start(owner); i < out.end(owner); i++) {
        if (out.target(i) == owned) {
          return out.edge(i);
        }
      }
    }
    throw new IllegalStateException("no holding from " + owner + " to " + owned + ": a bug");
  }

  private static ShareBounds directShare(Snapshot snapshot, int edge) {
    if (snapshot.edge(edge).terms() instanceof EdgeTerms.Share share && share.known()) {
      return new ShareBounds(share.min() / 100, share.max() / 100);
    }
    return new ShareBounds(0, 1);
  }

  /**
   * The chain of edges that gave {@code controller} control of {@code node}: from the edge that
   * completed the node's control back to the controller ({@code via} from
   * {@link ControllingOwners#controlledBy}), in order from the controller down.
   */
  private static List<Integer> chain(Snapshot snapshot, int[] via, int controller, int node) {
    List<Integer> path = new ArrayList<>();
    for (int at = node; at != controller && path.size() <= snapshot.nodeCount(); at = snapshot.edgeFrom(via[at])) {
      path.add(0, via[at]);
    }
    return path;
  }
}
