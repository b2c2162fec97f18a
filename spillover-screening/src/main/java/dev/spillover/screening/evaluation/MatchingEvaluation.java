package dev.spillover.screening.evaluation;

import dev.spillover.screening.list.EntryLocation;
import dev.spillover.screening.list.EntryName;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.PartyType;
import dev.spillover.screening.match.Match;
import dev.spillover.screening.match.Matcher;
import dev.spillover.screening.match.Query;
import dev.spillover.screening.match.ScreeningIndex;
import dev.spillover.screening.match.Thresholds;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Precision and recall of the matcher and the candidate index on the public name-matching sets in
 * {@code shared/data} (read from the folder given, never bundled: the yente sets are CC BY-NC):
 *
 * <ul>
 *   <li><b>yente UN positives</b>: each row of {@code yente_positives_un_treated.csv} (names
 *       reordered, typos, some dates of birth moved) must find its row of the untreated file among
 *       all 683 untreated rows;
 *   <li><b>yente negatives</b> (US and global, 1,000 synthetic people each) must match nothing in
 *       that list;
 *   <li><b>watchman cross-script</b>: names in Arabic, Cyrillic, Han, Hangul, kana, Greek, Hebrew
 *       and Thai must find their Latin form, added to the UN list;
 *   <li><b>company variants</b>: variants of the entity names of OFAC's consolidated non-SDN list
 *       ({@link CompanyVariants}) must find their entity among the list's 364 entities and
 *       vessels, with its aliases; <b>company swaps</b>: the same names with their most distinctive
 *       word replaced by another entity's must match nothing;
 *   <li><b>company hard negatives</b>: pairs of distinct real organizations sharing words (a file
 *       bundled beside this class, written for Spillover) must not match.
 * </ul>
 *
 * <p>Each query keeps the score of its expected entry (0 when the index did not return it in the
 * top 10) and the best score of any other entry, so the figures can be given for any thresholds:
 * recall at a threshold is the share of positive queries whose expected entry scores at or above
 * it; a false positive is a query with another entry at or above it; precision is true positives
 * over both. Run it with {@code main}: see docs/screening.md.
 */
public final class MatchingEvaluation {

  /** How many results of each search are looked at. */
  static final int LIMIT = 10;
  /** Seed of the company variants. */
  static final long SEED = 20_261_124L;

  /** One query's outcome: the expected entry's score (NaN for a negative query) and the best other. */
  public record Outcome(String query, double expected, double bestOther, String bestOtherName) {

    public boolean positive() {
      return !Double.isNaN(expected);
    }
  }

  /** The outcomes of one evaluation set. */
  public record SetResult(String name, String against, List<Outcome> outcomes) {

    public long positives() {
      return outcomes.stream().filter(Outcome::positive).count();
    }

    public long negatives() {
      return outcomes.size() - positives();
    }

    /** Positive queries whose expected entry scores {@code threshold} or more. */
    public long found(double threshold) {
      return outcomes.stream().filter(o -> o.positive() && o.expected() >= threshold).count();
    }

    /** Queries with another entry at {@code threshold} or more. */
    public long falsePositives(double threshold) {
      return outcomes.stream().filter(o -> o.bestOther() >= threshold).count();
    }

    /** Positive queries whose expected entry is ranked first (strictly above every other). */
    public long first() {
      return outcomes.stream().filter(o -> o.positive() && o.expected() > 0 && o.expected() > o.bestOther()).count();
    }

    public double recall(double threshold) {
      long p = positives();
      return p == 0 ? Double.NaN : (double) found(threshold) / p;
    }

    public double precision(double threshold) {
      long tp = found(threshold);
      long fp = falsePositives(threshold);
      return tp + fp == 0 ? Double.NaN : (double) tp / (tp + fp);
    }
  }

  /** All sets, under the thresholds of the matcher that ran them. */
  public record Report(Thresholds thresholds, List<SetResult> sets) {

    public SetResult set(String name) {
      return sets.stream().filter(s -> s.name().equals(name)).findFirst()
          .orElseThrow(() -> new IllegalArgumentException("no evaluation set " + name));
    }

    /** The results as a Markdown table at the report's thresholds. */
    public String table() {
      StringBuilder out = new StringBuilder();
      out.append(String.format(Locale.ROOT, "thresholds: match %.2f, review %.2f%n%n", thresholds.match(), thresholds.review()));
      out.append("| set | against | positive queries | negative queries | top-1 | recall MATCH | recall MATCH+REVIEW"
          + " | false-positive queries MATCH | false-positive queries MATCH+REVIEW | precision MATCH | precision MATCH+REVIEW |\n");
      out.append("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
      for (SetResult s : sets) {
        out.append(String.format(Locale.ROOT, "| %s | %s | %d | %d | %s | %s | %s | %d | %d | %s | %s |%n", s.name(), s.against(),
            s.positives(), s.negatives(), s.positives() == 0 ? "-" : percent((double) s.first() / s.positives()),
            percent(s.recall(thresholds.match())), percent(s.recall(thresholds.review())),
            s.falsePositives(thresholds.match()), s.falsePositives(thresholds.review()),
            percent(s.precision(thresholds.match())), percent(s.precision(thresholds.review()))));
      }
      return out.toString();
    }

    /** Recall and false positives over all sets for a range of thresholds: what the defaults were chosen from. */
    public String sweep() {
      StringBuilder out = new StringBuilder("| threshold | positives found | recall | false-positive queries | precision |\n|---:|---:|---:|---:|---:|\n");
      for (int t = 30; t <= 95; t += 5) {
        double threshold = t / 100.0;
        long found = 0;
        long positives = 0;
        long fp = 0;
        for (SetResult s : sets) {
          found += s.found(threshold);
          positives += s.positives();
          fp += s.falsePositives(threshold);
        }
        out.append(String.format(Locale.ROOT, "| %.2f | %d | %s | %d | %s |%n", threshold, found,
            percent((double) found / positives), fp, percent((double) found / (found + fp))));
      }
      return out.toString();
    }

    private static String percent(double v) {
      return Double.isNaN(v) ? "-" : String.format(Locale.ROOT, "%.1f%%", 100 * v);
    }
  }

  private MatchingEvaluation() {}

  /**
   * Runs every set on the data under {@code data} (the {@code shared/data} folder: it reads {@code
   * name-matching/} and {@code ofac-consolidated-non-sdn/}).
   *
   * @throws UncheckedIOException when a file cannot be read
   */
  public static Report run(Path data, Matcher matcher) {
    try {
      List<SetResult> sets = new ArrayList<>();
      Path nm = data.resolve("name-matching");
      List<List<String>> untreated = Csv.read(nm.resolve("yente_positives_un_untreated.csv"), false);
      List<List<String>> treated = Csv.read(nm.resolve("yente_positives_un_treated.csv"), false);
      List<ListEntry> un = new ArrayList<>();
      for (int i = 1; i < untreated.size(); i++) {
        List<String> r = untreated.get(i);
        un.add(person("yente-un", "row" + i, r.get(0), r.get(5), r.get(7)));
      }
      ScreeningIndex unIndex = ScreeningIndex.build(un, matcher);
      List<Outcome> positives = new ArrayList<>();
      for (int i = 1; i < treated.size(); i++) {
        List<String> r = treated.get(i);
        positives.add(outcome(unIndex, personQuery(r.get(0), r.get(5), code(r.get(7))), "row" + i));
      }
      sets.add(new SetResult("yente UN positives", "683 UN persons", positives));
      for (String file : List.of("yente_negatives_us.csv", "yente_negatives_global.csv")) {
        List<Outcome> negatives = new ArrayList<>();
        List<List<String>> rows = Csv.read(nm.resolve(file), false);
        for (List<String> r : rows.subList(1, rows.size())) {
          negatives.add(outcome(unIndex, personQuery(r.get(0), r.get(5), code(r.get(7))), null));
        }
        sets.add(new SetResult("yente negatives " + (file.contains("_us") ? "US" : "global"), "683 UN persons", negatives));
      }
      sets.add(crossScript(nm.resolve("watchman_cross_script_pairs.csv"), un, matcher));
      sets.addAll(companies(data.resolve("ofac-consolidated-non-sdn"), matcher));
      sets.add(hardNegatives(matcher));
      return new Report(matcher.thresholds(), sets);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the evaluation data under " + data, e);
    }
  }

  private static SetResult crossScript(Path file, List<ListEntry> un, Matcher matcher) throws IOException {
    List<ListEntry> list = new ArrayList<>(un);
    Map<String, String> ids = new HashMap<>();
    List<List<String>> rows = Csv.read(file, true);
    for (List<String> r : rows) {
      String latin = r.get(1).strip();
      if (!ids.containsKey(latin)) {
        String id = "watchman" + ids.size();
        ids.put(latin, id);
        list.add(person("watchman", id, latin, "", ""));
      }
    }
    ScreeningIndex index = ScreeningIndex.build(list, matcher);
    List<Outcome> outcomes = new ArrayList<>();
    for (List<String> r : rows) {
      outcomes.add(outcome(index, Query.of(r.get(0).strip()).withSchema(PartyType.PERSON), ids.get(r.get(1).strip())));
    }
    return new SetResult("watchman cross-script", "the UN persons and the 20 Latin names", outcomes);
  }

  private static List<SetResult> companies(Path folder, Matcher matcher) throws IOException {
    Map<String, String> primary = new LinkedHashMap<>();
    Map<String, PartyType> types = new HashMap<>();
    for (List<String> r : Csv.read(folder.resolve("cons_prim.csv"), false)) {
      if (r.size() < 3 || nullField(r.get(2)).equals("individual") || nullField(r.get(1)).isEmpty()) {
        continue;
      }
      primary.put(r.get(0).strip(), r.get(1).strip());
      types.put(r.get(0).strip(), nullField(r.get(2)).equals("vessel") ? PartyType.VESSEL : PartyType.COMPANY);
    }
    Map<String, List<EntryName>> aliases = new HashMap<>();
    for (List<String> r : Csv.read(folder.resolve("cons_alt.csv"), false)) {
      if (r.size() >= 4 && primary.containsKey(r.get(0).strip()) && !nullField(r.get(3)).isEmpty()) {
        EntryName.Kind kind = nullField(r.get(2)).equals("fka") ? EntryName.Kind.FORMER : EntryName.Kind.ALIAS;
        aliases.computeIfAbsent(r.get(0).strip(), k -> new ArrayList<>()).add(new EntryName(r.get(3).strip(), kind));
      }
    }
    List<ListEntry> list = new ArrayList<>();
    Set<String> listed = new HashSet<>();
    for (Map.Entry<String, String> e : primary.entrySet()) {
      list.add(new ListEntry("ofac-cons", e.getKey(), types.get(e.getKey()), EntryName.primary(e.getValue()),
          aliases.getOrDefault(e.getKey(), List.of()), List.of(), List.of(), List.of(), List.of(), null, null,
          List.of(), List.of(), null, new EntryLocation("cons_prim.csv", 0)));
      listed.add(words(e.getValue()));
      aliases.getOrDefault(e.getKey(), List.of()).forEach(a -> listed.add(words(a.text())));
    }
    ScreeningIndex index = ScreeningIndex.build(list, matcher);
    CompanyVariants variants = new CompanyVariants(SEED);
    List<Outcome> positives = new ArrayList<>();
    List<Outcome> swaps = new ArrayList<>();
    Random random = new Random(SEED);
    List<String> names = new ArrayList<>(primary.values());
    for (Map.Entry<String, String> e : primary.entrySet()) {
      for (CompanyVariants.Variant v : variants.of(e.getValue(), 3)) {
        positives.add(outcome(index, Query.of(v.name()), e.getKey()));
      }
      String swapped = swap(e.getValue(), names.get(random.nextInt(names.size())));
      if (swapped != null && !listed.contains(words(swapped))) {
        swaps.add(outcome(index, Query.of(swapped), null));
      }
    }
    return List.of(new SetResult("company variants", list.size() + " OFAC non-SDN entities", positives),
        new SetResult("company swaps", list.size() + " OFAC non-SDN entities", swaps));
  }

  /** {@code name} with its longest word replaced by the longest word of {@code other}, or null. */
  static String swap(String name, String other) {
    String a = longestWord(name);
    String b = longestWord(other);
    if (a == null || b == null || a.equals(b) || name.split(" ").length < 2) {
      return null;
    }
    return (" " + name + " ").replace(" " + a + " ", " " + b + " ").strip();
  }

  private static String longestWord(String name) {
    String best = null;
    for (String w : name.split("[ ,]+")) {
      if (w.length() >= 5 && w.chars().allMatch(Character::isLetter) && (best == null || w.length() > best.length())) {
        best = w;
      }
    }
    return best;
  }

  /**
   * The words of a name without the words of legal forms, sorted: a swap that lands on a listed
   * name in another legal form ("SBERBANK OOO" for "PJSC SBERBANK") is the same company, not a
   * negative. The evaluation's own list of legal-form words, not the matcher's.
   */
  private static String words(String name) {
    return java.util.Arrays.stream(name.toUpperCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
        .filter(w -> !w.isEmpty() && !LEGAL_WORDS.contains(w)).sorted().collect(java.util.stream.Collectors.joining(" "));
  }

  private static final Set<String> LEGAL_WORDS = Set.of("LLC", "OOO", "JSC", "AO", "PJSC", "PAO", "OJSC", "OAO",
      "CJSC", "ZAO", "LTD", "LIMITED", "CO", "COMPANY", "CORPORATION", "CORP", "INC", "SA", "SARL", "AG", "GMBH",
      "JOINT", "STOCK", "PUBLIC", "OPEN", "CLOSED", "LIABILITY", "THE");

  private static SetResult hardNegatives(Matcher matcher) throws IOException {
    List<Outcome> outcomes = new ArrayList<>();
    try (InputStream in = MatchingEvaluation.class.getResourceAsStream("company-hard-negatives.csv")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String line : text.split("\n")) {
        if (line.isBlank() || line.startsWith("#") || line.startsWith("name1,")) {
          continue;
        }
        String[] pair = line.split(",", 2);
        Match m = matcher.scorePair(pair[0].strip(), pair[1].strip(), PartyType.COMPANY);
        outcomes.add(new Outcome(pair[0].strip(), Double.NaN, m.score(), pair[1].strip()));
      }
    }
    return new SetResult("company hard negatives", "one name each (pairs)", outcomes);
  }

  private static Outcome outcome(ScreeningIndex index, Query query, String expectedId) {
    double expected = expectedId == null ? Double.NaN : 0;
    double other = 0;
    String otherName = null;
    for (Match m : index.search(query, LIMIT)) {
      if (m.entry().id().equals(expectedId)) {
        expected = Math.max(expected, m.score());
      } else if (m.score() > other) {
        other = m.score();
        otherName = m.matchedName();
      }
    }
    return new Outcome(query.name(), expected, other, otherName);
  }

  private static ListEntry person(String list, String id, String name, String date, String country) {
    return new ListEntry(list, id, PartyType.PERSON, EntryName.primary(name), List.of(), List.of(),
        country.isBlank() ? List.of() : List.of(country.strip().toUpperCase(Locale.ROOT)),
        date.isBlank() ? List.of() : List.of(date.strip()), List.of(), null, null, List.of(), List.of(), null,
        new EntryLocation(list, 0));
  }

  private static Query personQuery(String name, String date, String country) {
    Query q = Query.of(name).withSchema(PartyType.PERSON);
    if (!date.isBlank()) {
      q = q.withDates(date.strip());
    }
    if (country != null) {
      q = q.withCountries(country);
    }
    return q;
  }

  /** An ISO code from a code or an English country name, or null. */
  static String code(String country) {
    String c = country.strip();
    if (c.length() == 2) {
      return c.toUpperCase(Locale.ROOT);
    }
    return COUNTRIES.get(c.toLowerCase(Locale.ROOT));
  }

  private static final Map<String, String> COUNTRIES = countries();

  private static Map<String, String> countries() {
    Map<String, String> byName = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      byName.put(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), code);
    }
    byName.put("united states of america", "US");
    byName.put("russian federation", "RU");
    byName.put("south korea", "KR");
    byName.put("north korea", "KP");
    byName.put("iran", "IR");
    byName.put("syria", "SY");
    byName.put("vietnam", "VN");
    byName.put("czech republic", "CZ");
    byName.put("turkey", "TR");
    byName.put("taiwan", "TW");
    byName.put("palestine", "PS");
    byName.put("bolivia", "BO");
    byName.put("venezuela", "VE");
    byName.put("tanzania", "TZ");
    byName.put("laos", "LA");
    byName.put("moldova", "MD");
    return byName;
  }

  private static String nullField(String field) {
    String f = field.strip();
    return f.equals("-0-") ? "" : f;
  }

  /**
   * Prints the table and the threshold sweep. Arguments: the {@code shared/data} folder, then
   * optionally the match and review thresholds.
   */
  public static void main(String[] args) {
    if (args.length != 1 && args.length != 3) {
      System.err.println("usage: MatchingEvaluation DATA_DIR [MATCH REVIEW]   (DATA_DIR is shared/data)");
      System.exit(2);
    }
    Thresholds thresholds = args.length == 3
        ? new Thresholds(Double.parseDouble(args[1]), Double.parseDouble(args[2])) : Thresholds.DEFAULT;
    Path data = Path.of(args[0]);
    if (!Files.isDirectory(data.resolve("name-matching"))) {
      System.err.println("no name-matching/ folder under " + data);
      System.exit(2);
    }
    long start = System.nanoTime();
    Report report = run(data, new Matcher(thresholds));
    System.out.println(report.table());
    System.out.println(report.sweep());
    System.out.printf(Locale.ROOT, "(%.1f s)%n", (System.nanoTime() - start) / 1e9);
  }
}
