package dev.spillover.screening.match;

import dev.spillover.screening.list.Identifier;
import dev.spillover.screening.list.PartyType;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What is screened: a name as written, in any script, and what else is known of the party.
 *
 * @param name the name; never blank
 * @param schema person, company, organization, vessel... or null when unknown; {@link
 *     PartyType#UNKNOWN} means the same as null
 * @param countries ISO 3166-1 alpha-2 codes tied to the party (any case; kept upper case)
 * @param dates dates of birth or incorporation, as {@code 1965}, {@code 1965-04} or {@code
 *     1965-04-29}
 * @param identifiers LEI, ISIN, registration numbers..., with the canonical types of {@link
 *     Identifier} where they apply
 */
public record Query(String name, PartyType schema, List<String> countries, List<String> dates, List<Identifier> identifiers) {

  public Query {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a query name must not be blank");
    }
    countries = countries == null ? List.of() : countries.stream().map(c -> c.strip().toUpperCase(Locale.ROOT)).toList();
    dates = dates == null ? List.of() : List.copyOf(dates);
    identifiers = identifiers == null ? List.of() : List.copyOf(identifiers);
  }

  /** A query with a name only. */
  public static Query of(String name) {
    return new Query(name, null, List.of(), List.of(), List.of());
  }

  /** This query for a party of kind {@code schema}. */
  public Query withSchema(PartyType schema) {
    return new Query(name, schema, countries, dates, identifiers);
  }

  /** This query with the countries given. */
  public Query withCountries(String... codes) {
    return new Query(name, schema, List.of(codes), dates, identifiers);
  }

  /** This query with the dates given. */
  public Query withDates(String... dates) {
    return new Query(name, schema, countries, List.of(dates), identifiers);
  }

  /** This query with the identifiers given. */
  public Query withIdentifiers(Identifier... identifiers) {
    return new Query(name, schema, countries, dates, List.of(identifiers));
  }
}
