package dev.spillover.screening.list.cn;

import dev.spillover.screening.list.EntryLocation;
import dev.spillover.screening.list.EntryName;
import dev.spillover.screening.list.Identifier;
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
import java.util.List;

/**
 * Reads China's own measures against foreign persons and companies, as transcribed in CSV: the
 * Ministry of Foreign Affairs' counter-sanctions, the Ministry of Commerce's Unreliable Entity
 * List and export-control lists, and the Taiwan Affairs Office's lists. Columns: Type, QID, Name,
 * Alias, Chinese name, Country, Topics, Summary, Chinese summary, Body, List, Date, End date,
 * Source URL, Address. Each row is one measure against one party and becomes one entry (id
 * {@code line-N}): a party named by two measures has two entries, each with its own date and
 * program ("Ministry of Commerce: UEL"). The Chinese name is the name in its original script; dates
 * are day first with dots, {@code 02.12.2019} or {@code 13.07.20}. {@code docs/formats/lists.md}
 * gives the mapping.
 *
 * <p>All or nothing: a missing column, a row of the wrong width or without a name, an unknown type
 * and a date that is not DD.MM.YYYY or DD.MM.YY are reported together with file and line.
 */
public final class CounterSanctionsReader {
  /** The list's stable id. */
  public static final String ID = "cn-counter-sanctions";

  private static final List<String> REQUIRED = List.of("Type", "Name", "Alias", "Chinese name", "Country", "Body",
      "List", "Date", "End date");

  private CounterSanctionsReader() {}

  /** True when {@code head} starts with the header of this list. */
  public static boolean recognizes(byte[] head) {
    return CsvRows.Header.names(CsvRows.firstRow(head, CsvRows.COMMA), REQUIRED);
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
      String chinese = Texts.squeeze(header.get(row, "Chinese name"));
      if (name.isEmpty() && chinese.isEmpty()) {
        file.problem(row.line(), "row has no name, expected one in column Name or Chinese name");
      }
      PartyType type = switch (header.get(row, "Type")) {
        case "Person" -> PartyType.PERSON;
        case "Company" -> PartyType.COMPANY;
        case "Organization" -> PartyType.ORGANIZATION;
        case "" -> PartyType.UNKNOWN;
        default -> null;
      };
      if (type == null) {
        file.problem(row.line(), "type " + Texts.quote(header.get(row, "Type"))
            + ", expected Person, Company, Organization or nothing");
      }
      LocalDate from = date(file, row, "Date", header.get(row, "Date"));
      LocalDate until = date(file, row, "End date", header.get(row, "End date"));
      if (file.problemCount() > before) {
        continue;
      }
      EntryDraft draft = new EntryDraft(ID, "line-" + row.line(), new EntryLocation(file.shown(), row.line()))
          .type(type).name(name.isEmpty() ? chinese : name).listedFrom(from).listedUntil(until);
      draft.alias(chinese, EntryName.Kind.ORIGINAL_SCRIPT);
      Texts.split(header.get(row, "Alias"), ";").forEach(alias -> draft.alias(alias, EntryName.Kind.ALIAS));
      Texts.split(header.get(row, "Country"), ";").forEach(draft::country);
      String body = header.get(row, "Body");
      String list = header.get(row, "List");
      draft.program(body.isEmpty() ? list : list.isEmpty() ? body : body + ": " + list);
      String qid = header.get(row, "QID");
      if (!qid.isEmpty()) {
        draft.identifier(new Identifier("Wikidata", qid, null));
      }
      draft.address(header.get(row, "Address"));
      draft.remark(header.get(row, "Summary"));
      draft.remark(header.get(row, "Chinese summary"));
      drafts.add(draft);
    }
    file.throwIfAny();
    List<ListEntry> entries = new ArrayList<>();
    drafts.forEach(d -> entries.add(d.build()));
    return new ScreeningList(ID, "China's counter-sanctions, unreliable entity and export-control lists",
        "People's Republic of China: Ministry of Foreign Affairs, Ministry of Commerce, Taiwan Affairs Office",
        "https://www.mfa.gov.cn/wjb_673085/zfxxgk_674865/gknrlb/fzcqdcs/", null, entries);
  }

  private static LocalDate date(ListFile file, CsvRows.Row row, String column, String text) {
    if (text.isEmpty()) {
      return null;
    }
    LocalDate date = Dates.dotted(text);
    if (date == null) {
      file.problem(row.line(), column + " " + Texts.quote(text) + " is not a date, expected DD.MM.YYYY or DD.MM.YY");
    }
    return date;
  }
}
