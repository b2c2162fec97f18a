package dev.spillover.screening.list.us;

import dev.spillover.screening.list.EntryLocation;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.ListLink;
import dev.spillover.screening.list.PartyType;
import dev.spillover.screening.list.ScreeningList;
import dev.spillover.screening.list.internal.CsvRows;
import dev.spillover.screening.list.internal.Dates;
import dev.spillover.screening.list.internal.EntryDraft;
import dev.spillover.screening.list.internal.ListFile;
import dev.spillover.screening.list.internal.Texts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the FCC Covered List as published, in CSV: {@code covered_equipment_or_services} (prose)
 * and {@code date_of_inclusion_on_covered_list} ("March 12, 2021"). The parties are drawn out of
 * the prose: the name after "produced by", "provided by", "produced or provided by" or "supplied,
 * directly or indirectly, by", up to ", including", ", to the extent", " or any of its" or
 * "subject to section 214" ("Telecommunications equipment produced by Huawei Technologies Company,
 * including ..." gives Huawei Technologies Company). "X and its wholly-owned subsidiary Y" gives
 * both, Y with a {@link ListLink.Relation#PARENT} link to X. Rows that cover a kind of equipment
 * rather than a party ("Uncrewed aircraft systems ... produced in a foreign country",
 * "Foreign-produced power inverters") name nobody and are left out. The first date of a cell is the
 * date of inclusion; later ones ("Updated:January 7, 2026") are kept in the remarks. Entry ids are
 * {@code line-N}, and {@code line-N-2} for the second party of a row. {@code docs/formats/lists.md}
 * gives the mapping.
 *
 * <p>All or nothing: a missing column, a row of the wrong width, a row that names no party and no
 * kind of foreign equipment, and a date that is not "Month D, YYYY" are reported together with file
 * and line.
 */
public final class FccCoveredListReader {
  /** The list's stable id. */
  public static final String ID = "fcc-covered";

  /** The program of every entry: the rule that keeps the list. */
  public static final String PROGRAM = "FCC Covered List (47 CFR 1.50002, Secure and Trusted Communications"
      + " Networks Act of 2019)";

  private static final String EQUIPMENT = "covered_equipment_or_services";
  private static final int MAX_PROSE = 20_000;
  private static final String DATE = "date_of_inclusion_on_covered_list";

  private static final Pattern PARTY = Pattern.compile(
      "(?:produced or provided|produced|provided|supplied, directly or indirectly,) by (.+?)"
          + "(?:,? including\\b|, to the extent\\b| or any of its\\b|,? subject to section 214\\b)");
  private static final Pattern SUBSIDIARY = Pattern.compile("(.+?) and its wholly[- ]owned subsidiary (.+)");
  private static final Pattern FOREIGN_EQUIPMENT = Pattern.compile(
      "produced in a foreign country|^foreign-produced\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern UPDATED = Pattern.compile("\\s*Updated:\\s*");

  private FccCoveredListReader() {}

  /** True when {@code head} starts with the header of the Covered List. */
  public static boolean recognizes(byte[] head) {
    return CsvRows.Header.names(CsvRows.firstRow(head, CsvRows.COMMA), List.of(EQUIPMENT, DATE));
  }

  /**
   * Reads the list in {@code path}.
   *
   * @throws dev.spillover.input.InputException listing every problem; nothing is returned then
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static ScreeningList read(Path path) {
    ListFile file = ListFile.read(path);
    CsvRows.Table table = CsvRows.Table.read(file, CsvRows.COMMA, List.of(EQUIPMENT, DATE));
    CsvRows.Header header = table.header();
    List<EntryDraft> drafts = new ArrayList<>();
    for (CsvRows.Row row : table.rows()) {
      String text = Texts.squeeze(header.get(row, EQUIPMENT));
      if (text.length() > MAX_PROSE) {
        // The FCC's longest cell is under a thousand characters; a hostile one must not feed the
        // name search (which looks at every "by") millions of characters.
        file.problem(row.line(), "covered equipment or services is " + text.length() + " characters long, expected"
            + " at most " + MAX_PROSE + "; refused");
        continue;
      }
      String dates = header.get(row, DATE);
      List<String> parts = Texts.split(UPDATED.matcher(dates).replaceAll("\n"), "\n");
      LocalDate included = parts.isEmpty() ? null : Dates.prose(parts.get(0));
      if (included == null) {
        file.problem(row.line(), "date of inclusion " + Texts.quote(dates)
            + " is not a date, expected one such as March 12, 2021");
      }
      for (String update : parts.size() > 1 ? parts.subList(1, parts.size()) : List.<String>of()) {
        if (Dates.prose(update) == null) {
          file.problem(row.line(), "update date " + Texts.quote(update)
              + " is not a date, expected one such as January 7, 2026");
        }
      }
      Matcher party = PARTY.matcher(text);
      if (!party.find()) {
        if (!FOREIGN_EQUIPMENT.matcher(text).find()) {
          file.problem(row.line(), "covered equipment or services " + Texts.quote(text) + " names no party,"
              + " expected 'produced by', 'provided by' or 'supplied ... by' and a name, or equipment produced"
              + " in a foreign country");
        }
        continue;
      }
      if (included == null) {
        continue;
      }
      List<String> names = new ArrayList<>();
      Matcher subsidiary = SUBSIDIARY.matcher(party.group(1));
      if (subsidiary.matches()) {
        names.add(subsidiary.group(1).strip());
        names.add(subsidiary.group(2).strip());
      } else {
        names.add(party.group(1).strip());
      }
      for (int i = 0; i < names.size(); i++) {
        String id = "line-" + row.line() + (i == 0 ? "" : "-" + (i + 1));
        EntryDraft draft = new EntryDraft(ID, id, new EntryLocation(file.shown(), row.line()))
            .type(PartyType.COMPANY).name(names.get(i)).program(PROGRAM).listedFrom(included);
        if (i > 0) {
          draft.link(new ListLink(ListLink.Relation.PARENT, names.get(0), "line-" + row.line()));
        }
        draft.remark("Covered: " + text);
        if (parts.size() > 1) {
          draft.remark("Updated " + String.join(", ", parts.subList(1, parts.size())));
        }
        drafts.add(draft);
      }
    }
    file.throwIfAny();
    List<ListEntry> entries = new ArrayList<>();
    drafts.forEach(d -> entries.add(d.build()));
    return new ScreeningList(ID, "FCC Covered List", "Federal Communications Commission",
        "https://www.fcc.gov/supplychain/coveredlist", null, entries);
  }
}
