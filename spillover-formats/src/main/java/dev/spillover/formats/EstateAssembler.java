package dev.spillover.formats;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.model.Confidence;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.Estate;
import dev.spillover.model.Node;
import dev.spillover.model.NodeKind;
import dev.spillover.model.Organization;
import dev.spillover.model.Person;
import dev.spillover.model.Provenance;
import dev.spillover.model.Seats;
import dev.spillover.model.Source;
import dev.spillover.model.Waiver;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Collects nodes, edges and sources from one or more importers and builds one {@link Estate}.
 *
 * <p>Inputs meet here: the same entity may come from two files (a GLEIF record and a relationship
 * naming it, a BODS entity statement and an FtM entity with the same id). A node defined again
 * with the same id and kind keeps its first definition and gains the later one's aliases and
 * identifiers, unless the first was derived and the later one declared: then the declared one
 * leads. With another kind it is a problem. An id that edges refer to but no input defines
 * becomes a stub organization or person named by its id, with derived confidence, so that an
 * input of relationships alone still loads. Edge ids must be unique; importers prefix theirs with
 * the input's name.
 */
public final class EstateAssembler {
  private final Map<String, Source> sources = new LinkedHashMap<>();
  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final Map<String, Stub> stubs = new LinkedHashMap<>();
  private final Map<String, Edge> edges = new LinkedHashMap<>();
  private final List<Waiver> waivers = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> inputs = new LinkedHashSet<>();
  private final ReadProgress progress;

  private record Stub(NodeKind kind, Provenance provenance) {}

  /** An assembler whose inputs' reading nobody follows. */
  public EstateAssembler() {
    this(ReadProgress.NONE);
  }

  /** An assembler that tells {@code progress} how far each file opened through {@link #open} has been read. */
  public EstateAssembler(ReadProgress progress) {
    this.progress = java.util.Objects.requireNonNull(progress, "progress");
  }

  /**
   * Opens an input file for an importer: the bytes read through the stream are reported to this
   * assembler's {@link ReadProgress}. Buffer it as needed.
   */
  public java.io.InputStream open(java.nio.file.Path file) throws java.io.IOException {
    return ReadProgress.open(file, progress);
  }

  /** Where this assembler reports how far its inputs have been read. */
  public ReadProgress progress() {
    return progress;
  }

  /** Notes an input read, for the estate's description. */
  public void input(String name) {
    inputs.add(name);
  }

  public void source(Source source) {
    sources.putIfAbsent(source.id(), source);
  }

  /** Adds a node, or merges it into an earlier one with the same id (see the class comment). */
  public void node(Node node, String where) {
    Node earlier = nodes.get(node.id());
    if (earlier == null) {
      nodes.put(node.id(), node);
      return;
    }
    if (earlier.kind() != node.kind()) {
      problems.add(new Problem(where, 0, 0, node.kind().label() + " '" + node.id() + "' is also defined as "
          + earlier.kind().label() + " by another input, expected one kind per id"));
      return;
    }
    boolean declaredOverDerived = earlier.provenance().confidence() == Confidence.DERIVED
        && node.provenance().confidence() == Confidence.DECLARED;
    nodes.put(node.id(), declaredOverDerived ? Merge.merge(node, earlier) : Merge.merge(earlier, node));
  }

  /** Notes that edges refer to {@code id} as a node of {@code kind} (an organization or person). */
  public void reference(String id, NodeKind kind, Provenance provenance) {
    if (kind != NodeKind.ORGANIZATION && kind != NodeKind.PERSON) {
      throw new IllegalArgumentException("only parties can be referenced before they are defined, got " + kind);
    }
    stubs.putIfAbsent(id, new Stub(kind, provenance));
  }

  /** Adds an edge; its id must not have been used. */
  public void edge(Edge edge, String where) {
    if (edges.putIfAbsent(edge.id(), edge) != null) {
      problems.add(new Problem(where, 0, 0, "edge id '" + edge.id() + "' is used twice, expected unique ids"));
    }
  }

  public void waiver(Waiver waiver) {
    waivers.add(waiver);
  }

  /** The ids of the nodes that edges of the given kinds, added so far, lead to. */
  public Set<String> targetsOf(Set<EdgeKind> kinds) {
    Set<String> targets = new java.util.HashSet<>();
    for (Edge edge : edges.values()) {
      if (kinds.contains(edge.kind())) {
        targets.add(edge.to());
      }
    }
    return targets;
  }

  /** True when a node with this id has been defined (stubs do not count). */
  public boolean has(String id) {
    return nodes.containsKey(id);
  }

  /**
   * The estate of everything added, named {@code name}.
   *
   * @throws InputException when inputs conflict, or an edge names a node nothing defines or refers to
   */
  public Estate build(String name) {
    List<Node> all = new ArrayList<>(nodes.values());
    for (Map.Entry<String, Stub> stub : stubs.entrySet()) {
      if (!nodes.containsKey(stub.getKey())) {
        all.add(stubNode(stub.getKey(), stub.getValue()));
      }
    }
    Set<String> ids = new java.util.HashSet<>();
    all.forEach(n -> ids.add(n.id()));
    for (Edge edge : edges.values()) {
      for (String end : List.of(edge.from(), edge.to())) {
        if (!ids.contains(end)) {
          problems.add(new Problem(edge.id(), 0, 0, edge.kind().label() + " edge names '" + end
              + "', which no input defines"));
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    String description = "Assembled from " + String.join(", ", inputs);
    return new Estate(name, description, null, new ArrayList<>(sources.values()), all,
        new ArrayList<>(edges.values()), waivers);
  }

  private static Node stubNode(String id, Stub stub) {
    Provenance derived = new Provenance(stub.provenance().source(), stub.provenance().asOf(), Confidence.DERIVED);
    if (stub.kind() == NodeKind.PERSON) {
      return new Person(id, id, List.of(), Map.of(), derived, List.of(), Seats.UNKNOWN);
    }
    return new Organization(id, id, List.of(), Map.of(), derived, Organization.OrganizationType.OTHER,
        Seats.UNKNOWN, false);
  }
}
