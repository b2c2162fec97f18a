package dev.spillover.formats.gleif;

import dev.spillover.formats.EstateAssembler;
import dev.spillover.model.Confidence;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.NodeKind;
import dev.spillover.model.Organization;
import dev.spillover.model.Provenance;
import dev.spillover.model.Seats;
import dev.spillover.model.Source;
import dev.spillover.model.Validity;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything one read has taken from its files, held back until every file has been checked (all
 * or nothing), then written to an assembler at once. Holding it also lets records of one read meet:
 * reporting exceptions join the LEI records of their entities, and a relationship that two files
 * both hold (a child's parent relationship is also among the parent's child relationships) becomes
 * one edge.
 */
final class GleifData {
  private record FileSource(GleifFile file, String title) {}

  /** Something read, with the file it was read from as problems show it. */
  private record Read<T>(T value, String where) {}

  private record EdgeKey(EdgeKind kind, String from, String to, EdgeTerms terms, Validity validity) {}

  private final List<FileSource> files = new ArrayList<>();
  private final List<Read<Organization>> organizations = new ArrayList<>();
  private final List<Read<Edge>> edges = new ArrayList<>();
  private final Set<EdgeKey> edgeKeys = new HashSet<>();
  private final List<Read<ReportingExceptions.Exception>> exceptions = new ArrayList<>();

  /** Notes a file read, described as {@code title} in its source. */
  void file(GleifFile file, String title) {
    files.add(new FileSource(file, title));
  }

  void organization(Organization organization, GleifFile file) {
    organizations.add(new Read<>(organization, file.shown()));
  }

  /** Adds an edge unless an equal one (same kind, ends, terms and validity) is already there. */
  void edge(Edge edge, GleifFile file) {
    if (edgeKeys.add(new EdgeKey(edge.kind(), edge.from(), edge.to(), edge.terms(), edge.validity()))) {
      edges.add(new Read<>(edge, file.shown()));
    }
  }

  void exception(ReportingExceptions.Exception exception, GleifFile file) {
    exceptions.add(new Read<>(exception, file.shown()));
  }

  /** Writes everything to {@code into}: sources, organizations, then edges with their ends referenced. */
  void writeTo(EstateAssembler into) {
    for (FileSource file : files) {
      into.input(file.file().name());
      into.source(new Source(file.file().sourceId(), file.title(), "GLEIF", file.file().url(),
          file.file().contentDate()));
    }
    Map<String, Map<String, String>> excepted = new LinkedHashMap<>();
    Map<String, Read<ReportingExceptions.Exception>> exceptedBy = new LinkedHashMap<>();
    for (Read<ReportingExceptions.Exception> read : exceptions) {
      ReportingExceptions.Exception exception = read.value();
      excepted.computeIfAbsent(exception.lei(), lei -> new LinkedHashMap<>()).put(exception.scheme(), exception.reason());
      exceptedBy.putIfAbsent(exception.lei(), read);
    }
    Set<String> defined = new HashSet<>();
    for (Read<Organization> read : organizations) {
      defined.add(read.value().id());
      into.node(withIdentifiers(read.value(), excepted.get(read.value().id())), read.where());
    }
    for (Map.Entry<String, Map<String, String>> entry : excepted.entrySet()) {
      if (!defined.contains(entry.getKey())) {
        // The entity's LEI record is not in this read: a placeholder named by its LEI carries the
        // exception, as the assembler's own stubs would (derived, type other, seats unknown).
        Read<ReportingExceptions.Exception> first = exceptedBy.get(entry.getKey());
        Provenance provenance = first.value().provenance();
        Map<String, String> identifiers = new LinkedHashMap<>();
        identifiers.put(Entities.LEI, entry.getKey());
        identifiers.putAll(entry.getValue());
        Provenance derived = new Provenance(provenance.source(), provenance.asOf(), Confidence.DERIVED);
        into.node(new Organization(entry.getKey(), entry.getKey(), List.of(), identifiers, derived,
            Organization.OrganizationType.OTHER, Seats.UNKNOWN, false), first.where());
        into.reference(entry.getKey(), NodeKind.ORGANIZATION, provenance);
      }
    }
    for (Read<Edge> read : edges) {
      Edge edge = read.value();
      into.reference(edge.from(), NodeKind.ORGANIZATION, edge.provenance());
      into.reference(edge.to(), NodeKind.ORGANIZATION, edge.provenance());
      into.edge(edge, read.where());
    }
  }

  private static Organization withIdentifiers(Organization organization, Map<String, String> more) {
    if (more == null) {
      return organization;
    }
    Map<String, String> identifiers = new LinkedHashMap<>(organization.identifiers());
    identifiers.putAll(more);
    return new Organization(organization.id(), organization.name(), organization.aliases(), identifiers,
        organization.provenance(), organization.type(), organization.seats(), organization.stateOwned());
  }
}
