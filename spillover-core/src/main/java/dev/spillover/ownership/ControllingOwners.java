package dev.spillover.ownership;

import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.snapshot.Adjacency;
import dev.spillover.snapshot.Snapshot;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * Majority control: a node directly controls an organization when it holds more than 50 percent
 * of it (the lower bound of the share, so an unknown or uncertain holding does not count) or when
 * a {@link EdgeKind#CONTROLS} edge declares it (board control, golden share, state direction).
 * Control is transitive; cycles are visited once.
 */
public final class ControllingOwners {
  /** A holding strictly above this percentage is a controlling one. */
  public static final double MAJORITY_PERCENT = 50.0;

  private final Snapshot snapshot;

  public ControllingOwners(Snapshot snapshot) {
    this.snapshot = snapshot;
  }

  /** Every node that controls {@code node}, directly or through controlled intermediaries. */
  public BitSet controllersOf(int node) {
    BitSet seen = new BitSet(snapshot.nodeCount());
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(node);
    while (!queue.isEmpty()) {
      int current = queue.poll();
      forEachDirectController(current, controller -> {
        if (controller != node && !seen.get(controller)) {
          seen.set(controller);
          queue.add(controller);
        }
      });
    }
    return seen;
  }

  /** True when {@code controller} is {@code node} itself or controls it. */
  public boolean controls(int controller, int node) {
    return controller == node || controllersOf(node).get(controller);
  }

  /**
   * The ultimate controlling parents of {@code node}: its controllers that are controlled by no
   * one, or only by nodes they control in turn (the members of a control cycle at the top). Empty
   * when nothing controls {@code node}.
   */
  public List<Integer> ultimateParents(int node) {
    BitSet all = controllersOf(node);
    List<Integer> tops = new ArrayList<>();
    for (int c = all.nextSetBit(0); c >= 0; c = all.nextSetBit(c + 1)) {
      BitSet above = controllersOf(c);
      boolean top = true;
      for (int d = above.nextSetBit(0); d >= 0 && top; d = above.nextSetBit(d + 1)) {
        top = d == c || controllersOf(d).get(c);
      }
      if (top) {
        tops.add(c);
      }
    }
    return tops;
  }

  private void forEachDirectController(int node, java.util.function.IntConsumer action) {
    forEachDirectController(snapshot, node, (controller, edge) -> action.accept(controller));
  }

  /** Visits a node and the edge that links it, in control chains. */
  interface LinkVisitor {
    void visit(int node, int edge);
  }

  /** Visits the direct controllers of {@code node}: majority holders (by the lower bound) and declared controllers. */
  static void forEachDirectController(Snapshot snapshot, int node, LinkVisitor visitor) {
    Adjacency owners = snapshot.in(EdgeKind.OWNS);
    for (int i = owners.start(node); i < owners.end(node); i++) {
      if (isMajority(snapshot, owners.edge(i))) {
        visitor.visit(owners.target(i), owners.edge(i));
      }
    }
    Adjacency declared = snapshot.in(EdgeKind.CONTROLS);
    for (int i = declared.start(node); i < declared.end(node); i++) {
      visitor.visit(declared.target(i), declared.edge(i));
    }
  }

  /** Visits what {@code node} controls directly, the other way round. */
  static void forEachDirectlyControlled(Snapshot snapshot, int node, LinkVisitor visitor) {
    Adjacency held = snapshot.out(EdgeKind.OWNS);
    for (int i = held.start(node); i < held.end(node); i++) {
      if (isMajority(snapshot, held.edge(i))) {
        visitor.visit(held.target(i), held.edge(i));
      }
    }
    Adjacency declared = snapshot.out(EdgeKind.CONTROLS);
    for (int i = declared.start(node); i < declared.end(node); i++) {
      visitor.visit(declared.target(i), declared.edge(i));
    }
  }

  private static boolean isMajority(Snapshot snapshot, int edge) {
    return snapshot.edge(edge).terms() instanceof EdgeTerms.Share share
        && share.known()
        && share.min() > MAJORITY_PERCENT;
  }
}
