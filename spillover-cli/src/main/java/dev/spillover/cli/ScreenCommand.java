package dev.spillover.cli;

import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.PartyType;
import dev.spillover.screening.list.ScreeningList;
import dev.spillover.screening.list.ScreeningLists;
import dev.spillover.screening.match.Decision;
import dev.spillover.screening.match.Match;
import dev.spillover.screening.match.Matcher;
import dev.spillover.screening.match.Query;
import dev.spillover.screening.match.ScreeningIndex;
import dev.spillover.screening.match.Thresholds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spillover screen}: names against restricted-party lists, each candidate with its score,
 * decision and explanation; or, with {@code --pairs}, the rows of a labelled CSV of name pairs
 * scored, for evaluating the matcher.
 */
@Command(
    name = "screen",
    mixinStandardHelpOptions = true,
    header = "Screen names against restricted-party lists, with explained scores.",
    description = {
      "Loads the lists (OFAC SDN and consolidated CSV, the US Consolidated Screening List, BIS "
          + "Denied Persons, the UN Security Council XML, FollowTheMoney, the NDAA, 1260H, FCC and BIS "
          + "special lists, China's counter-sanctions; each recognized from its content, folders "
          + "searched; see docs/formats/lists.md) and screens each name: names on the command line, "
          + "or the rows of --input. For each name it shows the candidates scoring at or above the "
          + "review floor, best first, or else the best one marked no match, each with its list and "
          + "entry, programs, listed dates, the name that matched and the features that add up to "
          + "the score.",
      "",
      "A score of --threshold or more is a MATCH, from --review up to it a REVIEW for a person, "
          + "below it NO_MATCH. docs/screening.md explains the method and how the defaults were chosen.",
      "",
      "With --pairs, no list is read: each row's name1 and name2 are scored against each other, "
          + "and the other columns (a label, say) are carried through, so that a labelled set can be "
          + "evaluated in one run.",
      ""
    },
    footer = {
      "",
      "--input FILE.csv: a header row; column name required; optional schema",
      "(person, company, organization, vessel, aircraft), country (ISO codes or",
      "names, ';' between several), date (YYYY, YYYY-MM or YYYY-MM-DD, ';' between",
      "several), identifiers (SCHEME:VALUE such as lei:529900T8BM49AURSDO55, ';'",
      "between several) and id (your own, echoed). --schema and --country fill",
      "empty cells.",
      "Other columns are carried through.",
      "--pairs FILE.csv: columns name1 and name2; optional schema; others carried.",
      "",
      "Examples:",
      "  spillover screen --list lists/ofac-sdn 'Banco Nacional de Cuba'",
      "  spillover screen --list sdn.csv --list csl.csv --input customers.csv \\",
      "      --format csv --out screened.csv",
      "  spillover screen --list csl.csv --schema company --country CN Huawei",
      "  spillover screen --pairs labelled.csv --threshold 0.75 --format csv",
      "",
      "Exit codes: 0 screened (whatever the decisions), 1 failure, 2 bad input or",
      "usage (a list or CSV that cannot be read, a bad option). See docs/cli.md and",
      "docs/screening-json.md."
    })
final class ScreenCommand implements Callable<Integer> {
  /** The output formats of {@code screen}. */
  enum Format { TABLE, JSON, CSV }

  /** The kinds of party a name can be said to be. */
  enum Schema {
    PERSON(PartyType.PERSON), COMPANY(PartyType.COMPANY), ORGANIZATION(PartyType.ORGANIZATION),
    VESSEL(PartyType.VESSEL), AIRCRAFT(PartyType.AIRCRAFT);

    final PartyType type;

    Schema(PartyType type) {
      this.type = type;
    }
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--list", paramLabel = "FILE_OR_DIR",
      description = {"A restricted-party list file, or a folder of them; repeat for several. "
          + "Required, except with --pairs."})
  List<Path> lists = new ArrayList<>();

  @Parameters(arity = "0..*", paramLabel = "NAME", description = "A name to screen, in any script; quote it.")
  List<String> names = new ArrayList<>();

  @Option(names = "--input", paramLabel = "FILE.csv", description = "Screen the names of a CSV file (below).")
  Path input;

  @Option(names = "--pairs", paramLabel = "FILE.csv",
      description = "Score the name pairs of a CSV file against each other (below); no --list.")
  Path pairs;

  @Option(names = "--threshold", paramLabel = "SCORE",
      description = "The score from which a candidate is a MATCH, 0 to 1. Default: 0.70.")
  Double threshold;

  @Option(names = "--review", paramLabel = "SCORE",
      description = "The score from which a candidate is for REVIEW, 0 to --threshold. Default: 0.50.")
  Double review;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "10",
      description = "At most N candidates per name, 1 to 1000. Default: ${DEFAULT-VALUE}.")
  int limit;

  @Option(names = "--schema", paramLabel = "KIND",
      description = "What the names are: ${COMPLETION-CANDIDATES}. A person against a company "
          + "counts against a match. Default: not known.")
  Schema schema;

  @Option(names = "--country", paramLabel = "CC",
      description = "A country tied to the names (ISO code or name); repeat for several. "
          + "Agreeing with the entry counts for a match, disagreeing against.")
  List<String> countries = new ArrayList<>();

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "Screen only the entries in effect that day (listed from/until). "
          + "Default: every entry, whatever its dates (each candidate shows them).")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (for a terminal), json (docs/screening-json.md) or csv (one row per name "
          + "and candidate). Default: ${DEFAULT-VALUE}.")
  Format format;

  @CommandLine.Mixin
  ReportOutput output = new ReportOutput();

  @Override
  public Integer call() throws IOException {
    Thresholds thresholds = thresholds();
    if (pairs != null) {
      checkPairsOptions();
      ScreenResults.Pairs scored = ScreenRows.pairs(pairs, schema == null ? null : schema.type, thresholds,
          spec.commandLine().getErr());
      output.write(writer -> {
        switch (format) {
          case TABLE -> ScreenTable.pairs(scored, writer);
          case JSON -> ScreenJson.pairs(scored, writer);
          case CSV -> ScreenCsv.pairs(scored, writer);
        }
      }, "the results of " + scored.pairs().size() + (scored.pairs().size() == 1 ? " pair" : " pairs"));
      return ExitCodes.OK;
    }
    List<String> defaultCountries = checkNamesOptions();
    PrintWriter err = spec.commandLine().getErr();
    // The names are read first: a bad --input fails before the lists are loaded and indexed.
    List<ScreenResults.Asked> asked;
    List<String> extraColumns = List.of();
    if (input != null) {
      CsvInput csv = ScreenRows.read(input);
      asked = ScreenRows.names(csv, schema == null ? null : schema.type, defaultCountries);
      extraColumns = csv.extraColumns();
    } else {
      asked = new ArrayList<>();
      for (String name : names) {
        asked.add(new ScreenResults.Asked(0, null, new Query(name, schema == null ? null : schema.type,
            defaultCountries, List.of(), List.of()), List.of()));
      }
    }
    List<ScreeningList> loaded = ScreeningLists.load(lists);
    List<ListEntry> entries = new ArrayList<>();
    Map<String, Integer> screened = new LinkedHashMap<>();
    for (ScreeningList list : loaded) {
      int before = entries.size();
      list.entries().stream().filter(e -> asOf == null || e.inEffectOn(asOf)).forEach(entries::add);
      screened.put(list.id(), entries.size() - before);
    }
    ScreeningIndex index = ScreeningIndex.build(entries, new Matcher(thresholds));
    Progress progress = new Progress(err, "screening", asked.size(), Progress.Unit.NAMES);
    List<ScreenResults.Screened> results = new ArrayList<>(asked.size());
    for (ScreenResults.Asked a : asked) {
      results.add(new ScreenResults.Screened(a, shown(index.search(a.query(), limit))));
      progress.update(results.size());
    }
    progress.done();
    ScreenResults.Names found = new ScreenResults.Names(thresholds, asOf, input == null ? null : input.toString(),
        loaded, screened, extraColumns, results);
    output.write(writer -> {
      switch (format) {
        case TABLE -> ScreenTable.names(found, writer);
        case JSON -> ScreenJson.names(found, writer);
        case CSV -> ScreenCsv.names(found, writer);
      }
    }, "the results of " + results.size() + (results.size() == 1 ? " name" : " names"));
    return ExitCodes.OK;
  }

  /** The candidates at or above the review floor, or else the best one alone (none when nothing was found). */
  static List<Match> shown(List<Match> found) {
    List<Match> shown = found.stream().filter(m -> m.decision() != Decision.NO_MATCH).toList();
    return shown.isEmpty() && !found.isEmpty() ? List.of(found.get(0)) : shown;
  }

  private Thresholds thresholds() {
    double match = threshold != null ? threshold : Thresholds.DEFAULT.match();
    double floor = review != null ? review : Thresholds.DEFAULT.review();
    if (!(match >= 0 && match <= 1)) {
      throw usage("--threshold " + threshold + " is out of range, expected a score from 0 to 1 (default "
          + Thresholds.DEFAULT.match() + ")");
    }
    if (!(floor >= 0 && floor <= match)) {
      String why = !(floor >= 0) ? "is below 0" : "is above --threshold " + format(match);
      throw usage("--review " + format(floor) + (review == null ? " (the default) " : " ") + why
          + ", expected 0 <= review <= threshold <= 1" + (review == null ? "; give a --review of at most " + format(match) : ""));
    }
    return new Thresholds(match, floor);
  }

  private static String format(double score) {
    return String.format(Locale.ROOT, "%.2f", score);
  }

  /** Checks what the names modes need; returns the --country codes. */
  private List<String> checkNamesOptions() {
    if (lists.isEmpty()) {
      throw usage("give --list FILE_OR_DIR (a restricted-party list, or a folder of them) to screen against,"
          + " or --pairs FILE.csv to score pairs of names");
    }
    if (input != null && !names.isEmpty()) {
      throw usage("give names on the command line or --input FILE.csv, not both");
    }
    if (input == null && names.isEmpty()) {
      throw usage("give the names to screen (NAME...) or --input FILE.csv");
    }
    for (String name : names) {
      if (name.isBlank()) {
        throw usage("a NAME is blank, expected a name to screen");
      }
    }
    if (limit < 1 || limit > 1000) {
      throw usage("--limit " + limit + " is out of range, expected 1 to 1000");
    }
    List<String> codes = new ArrayList<>();
    for (String text : countries) {
      String code = ScreenRows.country(text);
      if (code == null) {
        throw usage("--country '" + text + "' is not a country, expected an ISO 3166-1 alpha-2 code such as CN"
            + " or a country's English name");
      }
      codes.add(code);
    }
    return codes;
  }

  private void checkPairsOptions() {
    List<String> given = new ArrayList<>();
    if (!lists.isEmpty()) {
      given.add("--list");
    }
    if (!names.isEmpty()) {
      given.add("NAME");
    }
    if (input != null) {
      given.add("--input");
    }
    if (!countries.isEmpty()) {
      given.add("--country");
    }
    if (asOf != null) {
      given.add("--as-of");
    }
    if (spec.commandLine().getParseResult().hasMatchedOption("--limit")) {
      given.add("--limit");
    }
    if (!given.isEmpty()) {
      throw usage("--pairs scores the pairs of its file against each other, so " + String.join(", ", given)
          + (given.size() == 1 ? " has" : " have") + " no use with it; expected --pairs FILE.csv with --threshold,"
          + " --review, --schema, --format and --out only");
    }
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }
}
