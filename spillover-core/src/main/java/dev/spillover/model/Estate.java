package dev.spillover.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable estate: its sources, nodes, edges and waivers, as loaded and validated. Node ids
 * are unique and every edge names existing nodes; loaders guarantee this.
 */
public final class Estate {
  private final String name;
  private final String description;
  private final String owner;
  private final Map<String, Source> sources;
  private final Map<String, Node> nodes;
  private final List<Edge> edges;
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
    Map<String, Node> nodeMap = new LinkedHashMap<>();
    for (Node node : nodes) {
      if (nodeMap.putIfAbsent(node.id(), node) != null) {
        throw new IllegalArgumentException("duplicate node id " + node.id());
      }
    }
    this.nodes = java.util.Collections.unmodifiableMap(nodeMap);
    for (Edge edge : edges) {
      if (!nodeMap.containsKey(edge.from()) || !nodeMap.containsKey(edge.to())) {
        throw new IllegalArgumentException("edge " + edge.id() + " names a node that does not exist");
      }
    }
    if (owner != null && !(nodeMap.get(owner) instanceof Organization)) {
      throw new IllegalArgumentException("owner " + owner + " is not an organization of the estate");
    }
    this.edges = List.copyOf(edges);
    this.waivers = List.copyOf(waivers);
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

  /** Nodes by id, in the order they were loaded. */
  public Map<String, Node> nodes() {
    return nodes;
  }

  public Optional<Node> node(String id) {
    return Optional.ofNullable(nodes.get(id));
  }

  public List<Edge> edges() {
    return edges;
  }

  public List<Waiver> waivers() {
    return waivers;
  }
}
