package dev.spillover.formats.sbom;

import dev.spillover.formats.EstateAssembler;
import dev.spillover.model.Component;
import dev.spillover.model.Confidence;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Node;
import dev.spillover.model.Organization;
import dev.spillover.model.Person;
import dev.spillover.model.Product;
import dev.spillover.model.Provenance;
import dev.spillover.model.Seats;
import dev.spillover.model.Source;
import dev.spillover.model.Validity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one SBOM becomes, held back until the whole document has been checked (all or nothing) and
 * then written to an assembler at once: the source, the subject product(s), components, the
 * parties that supply, make or write them, and the edges between them.
 *
 * <p>Ids, the same for both formats (see {@code docs/formats/cyclonedx.md}): a component is named by
 * its canonical package URL when it has one, otherwise by the document's id, {@code #} and its
 * reference within the document; the subject product by {@code product:} and its package URL
 * without version (the product across its versions), or {@code product:} and its document-qualified
 * reference; an organization by {@code org:} and its name, a person by {@code person:} and theirs.
 * Edge ids are the source id, {@code #} and a number counting from 1.
 */
final class SbomGraph {
  /** Who a party is, as the SBOM names it. */
  enum PartyKind { ORGANIZATION, PERSON }

  private final SbomFile file;
  private final Source source;
  private final Provenance declared;
  private final Provenance derived;
  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final Set<String> products = new LinkedHashSet<>();
  /** The parties, known by their names only: the assembler resolves them against other inputs. */
  private final Set<String> parties = new HashSet<>();
  private final List<Edge> edges = new ArrayList<>();
  /** What makes two edges of one document the same edge. */
  private record EdgeKey(EdgeKind kind, String from, String to) {}

  private final Set<EdgeKey> edgeKeys = new HashSet<>();
  /** Where each product and component is written: its reference in the document and its locator key. */
  private final Map<String, Spot> spots = new LinkedHashMap<>();
  /** Every place each node is written, in document order: a package URL listed twice has two. */
  private final Map<String, List<String>> places = new LinkedHashMap<>();

  /**
   * Where a node is written: {@code ref} is its reference within the document (bom-ref, SPDXID) or
   * null; {@code key} is what {@link SbomPlaces} finds it by (a JSON pointer for CycloneDX, the
   * SPDXID for SPDX).
   */
  record Spot(String ref, String key) {}

  SbomGraph(SbomFile file, Source source, Provenance declared) {
    this.file = file;
    this.source = source;
    this.declared = declared;
    this.derived = new Provenance(declared.source(), declared.asOf(), Confidence.DERIVED);
  }

  Provenance declared() {
    return declared;
  }

  /** Adds the subject of the SBOM; the first definition of an id wins within a document. */
  void product(Product product) {
    nodes.putIfAbsent(product.id(), product);
    products.add(product.id());
  }

  void component(Component component) {
    nodes.putIfAbsent(component.id(), component);
  }

  /** Notes where node {@code id} is written; the first place wins, as the first definition does. */
  void spot(String id, String ref, String key) {
    spots.putIfAbsent(id, new Spot(ref, key));
    places.computeIfAbsent(id, k -> new ArrayList<>()).add(key);
  }

  /**
   * Every locator key (see {@link Spot#key()}) at which each node is written, by node id, in
   * document order; unlike {@link #spots()}, an entry written twice is listed at both places.
   */
  Map<String, List<String>> places() {
    return places;
  }

  /** Where each product and component is written, by node id, in document order. */
  Map<String, Spot> spots() {
    return spots;
  }

  boolean has(String id) {
    return nodes.containsKey(id);
  }

  /**
   * The id of the party named {@code name} (defined on first use), or null when the name is blank
   * or says nothing ({@code NOASSERTION}). {@code identifiers} such as {@code url} or {@code email}
   * are added to a new party.
   */
  String party(PartyKind kind, String name, Map<String, String> identifiers) {
    if (name == null || name.isBlank() || name.strip().equalsIgnoreCase("NOASSERTION")) {
      return null;
    }
    String shown = name.strip().replaceAll("\\s+", " ");
    String id = (kind == PartyKind.PERSON ? "person:" : "org:") + shown;
    if (!nodes.containsKey(id)) {
      nodes.put(id, kind == PartyKind.PERSON
          ? new Person(id, shown, List.of(), identifiers, declared, List.of(), Seats.UNKNOWN)
          : new Organization(id, shown, List.of(), identifiers, declared, Organization.OrganizationType.OTHER,
              Seats.UNKNOWN, false));
      parties.add(id);
    }
    return id;
  }

  /** Adds a declared edge unless the same kind already joins the same ends in this document. */
  void edge(EdgeKind kind, String from, String to, EdgeTerms terms) {
    edge(kind, from, to, terms, declared);
  }

  private void edge(EdgeKind kind, String from, String to, EdgeTerms terms, Provenance provenance) {
    if (from.equals(to) || !edgeKeys.add(new EdgeKey(kind, from, to))) {
      return;
    }
    String id = source.id() + "#" + (edges.size() + 1);
    edges.add(new Edge(id, kind, from, to, Validity.ALWAYS, provenance, terms));
  }

  /**
   * An SBOM lists what its subject is made of: each of {@code listed} (components listed at the top
   * of the document, with their scope) that the declared dependencies and containment do not
   * already reach from {@code subject} is joined to it by a derived {@code depends_on} edge. Roots
   * of the declared graph (components nothing else in the document depends on or embeds) are joined
   * first, so that a component reached through them keeps its declared path; what is still not
   * reached (parts of cycles only) is joined one by one.
   */
  void inventory(String subject, Map<String, String> listedWithScope) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    Set<String> targets = new HashSet<>();
    for (Edge edge : edges) {
      if (edge.kind() == EdgeKind.DEPENDS_ON || edge.kind() == EdgeKind.EMBEDS) {
        out.computeIfAbsent(edge.from(), k -> new ArrayList<>()).add(edge.to());
        targets.add(edge.to());
      }
    }
    Set<String> reached = new HashSet<>();
    reach(subject, out, reached);
    for (boolean rootsOnly : new boolean[] {true, false}) {
      for (Map.Entry<String, String> listed : listedWithScope.entrySet()) {
        String id = listed.getKey();
        if (!reached.contains(id) && !(rootsOnly && targets.contains(id))) {
          edge(EdgeKind.DEPENDS_ON, subject, id, new EdgeTerms.Dependency(listed.getValue()), derived);
          reach(id, out, reached);
        }
      }
    }
  }

  private static void reach(String start, Map<String, List<String>> out, Set<String> reached) {
    if (!reached.add(start)) {
      return;
    }
    Deque<String> queue = new ArrayDeque<>(List.of(start));
    while (!queue.isEmpty()) {
      for (String next : out.getOrDefault(queue.poll(), List.of())) {
        if (reached.add(next)) {
          queue.add(next);
        }
      }
    }
  }

  /** Ids of the subject products. */
  Set<String> products() {
    return products;
  }

  List<Edge> edges() {
    return edges;
  }

  /**
   * Writes everything to {@code into}: the source, nodes (the parties as {@linkplain
   * EstateAssembler#namedParty known by name only}), then edges.
   */
  void writeTo(EstateAssembler into) {
    into.input(file.shown());
    into.source(source);
    for (Node node : nodes.values()) {
      if (parties.contains(node.id())) {
        into.namedParty(node, file.shown());
      } else {
        into.node(node, file.shown());
      }
    }
    edges.forEach(edge -> into.edge(edge, file.shown()));
  }
}
