package dev.spillover.screening.match;

import java.util.Locale;
import java.util.Objects;

/**
 * One term of a score: what was compared, the value found and what it adds to the score (negative
 * when it speaks against the match). The contributions of a {@link Match}'s features add up to its
 * score.
 *
 * @param name the feature, one of the constants below
 * @param value what was measured: a similarity in [0, 1], or 1 and -1 for agreement and conflict
 * @param contribution what it adds to the score
 * @param detail what was compared, for a person reading the explanation
 */
public record Feature(String name, double value, double contribution, String detail) {

  /** Similarity of the best pair of names, weighted. */
  public static final String NAME = "name";
  /** The names are the same after normalization (order of words, legal form, script aside). */
  public static final String NAME_EXACT = "name.exact";
  /** The name matched is one the list itself calls weak. */
  public static final String WEAK_ALIAS = "name.weak_alias";
  /** The query and the entry are parties of different kinds (a person and a company). */
  public static final String SCHEMA = "schema";
  /** The countries agree or contradict. */
  public static final String COUNTRY = "country";
  /** The dates of birth or incorporation agree or contradict. */
  public static final String DATE = "date";
  /** An identifier (LEI, ISIN, USCC, registration number...) is shared or contradicts. */
  public static final String IDENTIFIER = "identifier";
  /** Brings the sum back into [0, 1]: only when strong evidence adds up past 1. */
  public static final String BOUND = "bound";

  public Feature {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(detail, "detail");
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT, "%-16s %+.3f  (%.3f) %s", name, contribution, value, detail);
  }
}
