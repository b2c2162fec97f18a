package dev.spillover.snapshot;

import dev.spillover.model.Component;
import dev.spillover.model.Confidence;
import dev.spillover.model.Dataset;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.Jurisdiction;
import dev.spillover.model.Node;
import dev.spillover.model.NodeKind;
import dev.spillover.model.Organization;
import dev.spillover.model.Person;
import dev.spillover.model.Product;
import dev.spillover.model.Provenance;
import dev.spillover.model.RestrictedList;
import dev.spillover.model.Seats;
import dev.spillover.model.SystemAsset;
import dev.spillover.model.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Test fixture: builds small estates by hand, one node or edge a line. Edges are numbered
 * {@code e0, e1, ...} in the order they are added; every fact has {@link #PROVENANCE}.
 *
 * <pre>{@code
 * Estate estate = new EstateBuilder().org("parent").org("dev").owns("parent", "dev", 100).build();
 * }</pre>
 */
public final class EstateBuilder {
  /** The provenance of every fixture fact. */
  public static final Provenance PROVENANCE = new Provenance("test", LocalDate.of(2020, 1, 1), Confidence.DECLARED);

  /** The day fixture snapshots are taken on unless a test says otherwise. */
  public static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  private final List<Node> nodes = new ArrayList<>();
  private final List<Edge> edges = new ArrayList<>();

  /** Adds a node of {@code kind} named after its id. */
  public EstateBuilder node(NodeKind kind, String id) {
    nodes.add(switch (kind) {
      case ORGANIZATION -> new Organization(
          id, id, List.of(), Map.of(), PROVENANCE, Organization.OrganizationType.COMPANY, Seats.UNKNOWN, false);
      case PERSON -> new Person(id, id, List.of(), Map.of(), PROVENANCE, List.of(), Seats.UNKNOWN);
      case PRODUCT -> new Product(id, id, List.of(), Map.of(), PROVENANCE, Product.ProductType.APP);
      case COMPONENT -> new Component(id, id, List.of(), Map.of(), PROVENANCE, "1.0.0");
      case SYSTEM -> new SystemAsset(id, id, List.of(), Map.of(), PROVENANCE, SystemAsset.Criticality.HIGH, null);
      case DATASET -> new Dataset(id, id, List.of(), Map.of(), PROVENANCE, Set.of(Dataset.DataCategory.HEALTH), null, null);
      case JURISDICTION -> new Jurisdiction(id, id, List.of(), Map.of(), PROVENANCE);
      case LIST -> new RestrictedList(id, id, List.of(), Map.of(), PROVENANCE, "test");
    });
    return this;
  }

  /** Adds {@code node} as given (for a node with facts of its own, such as a system's users). */
  public EstateBuilder add(Node node) {
    nodes.add(node);
    return this;
  }

  public EstateBuilder org(String id) {
    return node(NodeKind.ORGANIZATION, id);
  }

  public EstateBuilder person(String id) {
    return node(NodeKind.PERSON, id);
  }

  public EstateBuilder product(String id) {
    return node(NodeKind.PRODUCT, id);
  }

  public EstateBuilder component(String id) {
    return node(NodeKind.COMPONENT, id);
  }

  public EstateBuilder system(String id) {
    return node(NodeKind.SYSTEM, id);
  }

  public EstateBuilder dataset(String id) {
    return node(NodeKind.DATASET, id);
  }

  /** Adds an always-valid edge with the usual terms of its kind. */
  public EstateBuilder edge(EdgeKind kind, String from, String to) {
    return edge(kind, from, to, defaultTerms(kind), Validity.ALWAYS);
  }

  /** Adds an edge; its id is {@code e} followed by its position. */
  public EstateBuilder edge(EdgeKind kind, String from, String to, EdgeTerms terms, Validity validity) {
    edges.add(new Edge("e" + edges.size(), kind, from, to, validity, PROVENANCE, terms));
    return this;
  }

  /** {@code owner} owns exactly {@code percent} of {@code owned}. */
  public EstateBuilder owns(String owner, String owned, double percent) {
    return owns(owner, owned, percent, percent);
  }

  /** {@code owner} owns between {@code min} and {@code max} percent of {@code owned}. */
  public EstateBuilder owns(String owner, String owned, double min, double max) {
    return edge(EdgeKind.OWNS, owner, owned, share(min, max), Validity.ALWAYS);
  }

  /** {@code owner} owns an unknown share of {@code owned}. */
  public EstateBuilder ownsUnknown(String owner, String owned) {
    return edge(EdgeKind.OWNS, owner, owned, unknownShare(), Validity.ALWAYS);
  }

  /** {@code controller} controls {@code controlled} by a declaration (board control). */
  public EstateBuilder controls(String controller, String controlled) {
    return edge(EdgeKind.CONTROLS, controller, controlled);
  }

  /** How many edges have been added so far. */
  public int edgeCount() {
    return edges.size();
  }

  public Estate build() {
    return new Estate("fixture", "built by a test", List.of(), nodes, edges, List.of());
  }

  /** The snapshot of the built estate on {@link #DAY}. */
  public Snapshot snapshot() {
    return Snapshot.of(build(), DAY);
  }

  public static EdgeTerms.Share share(double min, double max) {
    return new EdgeTerms.Share(min, max, EdgeTerms.ShareBasis.EQUITY);
  }

  public static EdgeTerms.Share unknownShare() {
    return new EdgeTerms.Share(null, null, EdgeTerms.ShareBasis.EQUITY);
  }

  /** The terms a loader would give an edge of {@code kind} with no figures: an unknown share for OWNS. */
  public static EdgeTerms defaultTerms(EdgeKind kind) {
    return switch (kind) {
      case OWNS -> unknownShare();
      case CONTROLS -> new EdgeTerms.Control(EdgeTerms.ControlType.BOARD);
      case USES -> new EdgeTerms.Usage(List.of("payments"));
      case DEPENDS_ON -> new EdgeTerms.Dependency("required");
      case TRANSFERS_DATA -> new EdgeTerms.DataTransfer(null, 1000L, "analytics", true);
      default -> EdgeTerms.NONE;
    };
  }
}
