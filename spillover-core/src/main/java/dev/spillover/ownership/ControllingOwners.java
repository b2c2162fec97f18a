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
 * Control: a party controls an entity when a {@link EdgeKind#CONTROLS} edge declares it (board
 * control, golden share, state direction), or when the party and the entities it already controls
 * together hold more than 50 percent of it (by the lower bound of each share, so an unknown or
 * uncertain holding does not count). So a parent holding 30 % directly and 30 % through a
 * wholly-owned subsidiary controls; a chain of majorities passes control down. It is a fixpoint
 * per controller, found by a worklist; cycles are visited once.
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
    BitSet candidates = ancestors(node);
    BitSet within = (BitSet) candidates.clone();
    within.set(node);
    BitSet controllers = new BitSet(snapshot.nodeCount());
    for (int p = candidates.nextSetBit(0); p >= 0; p = candidates.nextSetBit(p + 1)) {
      if (p != node && controlledBy(p, within, null).get(node)) {
        controllers.set(p);
      }
    }
    return controllers;
  }

  /** True when {@code controller} is {@code node} itself or controls it. */
  public boolean controls(int controller, int node) {
    if (controller == node) {
      return true;
    }
    BitSet within = ancestors(node);
    if (!within.get(controller)) {
      return false;
    }
    within.set(node);
    return controlledBy(controller, within, null).get(node);
  }

  /**
   * Everything {@code controller} controls. {@code via}, when not null, receives for each
   * controlled node the edge that completed its control (the holding that took the total over
   * 50 %, or the declared control), for explaining it.
   */
  public BitSet controlledBy(int controller, int[] via) {
    return controlledBy(controller, null, via);
  }

  /**
   * The ultimate controlling parents of {@code node}: its controllers that are controlled by no
   * one, or only by nodes they control in turn (the members of a control cycle at the top). Empty
   * when nothing controls {@code node}. Computes the control relation among all of {@code node}'s
   * owners at once: quadratic in their number.
   */
  public List<Integer> ultimateParents(int node) {
    BitSet candidates = ancestors(node);
    BitSet within = (BitSet) candidates.clone();
    within.set(node);
    java.util.Map<Integer, BitSet> controlled = new java.util.HashMap<>();
    for (int p = candidates.nextSetBit(0); p >= 0; p = candidates.nextSetBit(p + 1)) {
      controlled.put(p, controlledBy(p, within, null));
    }
    List<Integer> tops = new ArrayList<>();
    for (int c = candidates.nextSetBit(0); c >= 0; c = candidates.nextSetBit(c + 1)) {
      if (c == node || !controlled.get(c).get(node)) {
        continue;
      }
      boolean top = true;
      for (int d = candidates.nextSetBit(0); d >= 0 && top; d = candidates.nextSetBit(d + 1)) {
        // Every controller d of c must be controlled by c in turn.
        top = d == c || !controlled.get(d).get(c) || controlled.get(c).get(d);
      }
      if (top) {
        tops.add(c);
      }
    }
    return tops;
  }

  /** Every node with a holding or declared control path to {@code node} (the node itself only on a cycle). */
  private BitSet ancestors(int node) {
    BitSet seen = new BitSet(snapshot.nodeCount());
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(node);
    Adjacency owners = snapshot.in(EdgeKind.OWNS);
    Adjacency declared = snapshot.in(EdgeKind.CONTROLS);
    while (!queue.isEmpty()) {
      int current = queue.poll();
      for (Adjacency adjacency : new Adjacency[] {owners, declared}) {
        for (int i = adjacency.start(current); i < adjacency.end(current); i++) {
          int owner = adjacency.target(i);
          if (!seen.get(owner)) {
            seen.set(owner);
            queue.add(owner);
          }
        }
      }
    }
    return seen;
  }

  /**
   * The fixpoint for one controller: a worklist of the controller and what it comes to control,
   * adding each one's holdings (lower bounds) into the entities held, restricted to
   * {@code within} when not null.
   */
  private BitSet controlledBy(int controller, BitSet within, int[] via) {
    // Sized by what is found, not by the graph: callers run this once per seed.
    BitSet controlled = new BitSet();
    java.util.Map<Integer, Double> held = new java.util.HashMap<>();
    Deque<Integer> queue = new ArrayDeque<>();
    queue.add(controller);
    Adjacency holdings = snapshot.out(EdgeKind.OWNS);
    Adjacency declared = snapshot.out(EdgeKind.CONTROLS);
    while (!queue.isEmpty()) {
      int current = queue.poll();
      for (int i = holdings.start(current); i < holdings.end(current); i++) {
        int entity = holdings.target(i);
        if (entity == controller || controlled.get(entity) || (within != null && !within.get(entity))) {
          continue;
        }
        double total = held.merge(entity, lowerPercent(holdings.edge(i)), Double::sum);
        if (total > MAJORITY_PERCENT) {
          take(entity, holdings.edge(i), controlled, queue, via);
        }
      }
      for (int i = declared.start(current); i < declared.end(current); i++) {
        int entity = declared.target(i);
        if (entity != controller && !controlled.get(entity) && (within == null || within.get(entity))) {
          take(entity, declared.edge(i), controlled, queue, via);
        }
      }
    }
    return controlled;
  }

  private static void take(int entity, int edge, BitSet controlled, Deque<Integer> queue, int[] via) {
    controlled.set(entity);
    queue.add(entity);
    if (via != null) {
      via[entity] = edge;
    }
  }

  private double lowerPercent(int edge) {
    return snapshot.edge(edge).terms() instanceof EdgeTerms.Share share && share.known() ? share.min() : 0;
  }
}
