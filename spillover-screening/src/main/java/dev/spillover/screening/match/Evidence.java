package dev.spillover.screening.match;

import dev.spillover.screening.list.Identifier;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.PartyType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The evidence besides the name: party kind, countries, dates, identifiers. Each method returns
 * the feature it found, or null when there is nothing to compare (a side that does not say is
 * neither agreement nor conflict).
 */
final class Evidence {

  /** Party kinds that cannot be the same party. */
  static final double SCHEMA_CONFLICT = -0.20;
  static final double COUNTRY_AGREES = 0.05;
  static final double COUNTRY_CONFLICT = -0.05;
  static final double DATE_EXACT = 0.08;
  static final double DATE_YEAR = 0.04;
  static final double DATE_CONFLICT = -0.10;
  /** A shared identifier is strong evidence: with a fair name it is a match on its own. */
  static final double IDENTIFIER_AGREES = 0.40;
  /** Both sides give a one-per-party identifier (LEI, USCC, IMO) and the values differ. */
  static final double IDENTIFIER_CONFLICT = -0.20;

  /** Identifier types a party has at most one of: different values mean different parties. */
  private static final Set<String> UNIQUE = Set.of(Identifier.LEI, Identifier.USCC, Identifier.IMO);

  private Evidence() {}

  static Feature schema(PartyType query, boolean inferred, PartyType entry) {
    if (query == null || query == PartyType.UNKNOWN || entry == PartyType.UNKNOWN) {
      return null;
    }
    if (kind(query) == kind(entry)) {
      return null;
    }
    return new Feature(Feature.SCHEMA, -1, SCHEMA_CONFLICT, "query is " + name(query)
        + (inferred ? " (from its legal form)" : "") + ", entry is " + name(entry));
  }

  /** Organizations and companies are one kind: lists use either for the same bodies. */
  private static int kind(PartyType type) {
    return switch (type) {
      case PERSON -> 0;
      case ORGANIZATION, COMPANY -> 1;
      case VESSEL -> 2;
      case AIRCRAFT -> 3;
      case UNKNOWN -> -1;
    };
  }

  private static String name(PartyType type) {
    return type.name().toLowerCase(Locale.ROOT);
  }

  static Feature country(List<String> query, List<String> entry) {
    if (query.isEmpty() || entry.isEmpty()) {
      return null;
    }
    for (String c : query) {
      if (entry.contains(c)) {
        return new Feature(Feature.COUNTRY, 1, COUNTRY_AGREES, c + " on both sides");
      }
    }
    return new Feature(Feature.COUNTRY, -1, COUNTRY_CONFLICT, "query " + String.join(",", query)
        + ", entry " + String.join(",", entry));
  }

  /**
   * The best agreement between any date of the query and any of the entry: the same full date,
   * the same year (one side less precise), nothing to say (same year but another day, which
   * typos and day-month swaps produce; or one year apart, which approximate birth years produce),
   * or a conflict (two years or more apart).
   */
  static Feature date(List<PartialDate> query, List<PartialDate> entry) {
    if (query.isEmpty() || entry.isEmpty()) {
      return null;
    }
    Feature best = null;
    for (PartialDate q : query) {
      for (PartialDate e : entry) {
        Feature f;
        if (q.agreesWith(e)) {
          f = q.isFull() && e.isFull()
              ? new Feature(Feature.DATE, 1, DATE_EXACT, q + " on both sides")
              : new Feature(Feature.DATE, 0.5, DATE_YEAR, q + " and " + e + " agree");
        } else if (Math.abs(q.year() - e.year()) <= 1) {
          f = new Feature(Feature.DATE, 0, 0, q + " and " + e + " are close");
        } else {
          f = new Feature(Feature.DATE, -1, DATE_CONFLICT, q + " and " + e + " differ");
        }
        if (best == null || f.contribution() > best.contribution()) {
          best = f;
        }
      }
    }
    return best;
  }

  static Feature identifier(List<Identifier> query, List<Identifier> entry) {
    if (query.isEmpty() || entry.isEmpty()) {
      return null;
    }
    String conflict = null;
    for (Identifier q : query) {
      String qv = normalize(q.value());
      for (Identifier e : entry) {
        boolean sameType = q.type().equalsIgnoreCase(e.type());
        if (qv.length() >= 4 && qv.equals(normalize(e.value())) && (sameType || !canonical(q.type()) || !canonical(e.type()))) {
          return new Feature(Feature.IDENTIFIER, 1, IDENTIFIER_AGREES, e.type() + " " + e.value() + " on both sides");
        }
        if (sameType && UNIQUE.contains(e.type())) {
          conflict = e.type() + " " + q.value() + " against " + e.value();
        }
      }
    }
    return conflict == null ? null : new Feature(Feature.IDENTIFIER, -1, IDENTIFIER_CONFLICT, conflict);
  }

  static boolean canonical(String type) {
    return switch (type) {
      case Identifier.LEI, Identifier.ISIN, Identifier.USCC, Identifier.REGISTRATION, Identifier.TAX,
          Identifier.IMO, Identifier.SWIFT, Identifier.PASSPORT, Identifier.NATIONAL_ID -> true;
      default -> false;
    };
  }

  /** Upper case, letters and digits only: "9131 0000 MA1K" and "91310000ma1k" are one value. */
  static String normalize(String value) {
    StringBuilder out = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toUpperCase(c));
      }
    }
    return out.toString();
  }

  static List<PartialDate> dates(List<String> texts) {
    return texts.stream().map(PartialDate::parse).filter(d -> d != null).toList();
  }

  static boolean isPerson(ListEntry entry) {
    return entry.type() == PartyType.PERSON;
  }
}
