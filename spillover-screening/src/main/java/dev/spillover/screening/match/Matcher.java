package dev.spillover.screening.match;

import dev.spillover.screening.list.EntryLocation;
import dev.spillover.screening.list.EntryName;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.PartyType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores a query against a list entry and explains the score.
 *
 * <p>The score is a sum of features ({@link Feature}): the similarity of the best pair of names
 * times {@value #NAME_WEIGHT}, {@value #EXACT_WEIGHT} more when the names are the same after
 * normalization, then agreement or conflict of party kind, countries, dates and identifiers. An
 * identical name alone scores 0.75; the same name with agreeing country and date of birth 0.88; a
 * name with one typo about 0.58. Only strong evidence (a shared identifier) can take the sum past 1,
 * and then a {@link Feature#BOUND} term brings it back, so the features still add up to the score.
 * docs/screening.md gives the reasons for each weight.
 *
 * <p>Thread-safe. Scoring one entry with {@link #score} normalizes the entry's names each time;
 * to screen against a list, build a {@link ScreeningIndex}, which prepares them once.
 */
public final class Matcher {

  /** Weight of the name similarity (in [0, 1]). */
  public static final double NAME_WEIGHT = 0.60;
  /** Added when the names are the same after normalization. */
  public static final double EXACT_WEIGHT = 0.15;
  /** Taken off when the best name is one the list calls weak. */
  public static final double WEAK_ALIAS_PENALTY = -0.10;

  private final Thresholds thresholds;

  /** A matcher with {@link Thresholds#DEFAULT}. */
  public Matcher() {
    this(Thresholds.DEFAULT);
  }

  public Matcher(Thresholds thresholds) {
    this.thresholds = Objects.requireNonNull(thresholds, "thresholds");
  }

  public Thresholds thresholds() {
    return thresholds;
  }

  /** {@code query} scored against {@code entry}: the best of the entry's names, with the other evidence. */
  public Match score(Query query, ListEntry entry) {
    return score(new PreparedQuery(query), new PreparedEntry(entry));
  }

  /**
   * Two bare names scored against each other, as {@code screen --pairs} does: {@code name2} is
   * taken as a one-name list entry of kind {@code schema} (null when unknown), {@code name1} as the
   * query. The result's entry is that synthetic entry (list "pair", id "name2").
   */
  public Match scorePair(String name1, String name2, PartyType schema) {
    ListEntry entry = new ListEntry("pair", "name2", schema == null ? PartyType.UNKNOWN : schema,
        EntryName.primary(name2), List.of(), List.of(), List.of(), List.of(), List.of(), null, null,
        List.of(), List.of(), null, new EntryLocation("pair", 0));
    return score(Query.of(name1).withSchema(schema), entry);
  }

  Match score(PreparedQuery query, PreparedEntry entry) {
    ListEntry e = entry.entry;
    boolean person = query.schema == PartyType.PERSON || e.type() == PartyType.PERSON;
    // The best name: highest name contribution, weak aliases discounted.
    double bestValue = -1;
    int best = 0;
    NameSimilarity.Result bestResult = null;
    for (int i = 0; i < entry.names.length; i++) {
      NameSimilarity.Result r = NameSimilarity.compare(query.name, entry.names[i], person);
      double value = NAME_WEIGHT * r.similarity() + (r.exact() ? EXACT_WEIGHT : 0)
          + (entry.kinds[i] == EntryName.Kind.WEAK_ALIAS ? WEAK_ALIAS_PENALTY : 0);
      if (value > bestValue) {
        bestValue = value;
        best = i;
        bestResult = r;
      }
    }
    PreparedName matched = entry.names[best];
    List<Feature> features = new ArrayList<>(8);
    features.add(new Feature(Feature.NAME, bestResult.similarity(), NAME_WEIGHT * bestResult.similarity(),
        "'" + query.name + "' ~ '" + matched + "' by " + bestResult.view()));
    if (bestResult.exact()) {
      features.add(new Feature(Feature.NAME_EXACT, 1, EXACT_WEIGHT, "same name after normalization"));
    }
    if (entry.kinds[best] == EntryName.Kind.WEAK_ALIAS) {
      features.add(new Feature(Feature.WEAK_ALIAS, 1, WEAK_ALIAS_PENALTY, "the list calls this alias weak"));
    }
    addIfPresent(features, Evidence.schema(query.schema, query.schemaInferred, e.type()));
    addIfPresent(features, Evidence.country(query.query.countries(), e.countries()));
    addIfPresent(features, Evidence.date(query.dates, entry.dates));
    addIfPresent(features, Evidence.identifier(query.query.identifiers(), e.identifiers()));
    double sum = 0;
    for (Feature f : features) {
      sum += f.contribution();
    }
    if (sum > 1) {
      features.add(new Feature(Feature.BOUND, 0, 1 - sum, "scores stop at 1"));
      sum = 1;
    } else if (sum < 0) {
      features.add(new Feature(Feature.BOUND, 0, -sum, "scores stop at 0"));
      sum = 0;
    }
    return new Match(e, entry.names[best].original, sum, thresholds.decide(sum), features);
  }

  private static void addIfPresent(List<Feature> features, Feature f) {
    if (f != null) {
      features.add(f);
    }
  }
}
