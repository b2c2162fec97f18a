package dev.spillover.screening.estate;

import dev.spillover.model.Estate;
import dev.spillover.model.Node;
import dev.spillover.model.Organization;
import dev.spillover.model.Person;
import dev.spillover.policy.facts.Listing;
import dev.spillover.screening.list.Identifier;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.PartyType;
import dev.spillover.screening.list.ScreeningList;
import dev.spillover.screening.match.Decision;
import dev.spillover.screening.match.Feature;
import dev.spillover.screening.match.Match;
import dev.spillover.screening.match.Matcher;
import dev.spillover.screening.match.Query;
import dev.spillover.screening.match.ScreeningIndex;
import dev.spillover.screening.match.Thresholds;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.stream.IntStream;

/**
 * Screens the parties of an estate (every organization and person, by its name and each alias,
 * with its countries and identifiers as evidence) against restricted-party lists, so that an
 * assessment can treat a match as a listing: {@link Result#listings()} gives them by party id, in
 * the form {@code dev.spillover.policy.Assessment.run} takes.
 *
 * <p>Only list entries in effect on the day count ({@link ListEntry#inEffectOn}). A MATCH places
 * the party on the entry's list; a candidate in the REVIEW band is not a fact and is only reported
 * ({@link Result#reviews()}), for a person to look at.
 */
public final class EstateScreening {
  /** How many candidates are kept per name screened. */
  static final int CANDIDATES_PER_NAME = 5;

  /** How many parties are screened between two progress reports. */
  private static final int CHUNK = 512;

  private EstateScreening() {}

  /**
   * One party's best score against one list entry, over the party's names.
   *
   * @param party the organization or person of the estate
   * @param name the party's name (primary or alias) that scored best
   * @param match the entry, the score, the decision and its features
   */
  public record Hit(Node party, String name, Match match) {
    public Hit {
      Objects.requireNonNull(party, "party");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(match, "match");
    }
  }

  /**
   * What screening an estate found.
   *
   * @param parties how many organizations and persons were screened
   * @param names how many of their names (primary and aliases)
   * @param entries how many list entries were in effect on the day, and screened against
   * @param matches hits at or above the match threshold, by party in estate order, best first
   * @param reviews hits in the review band (never facts), in the same order
   * @param listings the listings the matches give, by party id: one per list (its best match)
   */
  public record Result(int parties, int names, int entries, List<Hit> matches, List<Hit> reviews,
      Map<String, List<Listing>> listings) {
    public Result {
      matches = List.copyOf(matches);
      reviews = List.copyOf(reviews);
      listings = Map.copyOf(listings);
    }
  }

  /** Screens without progress reporting. */
  public static Result screen(Estate estate, List<ScreeningList> lists, LocalDate day, Thresholds thresholds) {
    return screen(estate, lists, day, thresholds, done -> { });
  }

  /**
   * Screens every organization and person of {@code estate} against the entries of {@code lists}
   * in effect on {@code day}. Parties are screened in parallel (on the common fork-join pool);
   * {@code progress} is told, on the calling thread, how many nodes of the estate are done.
   */
  public static Result screen(Estate estate, List<ScreeningList> lists, LocalDate day, Thresholds thresholds,
      IntConsumer progress) {
    Map<String, ScreeningList> byId = new LinkedHashMap<>();
    List<ListEntry> inEffect = new ArrayList<>();
    for (ScreeningList list : lists) {
      byId.put(list.id(), list);
      list.entries().stream().filter(e -> e.inEffectOn(day)).forEach(inEffect::add);
    }
    ScreeningIndex index = ScreeningIndex.build(inEffect, new Matcher(thresholds));
    int n = estate.nodeCount();
    List<List<Hit>> found = new ArrayList<>(n);
    int parties = 0;
    int names = 0;
    for (int start = 0; start < n; start += CHUNK) {
      int end = Math.min(n, start + CHUNK);
      found.addAll(IntStream.range(start, end).parallel()
          .mapToObj(i -> screen(estate.node(i), index))
          .toList());
      progress.accept(end);
    }
    List<Hit> matches = new ArrayList<>();
    List<Hit> reviews = new ArrayList<>();
    Map<String, List<Listing>> listings = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      Node node = estate.node(i);
      if (!node.kind().isParty()) {
        continue;
      }
      parties++;
      names += namesOf(node).size();
      Set<String> listed = new LinkedHashSet<>();
      for (Hit hit : found.get(i)) {
        if (hit.match().decision() == Decision.MATCH) {
          matches.add(hit);
          ListEntry entry = hit.match().entry();
          if (listed.add(entry.list())) {
            listings.computeIfAbsent(node.id(), k -> new ArrayList<>()).add(listing(hit, byId.get(entry.list()), thresholds));
          }
        } else if (hit.match().decision() == Decision.REVIEW) {
          reviews.add(hit);
        }
      }
    }
    return new Result(parties, names, inEffect.size(), matches, reviews, listings);
  }

  /** The party's hits at or above the review floor, one per entry (its best name), best first. */
  private static List<Hit> screen(Node node, ScreeningIndex index) {
    if (!node.kind().isParty()) {
      return List.of();
    }
    Map<ListEntry, Hit> best = new LinkedHashMap<>();
    for (String name : namesOf(node)) {
      for (Match match : index.search(query(node, name), CANDIDATES_PER_NAME)) {
        if (match.decision() == Decision.NO_MATCH) {
          break; // best first: the rest are lower still
        }
        Hit previous = best.get(match.entry());
        if (previous == null || match.score() > previous.match().score()) {
          best.put(match.entry(), new Hit(node, name, match));
        }
      }
    }
    List<Hit> hits = new ArrayList<>(best.values());
    hits.sort(Comparator.comparingDouble((Hit h) -> h.match().score()).reversed());
    return hits;
  }

  /** The party's name and its aliases, each once, blank ones left out. */
  static List<String> namesOf(Node node) {
    Set<String> names = new LinkedHashSet<>();
    names.add(node.name());
    names.addAll(node.aliases());
    names.removeIf(String::isBlank);
    return List.copyOf(names);
  }

  /** The query for one name of a party: its kind, its countries and its identifiers as evidence. */
  static Query query(Node node, String name) {
    List<String> countries = new ArrayList<>();
    PartyType schema;
    if (node instanceof Person person) {
      schema = PartyType.PERSON;
      countries.addAll(person.nationalities());
      person.seats().all().stream().filter(c -> !countries.contains(c)).forEach(countries::add);
    } else {
      schema = PartyType.ORGANIZATION;
      ((Organization) node).seats().all().forEach(countries::add);
    }
    List<Identifier> identifiers = node.identifiers().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> new Identifier(Identifier.typeOf(e.getKey()), e.getValue(), null))
        .toList();
    return new Query(name, schema, countries, List.of(), identifiers);
  }

  /** A match as a listing: its list, since the entry took effect, the list file, and the match in words. */
  private static Listing listing(Hit hit, ScreeningList list, Thresholds thresholds) {
    Match match = hit.match();
    ListEntry entry = match.entry();
    return new Listing(entry.list(), list == null ? entry.list() : list.name(), null, entry.listedFrom(),
        entry.location().file(), basis(hit, thresholds));
  }

  /**
   * The match in words, for a finding's evidence: "screening match 0.750 (MATCH from 0.70): name
   * 'X' ~ entry 306 'Y' (sdn.csv:3; programs CUBA; name +0.600, name.exact +0.150)".
   */
  static String basis(Hit hit, Thresholds thresholds) {
    Match match = hit.match();
    ListEntry entry = match.entry();
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
        "screening match %.3f (MATCH from %.2f): name '%s' ~ entry %s '%s'", match.score(), thresholds.match(),
        hit.name(), entry.id(), match.matchedName()));
    if (!match.matchedName().equals(entry.name().text())) {
      text.append(" of '").append(entry.name().text()).append('\'');
    }
    text.append(" (").append(entry.location());
    if (!entry.programs().isEmpty()) {
      text.append("; programs ").append(String.join(", ", entry.programs()));
    }
    text.append("; ");
    List<String> terms = new ArrayList<>();
    for (Feature f : match.features()) {
      terms.add(String.format(Locale.ROOT, "%s %+.3f", f.name(), f.contribution()));
    }
    return text.append(String.join(", ", terms)).append(')').toString();
  }
}
