package dev.spillover.snapshot;

import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.Estate;
import dev.spillover.model.Node;
import dev.spillover.model.NodeKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * An immutable view of an estate as of one day: nodes numbered {@code 0..nodeCount()-1} in load
 * order, the edges valid that day numbered {@code 0..edgeCount()-1}, and CSR adjacency for each
 * edge kind in both directions. Safe to share between threads.
 */
public final class Snapshot {
  private final Estate estate;
  private final LocalDate asOf;
  private final Node[] nodes;
  private final NodeKind[] kinds;
  private final IdIndex index;
  private final Edge[] edges;
  private final int[] edgeFrom;
  private final int[] edgeTo;
  private final Map<EdgeKind, Adjacency> forward = new EnumMap<>(EdgeKind.class);
  private final Map<EdgeKind, Adjacency> backward = new EnumMap<>(EdgeKind.class);

  private Snapshot(Estate estate, LocalDate asOf) {
    this.estate = estate;
    this.asOf = asOf;
    this.nodes = estate.nodes().values().toArray(new Node[0]);
    this.kinds = new NodeKind[nodes.length];
    String[] nodeIds = new String[nodes.length];
    for (int i = 0; i < nodes.length; i++) {
      kinds[i] = nodes[i].kind();
      nodeIds[i] = nodes[i].id();
    }
    this.index = new IdIndex(nodeIds);
    List<Edge> valid = new ArrayList<>();
    for (Edge edge : estate.edges()) {
      if (edge.validity().contains(asOf)) {
        valid.add(edge);
      }
    }
    this.edges = valid.toArray(new Edge[0]);
    this.edgeFrom = new int[edges.length];
    this.edgeTo = new int[edges.length];
    int kinds = EdgeKind.values().length;
    int[] counts = new int[kinds];
    for (int e = 0; e < edges.length; e++) {
      edgeFrom[e] = index.get(edges[e].from());
      edgeTo[e] = index.get(edges[e].to());
      counts[edges[e].kind().ordinal()]++;
    }
    // Edges grouped by kind in one counting pass; kinds without edges share one empty adjacency.
    int[] start = new int[kinds + 1];
    for (int k = 0; k < kinds; k++) {
      start[k + 1] = start[k] + counts[k];
    }
    int[] cursor = java.util.Arrays.copyOf(start, kinds);
    int[] byKind = new int[edges.length];
    for (int e = 0; e < edges.length; e++) {
      byKind[cursor[edges[e].kind().ordinal()]++] = e;
    }
    Adjacency empty = Adjacency.build(nodes.length, new int[0], new int[0], new int[0], 0);
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
        from[k] = edgeFrom[e];
        to[k] = edgeTo[e];
        ids[k] = e;
      }
      forward.put(kind, Adjacency.build(nodes.length, from, to, ids, count));
      backward.put(kind, Adjacency.build(nodes.length, to, from, ids, count));
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
    return nodes.length;
  }

  public int edgeCount() {
    return edges.length;
  }

  public Node node(int n) {
    return nodes[n];
  }

  public NodeKind kind(int n) {
    return kinds[n];
  }

  /** The index of the node with that id, or -1. */
  public int indexOf(String id) {
    return index.get(id);
  }

  public Edge edge(int e) {
    return edges[e];
  }

  public int edgeFrom(int e) {
    return edgeFrom[e];
  }

  public int edgeTo(int e) {
    return edgeTo[e];
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
