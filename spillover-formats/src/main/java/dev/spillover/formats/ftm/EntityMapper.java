package dev.spillover.formats.ftm;

import com.fasterxml.jackson.databind.JsonNode;
import dev.spillover.model.Confidence;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Node;
import dev.spillover.model.NodeKind;
import dev.spillover.model.Organization;
import dev.spillover.model.Person;
import dev.spillover.model.Provenance;
import dev.spillover.model.RestrictedList;
import dev.spillover.model.Seats;
import dev.spillover.model.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Maps the entities of one file to the model, as {@link FtmImporter} documents: parties at once,
 * relationships (Ownership, Sanction) once the whole file is known, since they may name entities
 * further down. Records problems; {@link #finish} gives what to write when there are none.
 */
final class EntityMapper {
  private static final Map<String, Organization.OrganizationType> ORGANIZATIONS = Map.of(
      "Company", Organization.OrganizationType.COMPANY,
      "Organization", Organization.OrganizationType.OTHER,
      "LegalEntity", Organization.OrganizationType.OTHER,
      "PublicBody", Organization.OrganizationType.STATE_BODY);

  /** FtM identifier properties of organizations, and the scheme each is kept under. */
  static final Map<String, String> ORGANIZATION_IDS = ordered(
      "leiCode", "lei", "innCode", "inn", "ogrnCode", "ogrn", "okpoCode", "okpo", "uscCode", "uscc",
      "registrationNumber", "registrationNumber", "taxNumber", "taxNumber", "vatCode", "vat", "isinCode", "isin",
      "swiftBic", "swiftBic", "bikCode", "bik", "dunsCode", "duns", "uniqueEntityId", "uei", "cikCode", "cik",
      "permId", "permId", "imoNumber", "imo", "wikidataId", "wikidata");

  /** FtM identifier properties of persons, and the scheme each is kept under. */
  static final Map<String, String> PERSON_IDS = ordered(
      "innCode", "inn", "taxNumber", "taxNumber", "idNumber", "idNumber", "passportNumber", "passport",
      "uniqueEntityId", "uei", "wikidataId", "wikidata");

  private static final List<String> OTHER_NAMES = List.of("alias", "previousName", "weakAlias");

  /** Weak aliases ("CST", "ZALA") are unfit for matching: a name of last resort, never an alias. */
  private static final List<String> ALIAS_NAMES = List.of("alias", "previousName");

  /** An entity of the file: where it is and what it is (its values are not kept). */
  private record Seen(int line, String schema) {}

  /** A relationship read, waiting for the file's end to learn what its ends are. */
  private record Pending(int line, String id, String schema, EdgeKind kind, String from, String to,
      Validity validity, Provenance provenance, EdgeTerms terms) {
    String describe() {
      return schema + " " + FtmValues.quote(id);
    }
  }

  private final String file;
  private final String sourceId;
  private final LocalDate fileDate;
  private final ProblemLog problems;
  private final Map<String, Seen> byId = new HashMap<>();
  private final Map<String, NodeKind> parties = new HashMap<>();
  private final List<Node> nodes = new ArrayList<>();
  private final SanctionLists lists;
  private final List<Pending> pending = new ArrayList<>();
  private final Map<String, Integer> schemas = new TreeMap<>();
  private final Map<String, Integer> skipped = new TreeMap<>();
  private final List<String> notes = new ArrayList<>();

  EntityMapper(String file, String sourceId, LocalDate fileDate, ProblemLog problems) {
    this.file = file;
    this.sourceId = sourceId;
    this.fileDate = fileDate;
    this.problems = problems;
    this.lists = new SanctionLists();
  }

  /** Maps one entity object, read at {@code line}. */
  void accept(int line, JsonNode root) {
    FtmEntity entity = FtmEntity.of(line, root, problems);
    if (entity == null) {
      return;
    }
    Seen first = byId.putIfAbsent(entity.id, new Seen(line, entity.schema));
    if (first != null) {
      entity.problem("the id is used again (first at line " + first.line + "), expected each entity once per file");
      return;
    }
    schemas.merge(entity.schema, 1, Integer::sum);
    switch (entity.schema) {
      case "Person" -> person(entity);
      case "Ownership" -> ownership(entity);
      case "Sanction" -> sanction(entity);
      default -> {
        if (ORGANIZATIONS.containsKey(entity.schema)) {
          organization(entity);
        } else {
          skipped.merge(entity.schema, 1, Integer::sum);
        }
      }
    }
  }

  private void organization(FtmEntity e) {
    List<String> countries = FtmValues.countries(e.values("country"));
    List<String> jurisdictions = FtmValues.countries(e.values("jurisdiction"));
    List<String> mainCountries = FtmValues.countries(e.values("mainCountry"));
    String incorporation = jurisdictions.isEmpty() ? null : jurisdictions.get(0);
    String principal = mainCountries.isEmpty() ? null : mainCountries.get(0);
    // FtM's country is a loose association; it is taken as the headquarters only when it names one
    // country and the more specific mainCountry does not contradict it.
    String headquarters = countries.size() == 1 && (principal == null || principal.equals(countries.get(0)))
        ? countries.get(0) : null;
    Provenance provenance = provenance(e);
    nodes.add(new Organization(e.id, name(e), aliases(e), identifiers(e, ORGANIZATION_IDS), provenance,
        ORGANIZATIONS.get(e.schema), new Seats(incorporation, headquarters, principal, null), false));
    parties.put(e.id, NodeKind.ORGANIZATION);
  }

  private void person(FtmEntity e) {
    List<String> nationalities = new ArrayList<>(FtmValues.countries(e.values("nationality")));
    for (String code : FtmValues.countries(e.values("citizenship"))) {
      if (!nationalities.contains(code)) {
        nationalities.add(code);
      }
    }
    List<String> countries = FtmValues.countries(e.values("country"));
    Seats seats = new Seats(null, null, null, countries.size() == 1 ? countries.get(0) : null);
    nodes.add(new Person(e.id, name(e), aliases(e), identifiers(e, PERSON_IDS), provenance(e), nationalities, seats));
    parties.put(e.id, NodeKind.PERSON);
  }

  private void ownership(FtmEntity e) {
    String owner = reference(e, "owner");
    String asset = reference(e, "asset");
    Validity validity = validity(e);
    EdgeTerms.Share share = share(e);
    if (owner == null || asset == null || validity == null || share == null) {
      return;
    }
    if (owner.equals(asset)) {
      notes.add("line " + e.line + ": " + e.describe() + " has " + FtmValues.quote(owner)
          + " owning itself (own shares held in treasury); skipped");
      return;
    }
    pending.add(new Pending(e.line, e.id, e.schema, EdgeKind.OWNS, owner, asset, validity, provenance(e), share));
  }

  private void sanction(FtmEntity e) {
    String entity = reference(e, "entity");
    Validity validity = validity(e);
    if (entity == null || validity == null) {
      return;
    }
    Provenance provenance = provenance(e);
    String list = lists.add(e, provenance);
    pending.add(new Pending(e.line, e.id, e.schema, EdgeKind.LISTED_ON, entity, list, validity, provenance,
        EdgeTerms.NONE));
  }

  /**
   * Resolves the relationships against the whole file and returns what to write. Call once, after
   * the last entity; the result is meaningful only when no problem was recorded.
   */
  FtmImport finish() {
    Map<String, Provenance> references = new LinkedHashMap<>();
    List<Edge> edges = new ArrayList<>();
    int unknownShares = 0;
    for (Pending p : pending) {
      if (!resolveParty(p, p.from(), p.kind() == EdgeKind.OWNS ? "owner" : "entity", references)) {
        continue;
      }
      if (p.kind() == EdgeKind.OWNS && !resolveAsset(p, references)) {
        continue;
      }
      edges.add(new Edge(file + "#" + p.id(), p.kind(), p.from(), p.to(), p.validity(), p.provenance(),
          p.terms()));
      if (p.terms() instanceof EdgeTerms.Share share && !share.known()) {
        unknownShares++;
      }
    }
    if (unknownShares > 0) {
      notes.add(unknownShares + " ownership(s) without a percentage: share unknown (0 to 100 %)");
    }
    List<Node> all = new ArrayList<>(nodes);
    all.addAll(lists.build());
    FtmImporter.Summary summary = new FtmImporter.Summary(schemas, skipped, all.size(), edges.size(),
        references.size(), notes);
    return new FtmImport(all, edges, references, summary);
  }

  /** What one file gives: nodes, edges, ids to reference (organizations by default), the summary. */
  record FtmImport(List<Node> nodes, List<Edge> edges, Map<String, Provenance> references,
      FtmImporter.Summary summary) {}

  /** True when {@code id} can start the edge: a person or organization, of this file or not. */
  private boolean resolveParty(Pending p, String id, String role, Map<String, Provenance> references) {
    if (parties.containsKey(id)) {
      return true;
    }
    Seen other = byId.get(id);
    if (other == null) {
      references.putIfAbsent(id, p.provenance());
      return true;
    }
    if (p.kind() == EdgeKind.LISTED_ON) {
      notes.add("line " + p.line() + ": " + p.describe() + " lists " + other.schema() + " " + FtmValues.quote(id)
          + ", which is not a person or organization; skipped");
    } else {
      problems.add(p.line(), p.describe() + ": " + role + " " + FtmValues.quote(id) + " is of schema "
          + other.schema() + " (line " + other.line() + "), expected a person or organization (an FtM LegalEntity)");
    }
    return false;
  }

  /** True when the asset can end an ownership edge: an organization, of this file or not. */
  private boolean resolveAsset(Pending p, Map<String, Provenance> references) {
    String id = p.to();
    NodeKind kind = parties.get(id);
    if (kind == NodeKind.ORGANIZATION) {
      return true;
    }
    Seen other = byId.get(id);
    if (other == null) {
      references.putIfAbsent(id, p.provenance());
      return true;
    }
    if (kind == NodeKind.PERSON) {
      problems.add(p.line(), p.describe() + ": asset " + FtmValues.quote(id) + " is of schema Person (line "
          + other.line() + "), expected a company or other organization");
    } else {
      notes.add("line " + p.line() + ": " + p.describe() + " is of " + other.schema() + " " + FtmValues.quote(id)
          + ", an asset other than an organization; skipped");
    }
    return false;
  }

  private String reference(FtmEntity e, String property) {
    List<String> values = e.values(property);
    if (values.size() != 1) {
      e.problem(values.isEmpty() ? "no '" + property + "', expected the id of one entity"
          : values.size() + " values for '" + property + "', expected the id of one entity");
      return null;
    }
    String id = values.get(0);
    if (id.isEmpty()) {
      e.problem("'" + property + "' is an empty string, expected the id of an entity");
      return null;
    }
    if (!FtmValues.ID.matcher(id).matches()) {
      e.problem("'" + property + "' is " + FtmValues.quote(id) + ", expected an entity id (letters, digits and "
          + ". _ : / @ + -)");
      return null;
    }
    return id;
  }

  /**
   * startDate (the earliest) to endDate (the latest), each at the first day of its period; the end
   * is exclusive. An end that is not after the start but whose period contains it (same day, or
   * "2019" ending a start in 2019) gives the start day alone; an end before that is a problem.
   */
  private Validity validity(FtmEntity e) {
    int before = problems.size();
    FtmValues.PartialDate start = e.date("startDate", true);
    FtmValues.PartialDate end = e.date("endDate", false);
    if (problems.size() > before) {
      return null;
    }
    LocalDate from = start == null ? null : start.first();
    LocalDate until = end == null ? null : end.first();
    if (from != null && until != null && !from.isBefore(until)) {
      if (end.last().isBefore(from)) {
        e.problem("endDate " + until + " is before startDate " + from + ", expected the end after the start");
        return null;
      }
      until = from.plusDays(1);
    }
    return new Validity(from, until);
  }

  /** The share from {@code percentage}: unknown when absent, a range when several figures are given. */
  private EdgeTerms.Share share(FtmEntity e) {
    Double min = null;
    Double max = null;
    boolean bad = false;
    for (String text : e.texts("percentage")) {
      Double value = FtmValues.percent(text);
      if (value == null || value < 0 || value > 100) {
        e.problem("percentage " + FtmValues.quote(text) + (value == null ? " is not a number" : " is outside 0 to 100")
            + ", expected a percentage from 0 to 100 such as 50, 50.5, 50% or 50,5");
        bad = true;
      } else {
        min = min == null ? value : Math.min(min, value);
        max = max == null ? value : Math.max(max, value);
      }
    }
    return bad ? null : new EdgeTerms.Share(min, max, EdgeTerms.ShareBasis.EQUITY);
  }

  private Provenance provenance(FtmEntity e) {
    return new Provenance(sourceId, e.asOf(fileDate), Confidence.DECLARED);
  }

  /** The caption when it is one of the names (FtM's display choice), else the first name, alias or the id. */
  private static String name(FtmEntity e) {
    List<String> names = e.texts("name");
    if (e.caption != null && names.contains(e.caption)) {
      return e.caption;
    }
    if (!names.isEmpty()) {
      return names.get(0);
    }
    for (String property : OTHER_NAMES) {
      List<String> others = e.texts(property);
      if (!others.isEmpty()) {
        return others.get(0);
      }
    }
    return e.caption != null ? e.caption : e.id;
  }

  private static List<String> aliases(FtmEntity e) {
    Set<String> aliases = new LinkedHashSet<>(e.texts("name"));
    ALIAS_NAMES.forEach(property -> aliases.addAll(e.texts(property)));
    aliases.remove(name(e));
    return List.copyOf(aliases);
  }

  /** Identifiers by scheme; a second value of the same scheme is kept as {@code scheme_2}, and so on. */
  private static Map<String, String> identifiers(FtmEntity e, Map<String, String> schemes) {
    Map<String, String> identifiers = new LinkedHashMap<>();
    schemes.forEach((property, scheme) -> {
      int n = 0;
      for (String value : e.texts(property)) {
        n++;
        identifiers.put(n == 1 ? scheme : scheme + "_" + n, value);
      }
    });
    return identifiers;
  }

  private static Map<String, String> ordered(String... pairs) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      map.put(pairs[i], pairs[i + 1]);
    }
    return java.util.Collections.unmodifiableMap(map);
  }
}
