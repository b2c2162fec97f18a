package dev.spillover.policy.facts;

import dev.spillover.exposure.Exposure;
import dev.spillover.exposure.ExposurePath;
import dev.spillover.input.Fields;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.NodeKind;
import dev.spillover.snapshot.Adjacency;
import dev.spillover.snapshot.Snapshot;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The facts the critical-infrastructure rules read ({@link FactSchema#ASSET} and
 * {@link FactSchema#KEY_COMPONENT}) for one asset: the components it relies on, found breadth-first
 * through {@code uses}, {@code depends_on} and {@code embeds} (each once, on its shortest path, so
 * cycles end), and the parties the exposure analysis reaches through each of them.
 */
final class CiFacts {
  /** The edges an asset relies on what they point at through. */
  private static final List<EdgeKind> RELIES_ON = List.of(EdgeKind.USES, EdgeKind.DEPENDS_ON, EdgeKind.EMBEDS);

  /** The edges by which a party supplies what a path reached (a data recipient supplies nothing). */
  private static final Set<EdgeKind> SUPPLYING = Set.of(EdgeKind.DEVELOPS, EdgeKind.PUBLISHES,
      EdgeKind.MANUFACTURES, EdgeKind.OPERATES, EdgeKind.OWNS, EdgeKind.HOSTED_IN);

  private final Snapshot snapshot;
  private final FactBuilder nodes;

  CiFacts(Snapshot snapshot, FactBuilder nodes) {
    this.snapshot = snapshot;
    this.nodes = nodes;
  }

  /** The measures of {@code subject} under {@code rules}, from its {@code exposures} (to every party). */
  Map<String, Object> measures(int subject, List<Exposure> exposures, CiRules rules) {
    Map<String, Object> subjectFacts = nodes.node(subject);
    String asOf = snapshot.asOf().toString();
    Map<Integer, Set<Integer>> parties = partiesBySupplied(subject, exposures);
    List<Map<String, Object>> key = new ArrayList<>();
    for (Map<String, Object> component : components(subject, parties)) {
      if (rules.isKey(subjectFacts, component, asOf)) {
        key.add(component);
      }
    }
    Map<String, Object> asset = new LinkedHashMap<>();
    asset.put("parties", nodeFacts(parties.getOrDefault(subject, Set.of())));
    putSafeguards(asset, subject);
    asset.put("components", List.copyOf(key));
    return rules.assess(subjectFacts, asset, asOf);
  }

  /**
   * For each node a party supplies on some exposure path of the subject, those parties: on each
   * path, the node just before the first step that lands on a party by a supplying edge.
   */
  private Map<Integer, Set<Integer>> partiesBySupplied(int subject, List<Exposure> exposures) {
    Map<Integer, Set<Integer>> result = new LinkedHashMap<>();
    for (Exposure exposure : exposures) {
      for (ExposurePath path : exposure.paths()) {
        int[] on = path.nodes(snapshot, subject);
        for (int i = 0; i < path.steps().size(); i++) {
          if (snapshot.kind(on[i + 1]).isParty()) {
            if (SUPPLYING.contains(snapshot.edge(path.steps().get(i).edge()).kind())) {
              result.computeIfAbsent(on[i], k -> new LinkedHashSet<>()).add(exposure.party());
            }
            break;
          }
        }
      }
    }
    return result;
  }

  /** Every component the subject relies on, nearest first, with the facts of {@link FactSchema#KEY_COMPONENT}. */
  private List<Map<String, Object>> components(int subject, Map<Integer, Set<Integer>> parties) {
    record Reached(int node, int depth, List<String> via, List<String> scopes, List<String> changes,
        boolean substituted) {}
    List<Map<String, Object>> result = new ArrayList<>();
    Set<Integer> seen = new LinkedHashSet<>(List.of(subject));
    ArrayDeque<Reached> queue = new ArrayDeque<>();
    queue.add(new Reached(subject, 0, List.of(), List.of(), List.of(), false));
    while (!queue.isEmpty()) {
      Reached from = queue.poll();
      for (EdgeKind kind : RELIES_ON) {
        Adjacency out = snapshot.out(kind);
        for (int i = out.start(from.node()); i < out.end(from.node()); i++) {
          int target = out.target(i);
          if (!seen.add(target)) {
            continue;
          }
          Edge edge = snapshot.edge(out.edge(i));
          List<String> via = append(from.via(), kind.label());
          List<String> scopes = edge.terms() instanceof EdgeTerms.Dependency d && d.scope() != null
              ? append(from.scopes(), d.scope()) : from.scopes();
          List<String> changes = edge.terms().changes().stream().map(Fields::label).toList();
          List<String> substitutes = sources(EdgeKind.SUBSTITUTES, target);
          // Replacing a component replaces what it brings with it: WeChat Pay's substitute replaces WeChat too.
          boolean substituted = from.substituted() || !substitutes.isEmpty();
          Reached reached = new Reached(target, from.depth() + 1, via, scopes, changes, substituted);
          queue.add(reached);
          Map<String, Object> facts = new LinkedHashMap<>();
          facts.put("node", nodes.node(target));
          facts.put("depth", (long) reached.depth());
          facts.put("via", via);
          facts.put("scopes", scopes);
          facts.put("changes", changes);
          facts.put("parties", nodeFacts(parties.getOrDefault(target, Set.of())));
          putSafeguards(facts, target);
          facts.put("substituted", substituted);
          result.add(facts);
        }
      }
    }
    return result;
  }

  /** {@code monitoredBy}, {@code backedUpBy} and {@code substitutes} of node {@code n}. */
  private void putSafeguards(Map<String, Object> facts, int n) {
    facts.put("monitoredBy", sources(EdgeKind.MONITORS, n));
    facts.put("backedUpBy", sources(EdgeKind.BACKS_UP, n));
    facts.put("substitutes", sources(EdgeKind.SUBSTITUTES, n));
  }

  /** Ids of the nodes with an edge of {@code kind} to {@code n}, in snapshot order. */
  private List<String> sources(EdgeKind kind, int n) {
    Adjacency in = snapshot.in(kind);
    List<String> ids = new ArrayList<>();
    for (int i = in.start(n); i < in.end(n); i++) {
      String id = snapshot.node(in.target(i)).id();
      if (!ids.contains(id)) {
        ids.add(id);
      }
    }
    return List.copyOf(ids);
  }

  private List<Object> nodeFacts(Set<Integer> parties) {
    return parties.stream().<Object>map(nodes::node).toList();
  }

  private static List<String> append(List<String> list, String value) {
    List<String> result = new ArrayList<>(list);
    result.add(value);
    return List.copyOf(result);
  }

  /** Whether {@code kind} can be relied on as a component (parties, datasets and lists cannot). */
  static boolean isAsset(NodeKind kind) {
    return kind == NodeKind.PRODUCT || kind == NodeKind.COMPONENT || kind == NodeKind.SYSTEM;
  }
}
