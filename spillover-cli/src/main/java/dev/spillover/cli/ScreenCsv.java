package dev.spillover.cli;

import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.ScreeningList;
import dev.spillover.screening.match.Feature;
import dev.spillover.screening.match.Match;
import dev.spillover.screening.match.Query;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * {@code screen}'s results as CSV (RFC 4180 quoting, LF line ends), written with Apache Commons CSV:
 * for names, one row per name and candidate (a name without any candidate has one row with the
 * candidate's columns empty); for pairs, one row per pair. The columns read from an input file but
 * not used are carried through, last, under their own names. docs/cli.md lists the columns.
 */
final class ScreenCsv {
  /** The columns of the names output, before the carried-through ones. */
  static final List<String> NAME_COLUMNS = List.of("query_line", "query_id", "query_name", "query_schema",
      "query_countries", "query_dates", "query_identifiers", "rank", "decision", "score", "list", "list_name", "entry_id", "entry_name",
      "entry_type", "matched_name", "programs", "listed_from", "listed_until", "entry_file", "entry_line",
      "explanation");

  /** The columns of the pairs output, before the carried-through ones. */
  static final List<String> PAIR_COLUMNS = List.of("line", "name1", "name2", "schema", "score", "decision",
      "explanation");

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();

  private ScreenCsv() {}

  /** Lower-case names an --input column carried through may not have. */
  static Set<String> reservedForNames() {
    return lowerCase(NAME_COLUMNS);
  }

  /** Lower-case names a --pairs column carried through may not have. */
  static Set<String> reservedForPairs() {
    return lowerCase(PAIR_COLUMNS);
  }

  /** Writes names screened to {@code out} (which stays open). */
  static void names(ScreenResults.Names found, Writer out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, FORMAT);
    List<String> header = new ArrayList<>(NAME_COLUMNS);
    header.addAll(found.extraColumns());
    csv.printRecord(safe(header));
    for (ScreenResults.Screened screened : found.results()) {
      ScreenResults.Asked asked = screened.asked();
      Query query = asked.query();
      List<String> about = List.of(asked.line() > 0 ? String.valueOf(asked.line()) : "", orEmpty(asked.id()),
          query.name(), orEmpty(ScreenResults.label(query.schema())), String.join(";", query.countries()),
          String.join(";", query.dates()), query.identifiers().stream().map(i -> i.type() + ":" + i.value())
              .collect(Collectors.joining(";")));
      if (screened.candidates().isEmpty()) {
        List<String> row = new ArrayList<>(about);
        row.add("");
        row.add(ScreenResults.label(screened.decision()));
        while (row.size() < NAME_COLUMNS.size()) {
          row.add("");
        }
        row.addAll(asked.extra());
        csv.printRecord(safe(row));
        continue;
      }
      int rank = 0;
      for (Match match : screened.candidates()) {
        ListEntry entry = match.entry();
        ScreeningList list = found.list(entry.list());
        List<String> row = new ArrayList<>(about);
        row.add(String.valueOf(++rank));
        row.add(ScreenResults.label(match.decision()));
        row.add(score(match.score()));
        row.add(entry.list());
        row.add(list == null ? "" : list.name());
        row.add(entry.id());
        row.add(entry.name().text());
        row.add(ScreenResults.label(entry.type()));
        row.add(match.matchedName());
        row.add(String.join("; ", entry.programs()));
        row.add(date(entry.listedFrom()));
        row.add(date(entry.listedUntil()));
        row.add(entry.location().file());
        row.add(entry.location().line() > 0 ? String.valueOf(entry.location().line()) : "");
        row.add(explanation(match));
        row.addAll(asked.extra());
        csv.printRecord(safe(row));
      }
    }
    csv.flush();
  }

  /**
   * The cells with a quote put before any that a spreadsheet would read as a formula (starting with
   * {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return), as OWASP's advice on CSV
   * injection has it: names on lists and in input files are text from outside, and a list entry
   * named {@code =HYPERLINK(...)} must reach the reviewer's spreadsheet as text.
   */
  static List<String> safe(List<String> cells) {
    List<String> safe = new ArrayList<>(cells.size());
    for (String cell : cells) {
      boolean formula = !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0;
      safe.add(formula ? "'" + cell : cell);
    }
    return safe;
  }

  /** Writes scored pairs to {@code out} (which stays open). */
  static void pairs(ScreenResults.Pairs scored, Writer out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, FORMAT);
    List<String> header = new ArrayList<>(PAIR_COLUMNS);
    header.addAll(scored.extraColumns());
    csv.printRecord(safe(header));
    for (ScreenResults.Pair pair : scored.pairs()) {
      List<String> row = new ArrayList<>(List.of(String.valueOf(pair.line()), pair.name1(), pair.name2(),
          orEmpty(ScreenResults.label(pair.schema())), score(pair.match().score()),
          ScreenResults.label(pair.match().decision()), explanation(pair.match())));
      row.addAll(pair.extra());
      csv.printRecord(safe(row));
    }
    csv.flush();
  }

  /** The features in one cell: "name +0.600 (1.000) 'a' ~ 'b' by same; name.exact +0.150 (1.000) ...". */
  static String explanation(Match match) {
    List<String> terms = new ArrayList<>();
    for (Feature f : match.features()) {
      terms.add(String.format(Locale.ROOT, "%s %+.3f (%.3f) %s", f.name(), f.contribution(), f.value(), f.detail()));
    }
    return String.join("; ", terms);
  }

  private static String score(double score) {
    return String.format(Locale.ROOT, "%.4f", score);
  }

  private static String date(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  private static Set<String> lowerCase(List<String> names) {
    return names.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
  }
}
