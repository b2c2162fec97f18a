package dev.spillover.formats.bods;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spillover.model.Countries;
import dev.spillover.model.Edge;
import dev.spillover.model.Node;
import dev.spillover.model.Organization;
import dev.spillover.model.Organization.OrganizationType;
import dev.spillover.model.Person;
import dev.spillover.model.Seats;
import dev.spillover.model.Source;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Maps the statements of one file, already valid against the schema, to sources, nodes and
 * edges. Statements about the same record form its history; the latest (by date, then place)
 * gives a node's details, and the names of earlier ones become aliases. Relationships go to
 * {@link RelationshipMapper}.
 */
final class StatementMapper {
  /** What a file holds, or the flaws that stop it from loading. */
  record Mapped(List<Source> sources, List<Node> nodes, List<Edge> edges,
      List<RelationshipMapper.Reference> references, List<Flaw> flaws) {}

  private final String fileName;
  private final List<Flaw> flaws = new ArrayList<>();
  private final Map<String, Source> sources = new LinkedHashMap<>();

  /** A mapper for the file named {@code fileName}, which prefixes source and edge ids. */
  StatementMapper(String fileName) {
    this.fileName = fileName;
  }

  Mapped map(List<JsonNode> json) {
    Map<String, List<Statement>> entities = new LinkedHashMap<>();
    Map<String, List<Statement>> persons = new LinkedHashMap<>();
    Map<String, List<Statement>> relationships = new LinkedHashMap<>();
    for (int i = 0; i < json.size(); i++) {
      Statement s = statement(i, json.get(i));
      if (s == null) {
        continue;
      }
      Map<String, List<Statement>> byRecord = switch (s.recordType()) {
        case "entity" -> entities;
        case "person" -> persons;
        default -> relationships;
      };
      byRecord.computeIfAbsent(s.recordId(), k -> new ArrayList<>()).add(s);
    }
    Comparator<Statement> order = Comparator.comparing(Statement::date).thenComparingInt(Statement::index);
    for (Map<String, List<Statement>> byRecord : List.of(entities, persons, relationships)) {
      byRecord.values().forEach(history -> history.sort(order));
    }
    Map<String, String> entityTypes = new LinkedHashMap<>();
    entities.forEach((id, history) -> entityTypes.put(id, Json.text(latest(history).details().path("entityType"), "type")));
    RelationshipMapper relations = new RelationshipMapper(fileName, entityTypes, persons.keySet(), flaws);
    relationships.values().forEach(relations::map);

    List<Node> nodes = new ArrayList<>();
    entities.values().forEach(history -> nodes.add(organization(history, relations.stateOwned())));
    persons.values().forEach(history -> nodes.add(person(history)));
    List<RelationshipMapper.Reference> references = relations.references().stream()
        .filter(r -> !entities.containsKey(r.id()) && !persons.containsKey(r.id()))
        .toList();
    return new Mapped(new ArrayList<>(sources.values()), nodes, relations.edges(), references,
        flaws.stream().distinct().toList());
  }

  private Statement statement(int index, JsonNode json) {
    LocalDate date;
    try {
      date = Json.date(Json.text(json, "statementDate"));
    } catch (DateTimeParseException e) {
      flaws.add(Flaw.at(index, "statementDate '" + Json.text(json, "statementDate")
          + "' is not a date, expected YYYY-MM-DD or a date-time", "statementDate"));
      return null;
    }
    return new Statement(index, json, Json.text(json, "recordType"), Json.text(json, "recordId"),
        Json.text(json, "recordStatus"), date, source(json.path("publicationDetails")));
  }

  /** One source per publisher in the file: {@code bods:FILE} for the first, {@code bods:FILE#2} and on for others. */
  private String source(JsonNode publication) {
    JsonNode publisher = publication.path("publisher");
    String name = Json.text(publisher, "name");
    String url = Json.text(publisher, "url");
    String key = name + "\u0000" + url;
    Source known = sources.get(key);
    if (known != null) {
      return known.id();
    }
    String id = "bods:" + fileName + (sources.isEmpty() ? "" : "#" + (sources.size() + 1));
    LocalDate published = null;
    try {
      published = Json.date(Json.text(publication, "publicationDate"));
    } catch (DateTimeParseException e) {
      // The schema checks the format; a date it lets through but Java cannot read is left out.
    }
    String title = "BODS statements in " + fileName + (name == null ? "" : ", published by " + name);
    sources.put(key, new Source(id, title, name, url, published));
    return id;
  }

  private static Organization organization(List<Statement> history, java.util.Set<String> stateOwned) {
    Statement last = latest(history);
    JsonNode details = last.details();
    String name = orDefault(Json.text(details, "name"),
        unnamed(Json.text(details.path("entityType"), "type"), "Entity", last.recordId()));
    List<String> aliases = new ArrayList<>();
    for (int k = history.size() - 1; k >= 0; k--) {
      JsonNode earlier = history.get(k).details();
      addName(aliases, name, Json.text(earlier, "name"));
      Json.array(earlier, "alternateNames").forEach(n -> addName(aliases, name, n.asText(null)));
    }
    String business = null;
    for (JsonNode address : Json.array(details, "addresses")) {
      if (business == null && "business".equals(Json.text(address, "type"))) {
        business = country(Json.text(address.path("country"), "code"));
      }
    }
    Seats seats = new Seats(country(Json.text(details.path("jurisdiction"), "code")), null, business, null);
    return new Organization(last.recordId(), name, aliases, identifiers(details), last.provenance(),
        type(details.path("entityType")), seats, stateOwned.contains(last.recordId()));
  }

  private static Person person(List<Statement> history) {
    Statement last = latest(history);
    JsonNode details = last.details();
    List<String> names = new ArrayList<>();
    for (int k = history.size() - 1; k >= 0; k--) {
      Json.array(history.get(k).details(), "names").forEach(n -> addName(names, null, Json.text(n, "fullName")));
    }
    String name = names.isEmpty() ? unnamed(Json.text(details, "personType"), "Person", last.recordId())
        : names.remove(0);
    List<String> nationalities = new ArrayList<>();
    for (JsonNode nationality : Json.array(details, "nationalities")) {
      String code = country(Json.text(nationality, "code"));
      if (code != null && !nationalities.contains(code)) {
        nationalities.add(code);
      }
    }
    String residence = null;
    for (JsonNode address : Json.array(details, "addresses")) {
      if (residence == null && "residence".equals(Json.text(address, "type"))) {
        residence = country(Json.text(address.path("country"), "code"));
      }
    }
    return new Person(last.recordId(), name, names, identifiers(details), last.provenance(), nationalities,
        new Seats(null, null, null, residence));
  }

  private static OrganizationType type(JsonNode entityType) {
    String type = orDefault(Json.text(entityType, "type"), "");
    return switch (type) {
      case "registeredEntity" -> OrganizationType.COMPANY;
      case "legalEntity" -> "trust".equals(Json.text(entityType, "subtype")) ? OrganizationType.OTHER
          : OrganizationType.COMPANY;
      case "state", "stateBody" -> OrganizationType.STATE_BODY;
      default -> OrganizationType.OTHER;
    };
  }

  /** Identifiers by lower-case scheme (or scheme name, when there is no scheme code); the first of a scheme wins. */
  private static Map<String, String> identifiers(JsonNode details) {
    Map<String, String> identifiers = new LinkedHashMap<>();
    for (JsonNode identifier : Json.array(details, "identifiers")) {
      String scheme = orDefault(Json.text(identifier, "scheme"), Json.text(identifier, "schemeName"));
      String id = Json.text(identifier, "id");
      if (scheme != null && id != null) {
        identifiers.putIfAbsent(scheme.toLowerCase(Locale.ROOT), id);
      }
    }
    return identifiers;
  }

  /**
   * An ISO 3166-1 alpha-2 code from a BODS country or jurisdiction code: the code itself, or the
   * country of an ISO 3166-2 subdivision ({@code US-DE} is in {@code US}); null when unknown.
   */
  static String country(String code) {
    if (code == null || code.length() < 2 || (code.length() > 2 && code.charAt(2) != '-')) {
      return null;
    }
    String alpha2 = code.substring(0, 2).toUpperCase(Locale.ROOT);
    return Countries.isKnown(alpha2) ? alpha2 : null;
  }

  /** A name for a record without one: "anonymous person ID", "unknown entity ID", or the id itself. */
  private static String unnamed(String type, String noun, String id) {
    for (String kind : List.of("anonymous", "unknown")) {
      if ((kind + noun).equals(type)) {
        return kind + " " + noun.toLowerCase(Locale.ROOT) + " " + id;
      }
    }
    return id;
  }

  private static Statement latest(List<Statement> history) {
    return history.get(history.size() - 1);
  }

  private static void addName(List<String> names, String primary, String name) {
    if (name != null && !name.isBlank() && !name.equals(primary) && !names.contains(name)) {
      names.add(name);
    }
  }

  private static String orDefault(String value, String otherwise) {
    return value == null ? otherwise : value;
  }
}
