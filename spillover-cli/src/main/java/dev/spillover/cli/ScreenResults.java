package dev.spillover.cli;

import dev.spillover.screening.list.PartyType;
import dev.spillover.screening.list.ScreeningList;
import dev.spillover.screening.match.Decision;
import dev.spillover.screening.match.Match;
import dev.spillover.screening.match.Query;
import dev.spillover.screening.match.Thresholds;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/** What {@code spillover screen} found, as its three formats ({@link ScreenTable}, {@link ScreenJson}, {@link ScreenCsv}) write it. */
final class ScreenResults {
  private ScreenResults() {}

  /**
   * One name to screen, as asked.
   *
   * @param line the line of its row in the --input file, or 0 for a name on the command line
   * @param id the caller's own id of the row (column {@code id}), or null
   * @param query the name and what else is known of the party
   * @param extra the cells of the --input columns {@code screen} does not read, carried through
   */
  record Asked(int line, String id, Query query, List<String> extra) {
    Asked {
      extra = List.copyOf(extra);
    }
  }

  /**
   * One name screened: the candidates at or above the review floor, best first (at most --limit),
   * or, when there is none, the best candidate below it, so that the reader sees why it is no match;
   * empty when no entry shares anything with the name.
   */
  record Screened(Asked asked, List<Match> candidates) {
    Screened {
      candidates = List.copyOf(candidates);
    }

    /** The decision for the name: its best candidate's, or NO_MATCH. */
    Decision decision() {
      return candidates.isEmpty() ? Decision.NO_MATCH : candidates.get(0).decision();
    }
  }

  /**
   * Names screened against lists.
   *
   * @param thresholds the thresholds in force
   * @param asOf the day entries had to be in effect on, or null when every entry was screened
   * @param input the --input file as given, or null for names on the command line
   * @param lists the lists loaded
   * @param screened how many entries of each list (by id) were screened
   * @param extraColumns the names of the --input columns carried through
   * @param results one per name, in the order asked
   */
  record Names(Thresholds thresholds, LocalDate asOf, String input, List<ScreeningList> lists,
      Map<String, Integer> screened, List<String> extraColumns, List<Screened> results) {
    Names {
      lists = List.copyOf(lists);
      screened = Map.copyOf(screened);
      extraColumns = List.copyOf(extraColumns);
      results = List.copyOf(results);
    }

    /** The list of {@code id}, or null. */
    ScreeningList list(String id) {
      return lists.stream().filter(l -> l.id().equals(id)).findFirst().orElse(null);
    }

    Map<Decision, Integer> counts() {
      return ScreenResults.counts(results, Screened::decision);
    }
  }

  /**
   * One row of a --pairs file scored.
   *
   * @param line the row's line
   * @param name1 the first name (the query)
   * @param name2 the second name (taken as a one-name list entry)
   * @param schema the kind of party both are, or null when not given
   * @param extra the cells of the columns {@code screen} does not read, carried through
   * @param match the score, the decision and the features
   */
  record Pair(int line, String name1, String name2, PartyType schema, List<String> extra, Match match) {
    Pair {
      extra = List.copyOf(extra);
    }
  }

  /** The rows of a --pairs file scored. */
  record Pairs(Thresholds thresholds, String input, List<String> extraColumns, List<Pair> pairs) {
    Pairs {
      extraColumns = List.copyOf(extraColumns);
      pairs = List.copyOf(pairs);
    }

    Map<Decision, Integer> counts() {
      return ScreenResults.counts(pairs, p -> p.match().decision());
    }
  }

  private static <T> Map<Decision, Integer> counts(List<T> items, Function<T, Decision> decision) {
    Map<Decision, Integer> counts = new EnumMap<>(Decision.class);
    for (Decision d : Decision.values()) {
      counts.put(d, 0);
    }
    for (T item : items) {
      counts.merge(decision.apply(item), 1, Integer::sum);
    }
    return counts;
  }

  /** A decision as the JSON and CSV write it: {@code match}, {@code review}, {@code no-match}. */
  static String label(Decision decision) {
    return decision.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** A party kind as written: {@code person}, {@code company}...; null for null. */
  static String label(PartyType type) {
    return type == null ? null : type.name().toLowerCase(Locale.ROOT);
  }

  /** "1 match, 2 review, 3 no match". */
  static String summary(Map<Decision, Integer> counts) {
    return counts.get(Decision.MATCH) + " match, " + counts.get(Decision.REVIEW) + " review, "
        + counts.get(Decision.NO_MATCH) + " no match";
  }
}
