package dev.spillover.formats.gleif;

import dev.spillover.model.Countries;
import dev.spillover.model.Organization;
import dev.spillover.model.Organization.OrganizationType;
import dev.spillover.model.Provenance;
import dev.spillover.model.Seats;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Level 1 LEI records, from LEI-CDF XML ({@code LEIRecord}) or API JSON ({@code lei-records}), to
 * {@link Organization}s. Both shapes are first picked apart into the same {@link Parts}, so the
 * mapping and its checks exist once; docs/formats/gleif.md gives the mapping.
 */
final class Entities {
  /** Identifier schemes an LEI record fills in. */
  static final String LEI = "lei";
  static final String REGISTRATION_AUTHORITY = "registrationAuthority";
  static final String REGISTRATION_AUTHORITY_ENTITY_ID = "registrationAuthorityEntityId";

  private Entities() {}

  /** The fields of one LEI record, as trees (null when absent), with how to name each in messages. */
  private record Parts(
      Tree record, boolean json, String what, Function<String, String> label,
      Tree lei, Tree legalName, List<Tree> otherNames, Tree jurisdiction, Tree headquartersCountry,
      Tree legalCountry, Tree registrationAuthority, Tree registrationAuthorityEntityId, Tree category,
      Tree lastUpdate) {}

  /** The organization of an LEI-CDF {@code LEIRecord} element; null after recording problems. */
  static Organization fromXml(Tree record, int index, GleifFile file) {
    Tree entity = record.child("Entity");
    Tree registration = record.child("Registration");
    List<Tree> otherNames = new ArrayList<>();
    otherNames.addAll(all(entity, "OtherEntityNames", "OtherEntityName"));
    otherNames.addAll(all(entity, "TransliteratedOtherEntityNames", "TransliteratedOtherEntityName"));
    Tree authority = at(entity, "RegistrationAuthority");
    String lei = text(record.child("LEI"));
    return organization(new Parts(record, false, "LEIRecord " + (lei != null ? lei : "#" + index), path -> path,
        record.child("LEI"), at(entity, "LegalName"), otherNames, at(entity, "LegalJurisdiction"),
        at(entity, "HeadquartersAddress", "Country"), at(entity, "LegalAddress", "Country"),
        at(authority, "RegistrationAuthorityID"), at(authority, "RegistrationAuthorityEntityID"),
        at(entity, "EntityCategory"), at(registration, "LastUpdateDate")), file);
  }

  /** The organization of an API {@code lei-records} resource object; null after recording problems. */
  static Organization fromJson(Tree data, GleifFile file) {
    Tree attributes = data.child("attributes");
    Tree entity = at(attributes, "entity");
    List<Tree> otherNames = new ArrayList<>();
    for (String list : List.of("otherNames", "transliteratedOtherNames")) {
      Tree names = at(entity, list);
      if (names != null) {
        names.items().forEach(name -> otherNames.add(name.child("name") != null ? name.child("name") : name));
      }
    }
    String lei = text(at(attributes, "lei"));
    return organization(new Parts(data, true, "lei-records " + (lei != null ? lei : data.path()),
        path -> data.path() + "/attributes/" + path,
        at(attributes, "lei"), at(entity, "legalName", "name"), otherNames, at(entity, "jurisdiction"),
        at(entity, "headquartersAddress", "country"), at(entity, "legalAddress", "country"),
        at(entity, "registeredAt", "id"), at(entity, "registeredAs"), at(entity, "category"),
        at(attributes, "registration", "lastUpdateDate")), file);
  }

  private static Organization organization(Parts parts, GleifFile file) {
    Function<String, String> label = parts.label();
    boolean json = parts.json();
    int before = file.problemCount();
    String lei = file.lei(parts.record(), parts.lei(), parts.what(), label.apply(json ? "lei" : "LEI"));
    String name = file.requiredText(parts.record(), parts.legalName(), parts.what(),
        label.apply(json ? "entity/legalName/name" : "Entity/LegalName"));
    String headquarters = country(parts.headquartersCountry(), parts, file,
        json ? "entity/headquartersAddress/country" : "Entity/HeadquartersAddress/Country");
    String legalSeat = country(parts.legalCountry(), parts, file,
        json ? "entity/legalAddress/country" : "Entity/LegalAddress/Country");
    LocalDate updated = file.date(parts.lastUpdate(), parts.what(),
        label.apply(json ? "registration/lastUpdateDate" : "Registration/LastUpdateDate"));
    if (file.problemCount() > before) {
      return null;
    }
    Provenance provenance = file.provenance(updated, parts.record(), parts.what());
    if (provenance == null) {
      return null;
    }
    List<String> aliases = new ArrayList<>();
    for (Tree other : parts.otherNames()) {
      String alias = text(other);
      if (alias != null && !alias.equals(name) && !aliases.contains(alias)) {
        aliases.add(alias);
      }
    }
    Map<String, String> identifiers = new LinkedHashMap<>();
    identifiers.put(LEI, lei);
    String authority = text(parts.registrationAuthority());
    String entityId = text(parts.registrationAuthorityEntityId());
    if (entityId != null) {
      identifiers.put(REGISTRATION_AUTHORITY_ENTITY_ID, entityId);
      if (authority != null) {
        identifiers.put(REGISTRATION_AUTHORITY, authority);
      }
    }
    Seats seats = new Seats(incorporation(text(parts.jurisdiction())), headquarters, null, legalSeat);
    return new Organization(lei, name, aliases, identifiers, provenance, type(text(parts.category())), seats, false);
  }

  /**
   * The country of a legal jurisdiction: the code itself when it is an ISO 3166-1 alpha-2 code, the
   * country part of an ISO 3166-2 subdivision such as {@code US-DE}; null otherwise.
   */
  static String incorporation(String jurisdiction) {
    if (jurisdiction == null) {
      return null;
    }
    String country = jurisdiction.length() > 3 && jurisdiction.charAt(2) == '-'
        ? jurisdiction.substring(0, 2) : jurisdiction;
    return Countries.isKnown(country) ? country : null;
  }

  private static String country(Tree value, Parts parts, GleifFile file, String field) {
    String code = text(value);
    if (code == null) {
      return null;
    }
    if (!Countries.isKnown(code)) {
      file.problem(value, parts.what() + ": " + parts.label().apply(field) + " is " + value.describe()
          + ", expected an ISO 3166-1 alpha-2 country code such as DE");
      return null;
    }
    return code;
  }

  /** GLEIF's entity category, where it says one: funds, government entities; companies otherwise. */
  private static OrganizationType type(String category) {
    if (category == null) {
      return OrganizationType.COMPANY;
    }
    return switch (category) {
      case "FUND" -> OrganizationType.FUND;
      case "RESIDENT_GOVERNMENT_ENTITY" -> OrganizationType.STATE_BODY;
      case "INTERNATIONAL_ORGANIZATION", "SOLE_PROPRIETOR" -> OrganizationType.OTHER;
      default -> OrganizationType.COMPANY;
    };
  }

  static Tree at(Tree tree, String... steps) {
    return tree == null ? null : tree.at(steps);
  }

  static String text(Tree tree) {
    return tree == null ? null : tree.text();
  }

  private static List<Tree> all(Tree entity, String list, String item) {
    Tree names = at(entity, list);
    return names == null ? List.of() : names.all(item);
  }
}
