package dev.spillover.snapshot;

import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.Estate;
import dev.spillover.model.Node;
import dev.spillover.model.NodeKind;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable view of an estate as of one day: nodes numbered as the estate numbers them (load
 * order), the edges valid that day numbered {@code 0..edgeCount()-1} (as in the estate when every
 * edge is valid), and CSR adjacency for each edge kind in both directions. Safe to share between
 * threads.
 */
public final class Snapshot {
  private final Estate estate;
  private final LocalDate asOf;
  private final NodeKind[] kinds;
  /** The estate's edges valid on {@code asOf}, or null when every edge is: then snapshot and estate number edges alike. */
  private final int[] estateEdge;
  private final int edgeCount;
  private final Map<EdgeKind, Adjacency> forward = new EnumMap<>(EdgeKind.class);
  private final Map<EdgeKind, Adjacency> backward = new EnumMap<>(EdgeKind.class);

  private Snapshot(Estate estate, LocalDate asOf) {
    this.estate = estate;
    this.asOf = asOf;
    int nodeCount = estate.nodeCount();
    this.kinds = new NodeKind[nodeCount];
    for (int i = 0; i < nodeCount; i++) {
      kinds[i] = estate.node(i).kind();
    }
    List<Edge> all = estate.edges();
    int valid = 0;
    for (Edge edge : all) {
      if (edge.validity().contains(asOf)) {
        valid++;
      }
    }
    this.edgeCount = valid;
    if (valid == all.size()) {
      estateEdge = null;
    } else {
      estateEdge = new int[valid];
      int e = 0;
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i).validity().contains(asOf)) {
          estateEdge[e++] = i;
        }
      }
    }
    int kinds = EdgeKind.values().length;
    int[] counts = new int[kinds];
    for (int e = 0; e < edgeCount; e++) {
      counts[edge(e).kind().ordinal()]++;
    }
    // Edges grouped by kind in one counting pass; kinds without edges share one empty adjacency.
    int[] start = new int[kinds + 1];
    for (int k = 0; k < kinds; k++) {
      start[k + 1] = start[k] + counts[k];
    }
    int[] cursor = java.util.Arrays.copyOf(start, kinds);
    int[] byKind = new int[edgeCount];
    for (int e = 0; e < edgeCount; e++) {
      byKind[cursor[edge(e).kind().ordinal()]++] = e;
    }
    Adjacency empty = Adjacency.build(nodeCount, new int[0], new int[0], new int[0], 0);
    for (EdgeKind kind : EdgeKind.values()) {
      int count = counts[kind.ordinal()];
      if (count == 0) {
        forward.put(kind, empty);
        backward.put(kind, empty);
        continue;
      }
      int[] from = new int[count];
      int[] to = new int[count];
      int[] ids = new int[count];
      for (int k = 0; k < count; k++) {
        int e = byKind[start[kind.ordinal()] + k];
        from[k] = edgeFrom(e);
        to[k] = edgeTo(e);
        ids[k] = e;
      }
      forward.put(kind, Adjacency.build(nodeCount, from, to, ids, count));
      backward.put(kind, Adjacency.build(nodeCount, to, from, ids, count));
    }
  }

  /** The snapshot of {@code estate} holding the edges valid on {@code asOf}. */
  public static Snapshot of(Estate estate, LocalDate asOf) {
    return new Snapshot(Objects.requireNonNull(estate, "estate"), Objects.requireNonNull(asOf, "asOf"));
  }

  public Estate estate() {
    return estate;
  }

  public LocalDate asOf() {
    return asOf;
  }

  public int nodeCount() {
    return kinds.length;
  }

  public int edgeCount() {
    return edgeCount;
  }

  /** The node numbered {@code n}: the estate's numbering. */
  public Node node(int n) {
    return estate.node(n);
  }

  public NodeKind kind(int n) {
    return kinds[n];
  }

  /** The index of the node with that id, or -1. */
  public int indexOf(String id) {
    return estate.indexOf(id);
  }

  public Edge edge(int e) {
    return estate.edges().get(estateEdge == null ? e : estateEdge[e]);
  }

  public int edgeFrom(int e) {
    return estate.edgeFrom(estateEdge == null ? e : estateEdge[e]);
  }

  public int edgeTo(int e) {
    return estate.edgeTo(estateEdge == null ? e : estateEdge[e]);
  }

  /** Edges of {@code kind} leaving each node. */
  public Adjacency out(EdgeKind kind) {
    return forward.get(kind);
  }

  /** Edges of {@code kind} arriving at each node, with the source node as target. */
  public Adjacency in(EdgeKind kind) {
    return backward.get(kind);
  }
}
