package dev.spillover.screening.list.bis;

import dev.spillover.screening.list.EntryLocation;
import dev.spillover.screening.list.ListEntry;
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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads BIS's Denied Persons List, {@code dpl.txt}: tab-separated, every field in double quotes, a
 * header row naming Name, Street_Address, City, State, Country, Postal_Code, Effective_Date,
 * Expiration_Date, Standard_Order, Last_Update, Action and FR_Citation. BIS writes one row per
 * address: rows with the same name, effective date and expiration date are one denial and become
 * one entry with several addresses (its id is {@code line-N}, N the line of its first row). Effective
 * and expiration dates are MM/DD/YYYY; the list says nothing about whether a party is a person or a
 * company, so the type is {@link PartyType#UNKNOWN}. {@code docs/formats/lists.md} gives the mapping.
 *
 * <p>All or nothing: a missing column, a row of the wrong width, a row without a name, and an
 * effective or expiration date that is not MM/DD/YYYY are reported together with file and line.
 */
public final class DeniedPersonsReader {
  /** The list's stable id. */
  public static final String ID = "bis-dpl";

  /** The program every entry is given: the CSL's name for this list, so that both read alike. */
  public static final String PROGRAM = "Denied Persons List (DPL) - Bureau of Industry and Security";

  private static final List<String> REQUIRED = List.of("Name", "Street_Address", "City", "State", "Country",
      "Postal_Code", "Effective_Date", "Expiration_Date", "Standard_Order", "FR_Citation");

  private DeniedPersonsReader() {}

  /** True when {@code head} starts with the tab-separated header of dpl.txt. */
  public static boolean recognizes(byte[] head) {
    return CsvRows.Header.names(CsvRows.firstRow(head, CsvRows.TAB), REQUIRED);
  }

  /** One denial: its name and dates. */
  private record Key(String name, LocalDate from, LocalDate until) {}

  /**
   * Reads the list in {@code path}.
   *
   * @throws dev.spillover.input.InputException listing every problem; nothing is returned then
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static ScreeningList read(Path path) {
    ListFile file = ListFile.read(path);
    CsvRows.Table table = CsvRows.Table.read(file, CsvRows.TAB, REQUIRED);
    CsvRows.Header header = table.header();
    Map<Key, EntryDraft> drafts = new LinkedHashMap<>();
    Map<Key, Set<String>> citations = new LinkedHashMap<>();
    for (CsvRows.Row row : table.rows()) {
      int before = file.problemCount();
      String name = Texts.squeeze(header.get(row, "Name"));
      if (name.isEmpty()) {
        file.problem(row.line(), "row has no name, expected one in column Name");
      }
      LocalDate from = date(file, header, row, "Effective_Date", true);
      LocalDate until = date(file, header, row, "Expiration_Date", false);
      if (file.problemCount() > before) {
        continue;
      }
      Key key = new Key(name, from, until);
      EntryDraft draft = drafts.computeIfAbsent(key, k -> new EntryDraft(ID, "line-" + row.line(),
          new EntryLocation(file.shown(), row.line())).type(PartyType.UNKNOWN).name(name).listedFrom(from)
          .listedUntil(until).program(PROGRAM));
      List<String> parts = new ArrayList<>();
      for (String column : List.of("Street_Address", "City", "State", "Postal_Code", "Country")) {
        String part = header.get(row, column);
        if (!part.isEmpty()) {
          parts.add(part);
        }
      }
      draft.address(String.join(", ", parts));
      draft.country(header.get(row, "Country"));
      String citation = Texts.squeeze(header.get(row, "FR_Citation"));
      if (!citation.isEmpty()) {
        citations.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(citation);
      }
      if (header.get(row, "Standard_Order").equalsIgnoreCase("N")) {
        draft.remark("Non-standard order");
      }
    }
    file.throwIfAny();
    List<ListEntry> entries = new ArrayList<>();
    drafts.forEach((key, draft) -> {
      Set<String> cited = citations.get(key);
      if (cited != null) {
        draft.remark("Federal Register: " + String.join(" | ", cited));
      }
      entries.add(draft.build());
    });
    return new ScreeningList(ID, "Denied Persons List", "U.S. Department of Commerce, Bureau of Industry and Security",
        "https://www.bis.doc.gov/index.php/policy-guidance/lists-of-parties-of-concern/denied-persons-list", null,
        entries);
  }

  private static LocalDate date(ListFile file, CsvRows.Header header, CsvRows.Row row, String column,
      boolean required) {
    String text = header.get(row, column);
    if (text.isEmpty()) {
      if (required) {
        file.problem(row.line(), "row has no " + column + ", expected a date MM/DD/YYYY");
      }
      return null;
    }
    LocalDate date = Dates.us(text);
    if (date == null) {
      file.problem(row.line(), column + " " + Texts.quote(text) + " is not a date, expected MM/DD/YYYY");
    }
    return date;
  }
}
