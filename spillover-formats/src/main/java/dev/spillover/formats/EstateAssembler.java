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
 *
 * <p>A party that an input knows by name only ({@link #namedParty}: an SBOM's supplier, an origin
 * table's publisher) is resolved at {@link #build} against the organizations and persons the other
 * inputs define, by name and alias (see {@link NameResolution}): with exactly one match of its kind
 * it becomes that party, its edges re-pointed and its name kept as an alias; with several it is
 * left apart and {@link #warnings} says so.
 */
public final class EstateAssembler {
  private final Map<String, Source> sources = new LinkedHashMap<>();
  private final Map<String, Node> nodes = new LinkedHashMap<>();
  /** Parties known by name only, with the input that first named each; see {@link #namedParty}. */
  private final Map<String, String> nameOnly = new LinkedHashMap<>();
  /** Ids defined through {@link #node}: such an id is no longer known by name only. */
  private final Set<String> defined = new java.util.HashSet<>();
  private final Map<String, Stub> stubs = new LinkedHashMap<>();
  private final Map<String, Edge> edges = new LinkedHashMap<>();
  private final List<Waiver> waivers = new ArrayList<>();
  private final List<Problem> problems = new ArrayList<>();
  private final Set<String> inputs = new LinkedHashSet<>();
  private List<String> warnings = List.of();
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
    defined.add(node.id());
    add(node, where);
  }

  /**
   * Adds an organization or person that {@code where} knows by name only: its id is made up from
   * its name (an SBOM's {@code org:} and the supplier's name), not given by anyone. At {@link #build}
   * it becomes the organization or person another input defines under that name or alias, if
   * exactly one does (see the class comment). A node added through {@link #node} with the same id
   * is a definition, and the party is then no longer known by name only.
   *
   * @throws IllegalArgumentException when {@code party} is neither an organization nor a person
   */
  public void namedParty(Node party, String where) {
    if (party.kind() != NodeKind.ORGANIZATION && party.kind() != NodeKind.PERSON) {
      throw new IllegalArgumentException("only organizations and persons can be known by name, got " + party.kind());
    }
    nameOnly.putIfAbsent(party.id(), where);
    add(party, where);
  }

  private void add(Node node, String where) {
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
    Map<String, String> named = new LinkedHashMap<>(nameOnly);
    named.keySet().removeAll(defined);
    NameResolution resolution = NameResolution.resolve(nodes, named);
    warnings = List.copyOf(resolution.warnings());
    List<Node> all = new ArrayList<>(nodes.size());
    for (Node node : nodes.values()) {
      if (!resolution.merged(node.id())) {
        all.add(resolution.resolved(node));
      }
    }
    for (Map.Entry<String, Stub> stub : stubs.entrySet()) {
      if (!nodes.containsKey(stub.getKey())) {
        all.add(stubNode(stub.getKey(), stub.getValue()));
      }
    }
    List<Edge> repointed = new ArrayList<>(edges.size());
    edges.values().forEach(edge -> repointed.add(resolution.repoint(edge)));
    Set<String> ids = new java.util.HashSet<>();
    all.forEach(n -> ids.add(n.id()));
    for (Edge edge : repointed) {
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
    return new Estate(name, description, null, new ArrayList<>(sources.values()), all, repointed,
        waivers.stream().map(resolution::repoint).toList());
  }

  /**
   * What the last {@link #build} could not decide, one sentence each: a party known by name only
   * that several defined parties are named as (it is left apart from them). Empty before a build.
   */
  public List<String> warnings() {
    return warnings;
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
