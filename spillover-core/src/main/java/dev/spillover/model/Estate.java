package dev.spillover.model;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * An immutable estate: its sources, nodes, edges and waivers, as loaded and validated. Node ids
 * are unique and every edge names existing nodes; loaders guarantee this, and the constructor
 * checks it.
 *
 * <p>Nodes are numbered {@code 0..nodeCount()-1} in the order given, edges likewise, and the
 * estate keeps the numbers of every edge's two ends, so that a {@link
 * dev.spillover.snapshot.Snapshot} never looks an id up again. Nodes are held in an array with an
 * {@link IdTable}, not in a hash map of entries: at millions of nodes the difference is hundreds
 * of megabytes.
 */
public final class Estate {
  /** From this many edges on, their ends are resolved in parallel. */
  private static final int PARALLEL_EDGES = 100_000;
  /** How many ids are looked up together ({@link IdTable#addAll}). */
  private static final int BATCH = 128;

  private final String name;
  private final String description;
  private final String owner;
  private final Map<String, Source> sources;
  private final Node[] nodeArray;
  private final IdTable index;
  private final Map<String, Node> nodes;
  private final List<Edge> edges;
  private final int[] edgeFrom;
  private final int[] edgeTo;
  private final List<Waiver> waivers;

  /** An estate without a declared owner. */
  public Estate(
      String name, String description, List<Source> sources, List<Node> nodes, List<Edge> edges, List<Waiver> waivers) {
    this(name, description, null, sources, nodes, edges, waivers);
  }

  /**
   * An estate owned by the organization {@code owner} (a node id, or null when not declared): the
   * organization whose systems, products and data these are.
   */
  public Estate(String name, String description, String owner, List<Source> sources, List<Node> nodes,
      List<Edge> edges, List<Waiver> waivers) {
    this.name = name;
    this.owner = owner;
    this.description = description;
    Map<String, Source> sourceMap = new LinkedHashMap<>();
    sources.forEach(s -> sourceMap.put(s.id(), s));
    this.sources = java.util.Collections.unmodifiableMap(sourceMap);
    this.nodeArray = nodes.toArray(new Node[0]);
    this.index = new IdTable(nodeArray.length);
    numberNodes();
    this.nodes = new NodeMap();
    this.edges = List.copyOf(edges);
    this.edgeFrom = new int[this.edges.size()];
    this.edgeTo = new int[this.edges.size()];
    resolveEnds();
    if (owner != null && !(this.nodes.get(owner) instanceof Organization)) {
      throw new IllegalArgumentException("owner " + owner + " is not an organization of the estate");
    }
    this.waivers = List.copyOf(waivers);
  }

  /** The same nodes as {@code base}, with other sources, edges and waivers; see {@link #withEdges}. */
  private Estate(Estate base, List<Source> sources, List<Edge> edges, List<Waiver> waivers) {
    this.name = base.name;
    this.owner = base.owner;
    this.description = base.description;
    Map<String, Source> sourceMap = new LinkedHashMap<>();
    sources.forEach(s -> sourceMap.put(s.id(), s));
    this.sources = java.util.Collections.unmodifiableMap(sourceMap);
    this.nodeArray = base.nodeArray;
    this.index = base.index;
    this.nodes = new NodeMap();
    this.edges = List.copyOf(edges);
    this.edgeFrom = new int[this.edges.size()];
    this.edgeTo = new int[this.edges.size()];
    for (int e = 0; e < edgeFrom.length; e++) {
      Edge edge = this.edges.get(e);
      if (e < base.edges.size() && edge == base.edges.get(e)) {
        edgeFrom[e] = base.edgeFrom[e];
        edgeTo[e] = base.edgeTo[e];
      } else {
        edgeFrom[e] = index.indexOf(edge.from());
        edgeTo[e] = index.indexOf(edge.to());
        if (edgeFrom[e] < 0 || edgeTo[e] < 0) {
          throw new IllegalArgumentException("edge " + edge.id() + " names a node that does not exist");
        }
      }
    }
    this.waivers = List.copyOf(waivers);
  }

  /**
   * This estate's nodes with {@code sources}, {@code edges} and {@code waivers} instead of its own
   * (a scenario's copy of the estate). The nodes, their numbers and their id table are shared; an
   * edge that is this estate's own, at the same place, keeps the ends already found, so that only
   * new and changed edges are looked up: at a million edges, that is most of the cost of a copy.
   *
   * @throws IllegalArgumentException when an edge names a node that does not exist
   */
  public Estate withEdges(List<Source> sources, List<Edge> edges, List<Waiver> waivers) {
    return new Estate(this, sources, edges, waivers);
  }

  /** Numbers the nodes in order, a batch of ids at a time; refuses a repeated id. */
  private void numberNodes() {
    String[] batch = new String[BATCH];
    int[] numbers = new int[BATCH];
    for (int from = 0; from < nodeArray.length; from += BATCH) {
      int count = Math.min(BATCH, nodeArray.length - from);
      for (int i = 0; i < count; i++) {
        batch[i] = nodeArray[from + i].id();
      }
      index.addAll(batch, count, numbers);
      for (int i = 0; i < count; i++) {
        if (numbers[i] != from + i) {
          throw new IllegalArgumentException("duplicate node id " + batch[i]);
        }
      }
    }
  }

  /**
   * Finds the numbers of every edge's ends, a batch of edges at a time ({@link IdTable#indexOfAll});
   * large estates on every core, each batch writing its own slots only.
   *
   * @throws IllegalArgumentException when an edge names a node that does not exist
   */
  private void resolveEnds() {
    int batches = (edgeFrom.length + BATCH / 2 - 1) / (BATCH / 2);
    IntStream range = IntStream.range(0, batches);
    (edgeFrom.length >= PARALLEL_EDGES ? range.parallel() : range).forEach(b -> {
      int from = b * (BATCH / 2);
      int count = Math.min(BATCH / 2, edgeFrom.length - from);
      String[] ends = new String[2 * count];
      int[] numbers = new int[2 * count];
      for (int i = 0; i < count; i++) {
        Edge edge = edges.get(from + i);
        ends[2 * i] = edge.from();
        ends[2 * i + 1] = edge.to();
      }
      index.indexOfAll(ends, 2 * count, numbers);
      for (int i = 0; i < count; i++) {
        edgeFrom[from + i] = numbers[2 * i];
        edgeTo[from + i] = numbers[2 * i + 1];
      }
    });
    for (int e = 0; e < edgeFrom.length; e++) {
      if (edgeFrom[e] < 0 || edgeTo[e] < 0) {
        throw new IllegalArgumentException("edge " + edges.get(e).id() + " names a node that does not exist");
      }
    }
  }

  public String name() {
    return name;
  }

  public String description() {
    return description;
  }

  /** The id of the organization that owns the estate, if declared. */
  public Optional<String> owner() {
    return Optional.ofNullable(owner);
  }

  public Map<String, Source> sources() {
    return sources;
  }

  /** Nodes by id, in the order they were loaded (a read-only view). */
  public Map<String, Node> nodes() {
    return nodes;
  }

  public Optional<Node> node(String id) {
    return Optional.ofNullable(nodes.get(id));
  }

  /** How many nodes there are. */
  public int nodeCount() {
    return nodeArray.length;
  }

  /** The node numbered {@code n}, in load order. */
  public Node node(int n) {
    return nodeArray[n];
  }

  /** The number of the node with that id, or -1. */
  public int indexOf(String id) {
    return index.indexOf(id);
  }

  /** All edges, in load order. */
  public List<Edge> edges() {
    return edges;
  }

  /** The number of the node edge {@code e} starts from. */
  public int edgeFrom(int e) {
    return edgeFrom[e];
  }

  /** The number of the node edge {@code e} ends at. */
  public int edgeTo(int e) {
    return edgeTo[e];
  }

  public List<Waiver> waivers() {
    return waivers;
  }

  /** The nodes as a read-only map by id, over the node array and the id table. */
  private final class NodeMap extends AbstractMap<String, Node> {
    @Override
    public Node get(Object key) {
      if (!(key instanceof String id)) {
        return null;
      }
      int n = index.indexOf(id);
      return n < 0 ? null : nodeArray[n];
    }

    @Override
    public boolean containsKey(Object key) {
      return get(key) != null;
    }

    @Override
    public int size() {
      return nodeArray.length;
    }

    @Override
    public Set<Entry<String, Node>> entrySet() {
      return new AbstractSet<>() {
        @Override
        public Iterator<Entry<String, Node>> iterator() {
          return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
              return next < nodeArray.length;
            }

            @Override
            public Entry<String, Node> next() {
              if (next >= nodeArray.length) {
                throw new NoSuchElementException();
              }
              Node node = nodeArray[next++];
              return new SimpleImmutableEntry<>(node.id(), node);
            }
          };
        }

        @Override
        public int size() {
          return nodeArray.length;
        }
      };
    }
  }
}
