package dev.spillover.formats.bods;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.NodeKind;
import dev.spillover.model.Provenance;
import dev.spillover.model.Validity;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns the statements of relationship records into edges, one per interest, from the interested
 * party to the subject.
 *
 * <p>The statements of one record form its history, in order of date (then of place in the
 * file). Each statement speaks from its date until the next one's; the first also speaks for the
 * time before it, back to its interests' start dates. A record whose last statement is closed
 * ends on its interests' latest end date, or on the closing statement's date for interests
 * without one. Within these windows, an interest holds from its {@code startDate} until its
 * {@code endDate}, which BODS defines as "the date from which this interest ceased to exist" and
 * so is already exclusive, like Spillover's {@code validUntil}. An edge whose window is empty has
 * been superseded and is left out.
 */
final class RelationshipMapper {
  /** An end of an edge that this file may not define: the assembler makes a stub of it if no input does. */
  record Reference(String id, NodeKind kind, Provenance provenance) {}

  private static final double MAJORITY = 50.0;

  private final String fileName;
  private final Map<String, String> entityTypes;
  private final Set<String> persons;
  private final List<Flaw> flaws;
  private final List<Edge> edges = new ArrayList<>();
  private final Set<String> stateOwned = new LinkedHashSet<>();
  private final Map<String, Reference> references = new LinkedHashMap<>();

  /**
   * @param entityTypes the BODS entity type of each entity record in the file
   * @param persons the ids of the person records in the file
   * @param flaws where problems go
   */
  RelationshipMapper(String fileName, Map<String, String> entityTypes, Set<String> persons, List<Flaw> flaws) {
    this.fileName = fileName;
    this.entityTypes = entityTypes;
    this.persons = persons;
    this.flaws = flaws;
  }

  List<Edge> edges() {
    return edges;
  }

  /** Entities in which a state or state body is declared to hold more than half (shares or votes). */
  Set<String> stateOwned() {
    return stateOwned;
  }

  /** The ends of the edges, each with the kind its relationship implies, in order of first use. */
  List<Reference> references() {
    return new ArrayList<>(references.values());
  }

  /** Maps the history of one record: its statements, ordered by date and place. */
  void map(List<Statement> history) {
    Statement last = history.get(history.size() - 1);
    LocalDate end = last.closed() ? closing(last) : null;
    for (int k = 0; k < history.size(); k++) {
      LocalDate lower = k == 0 ? null : history.get(k).date();
      LocalDate upper = k + 1 < history.size() ? earlier(history.get(k + 1).date(), end) : end;
      statement(history.get(k), lower, upper);
    }
  }

  /** The day a closed record ends: its latest interest's end, or the closing date for open interests. */
  private LocalDate closing(Statement closed) {
    LocalDate end = null;
    List<JsonNode> interests = Json.array(closed.details(), "interests");
    for (int i = 0; i < interests.size(); i++) {
      LocalDate until = date(closed, interests.get(i), "endDate", i);
      until = until == null ? closed.date() : until;
      end = end == null || until.isAfter(end) ? until : end;
    }
    return end == null ? closed.date() : end;
  }

  private void statement(Statement s, LocalDate lower, LocalDate upper) {
    JsonNode details = s.details();
    // An unspecified subject or interested party is an object giving a reason, not a record id.
    String subject = Json.text(details, "subject");
    String party = Json.text(details, "interestedParty");
    if (subject == null || party == null) {
      return;
    }
    if (persons.contains(subject)) {
      flaws.add(Flaw.at(s.index(), "subject '" + subject + "' is a person record, expected an entity "
          + "(BODS: the subject of a relationship must be an entity)", "recordDetails", "subject"));
      return;
    }
    List<JsonNode> interests = Json.array(details, "interests");
    boolean chain = !Json.array(details, "componentRecords").isEmpty();
    boolean shareholding = interests.stream().anyMatch(i -> "shareholding".equals(Json.text(i, "type")));
    boolean stateParty = isState(entityTypes.get(party));
    for (int i = 0; i < interests.size(); i++) {
      JsonNode interest = interests.get(i);
      Interests.Mapping mapping = Interests.of(Json.text(interest, "type"));
      Interests.Bounds share = Interests.bounds(interest.get("share"));
      if (share.known() && share.min() > share.max()) {
        flaws.add(Flaw.at(s.index(), "share minimum " + share.min() + " is above its maximum " + share.max()
            + ", expected minimum <= maximum", "recordDetails", "interests", i, "share"));
        continue;
      }
      if (stateParty && mapping.kind() == EdgeKind.OWNS && !mapping.folded() && share.known()
          && share.min() > MAJORITY) {
        stateOwned.add(subject);
      }
      // The components of an indirect interest carry it; an edge for it too would count it twice.
      if (chain && "indirect".equals(Json.text(interest, "directOrIndirect"))) {
        continue;
      }
      if (mapping.folded() && shareholding) {
        continue;
      }
      Validity validity = validity(s, interest, i, lower, upper);
      if (validity == null) {
        continue;
      }
      edges.add(new Edge(fileName + "#" + s.statementId() + "#" + i, mapping.kind(), party, subject, validity,
          s.provenance(), mapping.terms(share, stateParty)));
      references.putIfAbsent(subject, new Reference(subject, NodeKind.ORGANIZATION, s.provenance()));
      // BODS: an interest that makes its holder a beneficial owner is held by a natural person.
      boolean person = interest.path("beneficialOwnershipOrControl").asBoolean(false);
      references.putIfAbsent(party, new Reference(party, person ? NodeKind.PERSON : NodeKind.ORGANIZATION,
          s.provenance()));
    }
  }

  /** The window of one interest within its statement's window; null when it is empty. */
  private Validity validity(Statement s, JsonNode interest, int i, LocalDate lower, LocalDate upper) {
    LocalDate start = date(s, interest, "startDate", i);
    LocalDate end = date(s, interest, "endDate", i);
    if (start != null && end != null && end.isBefore(start)) {
      flaws.add(Flaw.at(s.index(), "endDate " + end + " is before startDate " + start
          + ", expected an interest to end after it starts", "recordDetails", "interests", i, "endDate"));
      return null;
    }
    LocalDate from = later(start, lower);
    LocalDate until = earlier(end, upper);
    if (from != null && until != null && !from.isBefore(until)) {
      return null;
    }
    return from == null && until == null ? Validity.ALWAYS : new Validity(from, until);
  }

  private LocalDate date(Statement s, JsonNode interest, String field, int i) {
    try {
      return Json.date(Json.text(interest, field));
    } catch (DateTimeParseException e) {
      flaws.add(Flaw.at(s.index(), field + " '" + Json.text(interest, field) + "' is not a date, expected YYYY-MM-DD",
          "recordDetails", "interests", i, field));
      return null;
    }
  }

  static boolean isState(String entityType) {
    return "state".equals(entityType) || "stateBody".equals(entityType);
  }

  /** The earlier of two days, null meaning open (never). */
  private static LocalDate earlier(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  /** The later of two days, null meaning open (always). */
  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }
}
