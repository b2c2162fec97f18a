package dev.spillover.cli;

import dev.spillover.model.Countries;
import dev.spillover.screening.list.Identifier;
import dev.spillover.screening.list.PartyType;
import dev.spillover.screening.match.Matcher;
import dev.spillover.screening.match.Query;
import dev.spillover.screening.match.Thresholds;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The rows of {@code screen}'s CSV files read into what it screens: the names of {@code --input},
 * each with its evidence, and the pairs of {@code --pairs}, scored. Every bad cell is a problem
 * naming the file, the line and the column, the bad value and what was expected; all of a file's
 * problems are thrown together and nothing is screened.
 */
final class ScreenRows {
  /** The columns of an --input file that screen reads: name, then the optional ones. */
  static final List<String> NAME_COLUMNS = List.of("name", "schema", "country", "date", "identifiers", "id");

  /** The columns of a --pairs file that screen reads: name1 and name2, then the optional one. */
  static final List<String> PAIR_COLUMNS = List.of("name1", "name2", "schema");

  private static final Pattern DATE = Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-\\d{2})?)?");

  private ScreenRows() {}

  /**
   * Reads an --input file, before its cells are checked by {@link #names}.
   *
   * @throws dev.spillover.input.InputException when the file cannot be found or is too large
   */
  static CsvInput read(Path file) {
    return CsvInput.read(file, NAME_COLUMNS.subList(0, 1), NAME_COLUMNS.subList(1, NAME_COLUMNS.size()),
        ScreenCsv.reservedForNames());
  }

  /**
   * The names of an --input file, each with its evidence; {@code schema} and {@code countries} fill
   * empty cells.
   *
   * @throws dev.spillover.input.InputException with every problem of the file and of its rows
   */
  static List<ScreenResults.Asked> names(CsvInput csv, PartyType schema, List<String> countries) {
    List<ScreenResults.Asked> asked = new ArrayList<>();
    for (CsvInput.Row row : csv.rows()) {
      int problems = csv.problems().size();
      String name = row.get("name");
      if (name.isEmpty()) {
        csv.problem(row.line(), "column 'name' is empty, expected the name to screen");
      }
      PartyType kind = schema(csv, row, schema);
      List<String> codes = new ArrayList<>();
      for (String text : split(row.get("country"))) {
        String code = country(text);
        if (code == null) {
          csv.problem(row.line(), "column 'country': '" + text + "' is not a country, expected an ISO 3166-1 alpha-2"
              + " code such as CN or a country's English name (';' between several)");
        } else {
          codes.add(code);
        }
      }
      List<String> dates = new ArrayList<>();
      for (String text : split(row.get("date"))) {
        if (!isDate(text)) {
          csv.problem(row.line(), "column 'date': '" + text + "' is not a date, expected YYYY, YYYY-MM or YYYY-MM-DD"
              + " (a date of birth or incorporation; ';' between several)");
        } else {
          dates.add(text);
        }
      }
      List<Identifier> identifiers = new ArrayList<>();
      for (String text : split(row.get("identifiers"))) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon == text.length() - 1) {
          csv.problem(row.line(), "column 'identifiers': '" + text + "' is not SCHEME:VALUE, expected a scheme and"
              + " its value such as lei:529900T8BM49AURSDO55 or imo:9321483 (';' between several)");
        } else {
          identifiers.add(new Identifier(Identifier.typeOf(text.substring(0, colon)), text.substring(colon + 1).strip(),
              null));
        }
      }
      if (csv.problems().size() == problems) {
        String id = row.get("id");
        asked.add(new ScreenResults.Asked(row.line(), id.isEmpty() ? null : id,
            new Query(name, kind, codes.isEmpty() ? countries : codes, dates, identifiers), row.extra()));
      }
    }
    csv.throwProblems();
    return asked;
  }

  /**
   * The pairs of a --pairs file, each scored with {@link Matcher#scorePair}; {@code schema} fills
   * empty cells. Progress goes to {@code err} for long files.
   *
   * @throws dev.spillover.input.InputException with every problem of the file and of its rows
   */
  static ScreenResults.Pairs pairs(Path file, PartyType schema, Thresholds thresholds, PrintWriter err) {
    CsvInput csv = CsvInput.read(file, PAIR_COLUMNS.subList(0, 2), PAIR_COLUMNS.subList(2, PAIR_COLUMNS.size()),
        ScreenCsv.reservedForPairs());
    Matcher matcher = new Matcher(thresholds);
    List<ScreenResults.Pair> scored = new ArrayList<>();
    List<CsvInput.Row> rows = csv.rows();
    Progress progress = new Progress(err, "scoring", rows.size(), Progress.Unit.NAMES);
    int done = 0;
    for (CsvInput.Row row : rows) {
      int problems = csv.problems().size();
      for (String column : PAIR_COLUMNS.subList(0, 2)) {
        if (row.get(column).isEmpty()) {
          csv.problem(row.line(), "column '" + column + "' is empty, expected a name");
        }
      }
      PartyType kind = schema(csv, row, schema);
      // Once the file has a problem nothing is written: the rest is only checked, not scored.
      if (csv.problems().size() == problems && problems == 0) {
        String name1 = row.get("name1");
        String name2 = row.get("name2");
        scored.add(new ScreenResults.Pair(row.line(), name1, name2, kind, row.extra(),
            matcher.scorePair(name1, name2, kind)));
      }
      progress.update(++done);
    }
    progress.done();
    csv.throwProblems();
    return new ScreenResults.Pairs(thresholds, csv.file(), csv.extraColumns(), scored);
  }

  /** The row's schema cell, else {@code fallback}; a problem (and the fallback) when the cell is no kind. */
  private static PartyType schema(CsvInput csv, CsvInput.Row row, PartyType fallback) {
    String text = row.get("schema");
    if (text.isEmpty()) {
      return fallback;
    }
    String key = text.toUpperCase(Locale.ROOT);
    for (ScreenCommand.Schema schema : ScreenCommand.Schema.values()) {
      if (schema.name().equals(key)) {
        return schema.type;
      }
    }
    csv.problem(row.line(), "column 'schema': '" + text + "' is not a kind of party, expected person, company, "
        + "organization, vessel or aircraft");
    return fallback;
  }

  /** The code of a country given as a code (any case) or an English name; null when it is neither. */
  static String country(String text) {
    String stripped = text.strip();
    return Countries.code(stripped.length() == 2 ? stripped.toUpperCase(Locale.ROOT) : stripped);
  }

  /** True for {@code YYYY}, {@code YYYY-MM} (a month 01 to 12) and a real {@code YYYY-MM-DD}. */
  static boolean isDate(String text) {
    if (!DATE.matcher(text).matches()) {
      return false;
    }
    if (text.length() == 10) {
      try {
        LocalDate.parse(text);
      } catch (DateTimeException e) {
        return false;
      }
    }
    return true;
  }

  private static List<String> split(String cell) {
    if (cell.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(cell.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }
}
