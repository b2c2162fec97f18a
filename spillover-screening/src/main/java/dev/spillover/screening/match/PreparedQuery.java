package dev.spillover.screening.match;

import dev.spillover.screening.list.PartyType;
import java.util.List;

/** A query with its name prepared and its dates parsed, once per search. */
final class PreparedQuery {

  final Query query;
  final PreparedName name;
  /** The query's schema, or ORGANIZATION when it gave none and its name carries a legal form. */
  final PartyType schema;
  final boolean schemaInferred;
  final List<PartialDate> dates;

  PreparedQuery(Query query) {
    this.query = query;
    boolean person = query.schema() == PartyType.PERSON;
    this.name = NameNormalizer.prepare(query.name(), person);
    boolean unknown = query.schema() == null || query.schema() == PartyType.UNKNOWN;
    this.schemaInferred = unknown && name.legalForm != null;
    this.schema = schemaInferred ? PartyType.ORGANIZATION : query.schema();
    this.dates = Evidence.dates(query.dates());
  }
}
