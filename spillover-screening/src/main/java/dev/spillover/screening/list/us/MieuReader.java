package dev.spillover.screening.list.us;

import dev.spillover.screening.list.EntryLocation;
import dev.spillover.screening.list.EntryName;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.PartyType;
import dev.spillover.screening.list.ScreeningList;
import dev.spillover.screening.list.internal.CsvRows;
import dev.spillover.screening.list.internal.EntryDraft;
import dev.spillover.screening.list.internal.ListFile;
import dev.spillover.screening.list.internal.Texts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads BIS's military-intelligence end users (15 CFR 744.22) as transcribed in CSV: Type, Name,
 * Alias, Country, Topics, Program, Date, End date, Source URL. One entry per row, id
 * {@code line-N}; the date is the date of listing. {@code docs/formats/lists.md} gives the mapping.
 *
 * <p>All or nothing: a missing column, a row of the wrong width or without a name, an unknown type
 * and a date that is not a date are reported together with file and line.
 */
public final class MieuReader {
  /** The list's stable id. */
  public static final String ID = "bis-mieu";

  private static final List<String> REQUIRED = List.of("Type", "Name", "Alias", "Country", "Program", "Date",
      "End date");

  private MieuReader() {}

  /** True when {@code head} starts with the header of this list and no column of China's lists. */
  public static boolean recognizes(byte[] head) {
    List<String> first = CsvRows.firstRow(head, CsvRows.COMMA);
    return CsvRows.Header.names(first, REQUIRED) && !CsvRows.Header.names(first, List.of("Chinese name"));
  }

  /**
   * Reads the list in {@code path}.
   *
   * @throws dev.spillover.input.InputException listing every problem; nothing is returned then
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static ScreeningList read(Path path) {
    ListFile file = ListFile.read(path);
    CsvRows.Table table = CsvRows.Table.read(file, CsvRows.COMMA, REQUIRED);
    CsvRows.Header header = table.header();
    List<EntryDraft> drafts = new ArrayList<>();
    for (CsvRows.Row row : table.rows()) {
      int before = file.problemCount();
      String name = Texts.squeeze(header.get(row, "Name"));
      if (name.isEmpty()) {
        file.problem(row.line(), "row has no name, expected one in column Name");
      }
      PartyType type = SpecialLists.type(file, row, header.get(row, "Type"));
      LocalDate from = SpecialLists.day(file, row, "Date", header.get(row, "Date"), true);
      LocalDate until = SpecialLists.day(file, row, "End date", header.get(row, "End date"), false);
      if (file.problemCount() > before) {
        continue;
      }
      EntryDraft draft = new EntryDraft(ID, "line-" + row.line(), new EntryLocation(file.shown(), row.line()))
          .type(type).name(name).listedFrom(from).listedUntil(until).program(header.get(row, "Program"));
      Texts.split(header.get(row, "Alias"), ";").forEach(alias -> draft.alias(alias, EntryName.Kind.ALIAS));
      draft.country(header.get(row, "Country"));
      drafts.add(draft);
    }
    file.throwIfAny();
    List<ListEntry> entries = new ArrayList<>();
    drafts.forEach(d -> entries.add(d.build()));
    return new ScreeningList(ID, "BIS military-intelligence end users (15 CFR 744.22)",
        "U.S. Department of Commerce, Bureau of Industry and Security",
        "https://www.ecfr.gov/current/title-15/subtitle-B/chapter-VII/subchapter-C/part-744/section-744.22", null,
        entries);
  }
}
