package dev.spillover.model;

import java.util.Objects;

/**
 * A typed, dated edge between two nodes, named by their ids. {@code id} is unique within the
 * estate (given in the file, or derived from its place there).
 */
public record Edge(
    String id, EdgeKind kind, String from, String to, Validity validity, Provenance provenance, EdgeTerms terms) {
  public Edge {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(validity, "validity");
    Objects.requireNonNull(provenance, "provenance");
    Objects.requireNonNull(terms, "terms");
  }
}
