package dev.spillover.formats.gleif;

import static dev.spillover.formats.gleif.Entities.at;
import static dev.spillover.formats.gleif.Entities.text;

import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.EdgeTerms.ControlType;
import dev.spillover.model.Provenance;
import dev.spillover.model.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * Level 2 relationship records, from RR-CDF XML ({@code RelationshipRecord}) or API JSON
 * ({@code relationship-records}), to edges. GLEIF states a relationship from the child (start
 * node) to the parent (end node); an edge reads from the party with the say to the other one, so
 * for control the ends are swapped. docs/formats/gleif.md gives the mapping and why.
 */
final class Relationships {
  /** What each relationship type becomes: the edge kind, its terms, and whether it runs end to start. */
  private record Mapping(EdgeKind kind, EdgeTerms terms, boolean fromEndNode) {}

  private static final Map<String, Mapping> TYPES = Map.of(
      // Accounting consolidation (IFRS 10, US GAAP ASC 810) means the parent controls the child;
      // that is majority control in our model, though no percentage is stated.
      "IS_DIRECTLY_CONSOLIDATED_BY", new Mapping(EdgeKind.CONTROLS, new EdgeTerms.Control(ControlType.MAJORITY), true),
      "IS_ULTIMATELY_CONSOLIDATED_BY", new Mapping(EdgeKind.CONTROLS, new EdgeTerms.Control(ControlType.MAJORITY), true),
      // A branch is part of its head office, not a company it holds shares in.
      "IS_INTERNATIONAL_BRANCH_OF", new Mapping(EdgeKind.CONTROLS, new EdgeTerms.Control(ControlType.OTHER), true),
      // A fund manager directs the fund's investments and votes, without owning it.
      "IS_FUND-MANAGED_BY", new Mapping(EdgeKind.CONTROLS, new EdgeTerms.Control(ControlType.DIRECTION), true),
      // A sub-fund is a compartment of its umbrella fund.
      "IS_SUBFUND_OF", new Mapping(EdgeKind.CONTROLS, new EdgeTerms.Control(ControlType.OTHER), true),
      // A feeder fund invests in its master fund: a holding of unknown size, feeder to master.
      "IS_FEEDER_TO", new Mapping(EdgeKind.OWNS, new EdgeTerms.Share(null, null, EdgeTerms.ShareBasis.EQUITY), false));

  /** Registration statuses of records that were wrong or are superseded: such records are left out. */
  private static final Set<String> VOID = Set.of("ANNULLED", "DUPLICATE");

  private Relationships() {}

  /** How the fields are named in messages, per syntax (JSON names follow the record's pointer). */
  private record Names(String startNode, String endNode, String nodeId, String type, String lastUpdate,
      String startDate, String endDate) {}

  private static final Names XML = new Names("Relationship/StartNode", "Relationship/EndNode", "/NodeID",
      "Relationship/RelationshipType", "Registration/LastUpdateDate", "StartDate", "EndDate");
  private static final Names JSON = new Names("relationship/startNode", "relationship/endNode", "/id",
      "relationship/type", "registration/lastUpdateDate", "startDate", "endDate");

  /** The fields of one relationship record, as trees (null when absent). */
  private record Parts(
      Tree record, String what, Function<String, String> label, Names names,
      Tree startId, Tree startType, Tree endId, Tree endType, Tree type, Tree status,
      List<Period> periods, Tree registrationStatus, Tree lastUpdate) {}

  /** One period of a record, with its element or object (for naming its fields). */
  private record Period(Tree period, Tree start, Tree end, Tree type) {}

  /** When the relationship held, from its relationship periods; null bounds are open. */
  private record Span(LocalDate from, LocalDate until) {}

  /** The edge of an RR-CDF {@code RelationshipRecord} element, or null when left out or bad. */
  static Edge fromXml(Tree record, int index, GleifFile file) {
    Tree relationship = record.child("Relationship");
    List<Period> periods = new ArrayList<>();
    Tree periodList = at(relationship, "RelationshipPeriods");
    if (periodList != null) {
      for (Tree period : periodList.all("RelationshipPeriod")) {
        periods.add(new Period(period, period.child("StartDate"), period.child("EndDate"), period.child("PeriodType")));
      }
    }
    Tree registration = record.child("Registration");
    return edge(new Parts(record, "RelationshipRecord #" + index, path -> path, XML,
        at(relationship, "StartNode", "NodeID"), at(relationship, "StartNode", "NodeIDType"),
        at(relationship, "EndNode", "NodeID"), at(relationship, "EndNode", "NodeIDType"),
        at(relationship, "RelationshipType"), at(relationship, "RelationshipStatus"), periods,
        at(registration, "RegistrationStatus"), at(registration, "LastUpdateDate")), index, file);
  }

  /** The edge of an API {@code relationship-records} resource object, or null when left out or bad. */
  static Edge fromJson(Tree data, int index, GleifFile file) {
    Tree relationship = at(data, "attributes", "relationship");
    List<Period> periods = new ArrayList<>();
    Tree periodList = at(relationship, "periods");
    if (periodList != null) {
      for (Tree period : periodList.items()) {
        periods.add(new Period(period, period.child("startDate"), period.child("endDate"), period.child("type")));
      }
    }
    Tree registration = at(data, "attributes", "registration");
    return edge(new Parts(data, "relationship-records " + data.path(), path -> data.path() + "/attributes/" + path,
        JSON, at(relationship, "startNode", "id"), at(relationship, "startNode", "type"),
        at(relationship, "endNode", "id"), at(relationship, "endNode", "type"),
        at(relationship, "type"), at(relationship, "status"), periods,
        at(registration, "status"), at(registration, "lastUpdateDate")), index, file);
  }

  private static Edge edge(Parts parts, int index, GleifFile file) {
    int before = file.problemCount();
    Names names = parts.names();
    String child = node(parts.startId(), parts.startType(), parts, file, names.startNode());
    String parent = node(parts.endId(), parts.endType(), parts, file, names.endNode());
    String typeField = parts.label().apply(names.type());
    String type = file.requiredText(parts.record(), parts.type(), parts.what(), typeField);
    Mapping mapping = type == null ? null : TYPES.get(type);
    if (type != null && mapping == null) {
      file.problem(parts.type(), parts.what() + ": " + typeField + " is " + parts.type().describe()
          + ", expected one of " + String.join(", ", new TreeSet<>(TYPES.keySet())));
    }
    LocalDate updated = file.date(parts.lastUpdate(), parts.what(), parts.label().apply(names.lastUpdate()));
    Span span = span(parts, file);
    if (file.problemCount() > before || mapping == null || VOID.contains(text(parts.registrationStatus()))) {
      return null;
    }
    boolean ended = "INACTIVE".equals(text(parts.status())) || "RETIRED".equals(text(parts.registrationStatus()));
    if (ended && span.until() == null) {
      return null; // ended, but GLEIF does not say when: better absent than shown as current
    }
    Provenance provenance = file.provenance(updated, parts.record(), parts.what());
    if (provenance == null) {
      return null;
    }
    String holder = mapping.fromEndNode() ? parent : child;
    String held = mapping.fromEndNode() ? child : parent;
    return Edge.numbered(file.edgeIdPrefix(), index, mapping.kind(), holder, held,
        new Validity(span.from(), span.until()), provenance, mapping.terms());
  }

  /**
   * The span of the record's relationship periods: the earliest start, and the day after the latest
   * end (GLEIF's end date is the last day, ours the first day after), or open when a period has no
   * end. Accounting and filing periods say which accounts the relationship was reported in, not when
   * it held, so they are not read.
   */
  private static Span span(Parts parts, GleifFile file) {
    LocalDate from = null;
    LocalDate until = null;
    boolean open = false;
    for (Period period : parts.periods()) {
      if (!"RELATIONSHIP_PERIOD".equals(text(period.type()))) {
        continue;
      }
      String field = parts.names() == JSON ? period.period().path() + "/" : "Relationship/RelationshipPeriods/RelationshipPeriod/";
      LocalDate start = file.day(period.start(), parts.what(), field + parts.names().startDate());
      LocalDate end = file.day(period.end(), parts.what(), field + parts.names().endDate());
      if (start != null && end != null && end.isBefore(start)) {
        file.problem(period.end(), parts.what() + ": the relationship period ends on " + end + ", before it starts on "
            + start + ", expected an end on or after the start");
      }
      if (start != null && (from == null || start.isBefore(from))) {
        from = start;
      }
      if (end == null) {
        open = true;
      } else if (until == null || !end.isBefore(until)) {
        until = end.plusDays(1);
      }
    }
    return new Span(from, open ? null : until);
  }

  private static String node(Tree id, Tree type, Parts parts, GleifFile file, String field) {
    String lei = file.lei(parts.record(), id, parts.what(), parts.label().apply(field + parts.names().nodeId()));
    String kind = text(type);
    if (kind != null && !kind.equals("LEI")) {
      file.problem(type, parts.what() + ": " + parts.label().apply(field) + " type is " + type.describe()
          + ", expected LEI");
      return null;
    }
    return lei;
  }
}
