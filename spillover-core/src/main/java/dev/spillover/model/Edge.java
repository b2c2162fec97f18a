package dev.spillover.model;

import java.util.Objects;

/**
 * A typed, dated edge between two nodes, named by their ids. {@code id} is unique within the
 * estate: given in the file, or derived from the edge's place there.
 *
 * <p>A derived id is often a shared prefix and a number ({@code edges.csv#1234}). Such an edge,
 * made with {@link #numbered}, keeps the prefix (one string for all the edges of a file) and the
 * number, and writes its id out only when asked: at millions of edges a string per edge is a
 * gigabyte. Either way {@link #id()} gives the same text, and equality compares that text, so
 * the two forms are interchangeable. Immutable, with value semantics like a record.
 */
public final class Edge {
  private final String idOrPrefix;
  private final int number;
  private final EdgeKind kind;
  private final String from;
  private final String to;
  private final Validity validity;
  private final Provenance provenance;
  private final EdgeTerms terms;

  /** An edge with an id of its own. */
  public Edge(
      String id, EdgeKind kind, String from, String to, Validity validity, Provenance provenance, EdgeTerms terms) {
    this(id, -1, kind, from, to, validity, provenance, terms);
  }

  private Edge(String idOrPrefix, int number, EdgeKind kind, String from, String to, Validity validity,
      Provenance provenance, EdgeTerms terms) {
    this.idOrPrefix = Objects.requireNonNull(idOrPrefix, "id");
    this.number = number;
    this.kind = Objects.requireNonNull(kind, "kind");
    this.from = Objects.requireNonNull(from, "from");
    this.to = Objects.requireNonNull(to, "to");
    this.validity = Objects.requireNonNull(validity, "validity");
    this.provenance = Objects.requireNonNull(provenance, "provenance");
    this.terms = Objects.requireNonNull(terms, "terms");
  }

  /** An edge whose id is {@code prefix} followed by {@code number} (at least 0), kept apart until asked for. */
  public static Edge numbered(String prefix, int number, EdgeKind kind, String from, String to, Validity validity,
      Provenance provenance, EdgeTerms terms) {
    if (number < 0) {
      throw new IllegalArgumentException("edge number must be 0 or more, got " + number);
    }
    return new Edge(prefix, number, kind, from, to, validity, provenance, terms);
  }

  /** The edge's id: its own, or its prefix and number written together. */
  public String id() {
    return number < 0 ? idOrPrefix : idOrPrefix + number;
  }

  public EdgeKind kind() {
    return kind;
  }

  /** The id of the node the edge starts from. */
  public String from() {
    return from;
  }

  /** The id of the node the edge ends at. */
  public String to() {
    return to;
  }

  public Validity validity() {
    return validity;
  }

  public Provenance provenance() {
    return provenance;
  }

  public EdgeTerms terms() {
    return terms;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Edge edge
        && sameId(edge)
        && kind == edge.kind
        && from.equals(edge.from)
        && to.equals(edge.to)
        && validity.equals(edge.validity)
        && provenance.equals(edge.provenance)
        && terms.equals(edge.terms);
  }

  private boolean sameId(Edge edge) {
    if (number >= 0 && edge.number >= 0 && idOrPrefix.equals(edge.idOrPrefix)) {
      return number == edge.number;
    }
    return id().equals(edge.id());
  }

  @Override
  public int hashCode() {
    return Objects.hash(id(), kind, from, to, validity, provenance, terms);
  }

  @Override
  public String toString() {
    return "Edge[id=" + id() + ", kind=" + kind + ", from=" + from + ", to=" + to + ", validity=" + validity
        + ", provenance=" + provenance + ", terms=" + terms + "]";
  }
}
