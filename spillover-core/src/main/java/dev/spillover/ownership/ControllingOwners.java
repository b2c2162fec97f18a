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
 * per controller, found by a worklist; cycles are visited once. Instances keep work arrays between
 * calls: use one per thread.
 */
public final class ControllingOwners {
  /** A holding strictly above this percentage is a controlling one. */
  public static final double MAJORITY_PERCENT = 50.0;

  private final Snapshot snapshot;
  // Work arrays of controlledBy, allocated on first use; entries count only when stamped with run.
  private int[] heldStamp;
  private int[] controlledStamp;
  private double[] held;
  private int[] queue;
  private int run;

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
   * {@code within} when not null. Work arrays are kept between calls and cleared by a run stamp,
   * so that a query over many seeds costs what each seed reaches, not the graph's size.
   */
  private BitSet controlledBy(int controller, BitSet within, int[] via) {
    BitSet controlled = new BitSet();
    visitControlled(controller, within, via, controlled::set);
    return controlled;
  }

  /**
   * Calls {@code action} with everything {@code controller} controls, without building a set:
   * the form for queries over many seeds. {@code via} as for {@link #controlledBy(int, int[])}.
   */
  public void forEachControlled(int controller, int[] via, java.util.function.IntConsumer action) {
    visitControlled(controller, null, via, action);
  }

  private void visitControlled(int controller, BitSet within, int[] via, java.util.function.IntConsumer action) {
    if (heldStamp == null) {
      heldStamp = new int[snapshot.nodeCount()];
      controlledStamp = new int[snapshot.nodeCount()];
      held = new double[snapshot.nodeCount()];
      queue = new int[16];
    }
    run++;
    int head = 0;
    int tail = 0;
    queue[tail++] = controller;
    Adjacency holdings = snapshot.out(EdgeKind.OWNS);
    Adjacency declared = snapshot.out(EdgeKind.CONTROLS);
    while (head < tail) {
      int current = queue[head++];
      for (int i = holdings.start(current); i < holdings.end(current); i++) {
        int entity = holdings.target(i);
        if (entity == controller || controlledStamp[entity] == run || (within != null && !within.get(entity))) {
          continue;
        }
        if (heldStamp[entity] != run) {
          heldStamp[entity] = run;
          held[entity] = 0;
        }
        held[entity] += lowerPercent(holdings.edge(i));
        if (held[entity] > MAJORITY_PERCENT) {
          tail = take(entity, holdings.edge(i), action, tail, via);
        }
      }
      for (int i = declared.start(current); i < declared.end(current); i++) {
        int entity = declared.target(i);
        if (entity != controller && controlledStamp[entity] != run && (within == null || within.get(entity))) {
          tail = take(entity, declared.edge(i), action, tail, via);
        }
      }
    }
  }

  private int take(int entity, int edge, java.util.function.IntConsumer action, int tail, int[] via) {
    controlledStamp[entity] = run;
    if (via != null) {
      via[entity] = edge; // before the action, which may read the chain
    }
    if (tail == queue.length) {
      queue = java.util.Arrays.copyOf(queue, tail * 2);
    }
    queue[tail] = entity;
    action.accept(entity);
    return tail + 1;
  }

  private double lowerPercent(int edge) {
    return snapshot.edge(edge).terms() instanceof EdgeTerms.Share share && share.known() ? share.min() : 0;
  }
}
