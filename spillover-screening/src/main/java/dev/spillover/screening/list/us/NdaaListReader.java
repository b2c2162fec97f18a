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
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the lists that US statutes name, as transcribed in CSV with the columns schema, name,
 * aliases, topics, program, authority, reason, report-date, start-date, end-date, country, notes
 * and source_url: NDAA FY2019 section 889 (Huawei, ZTE, Hytera, Hikvision, Dahua), NDAA FY2023
 * section 5949 (semiconductors), NDAA FY2024 section 154 (batteries) and the DoD's section 1286
 * list of foreign institutions. Which list a file holds is read from its program column. The 1286
 * list is republished every year: the rows of one name are one entry (id {@code line-N}, N the
 * line of its first row) that keeps the years it was reported in, listed from its earliest start
 * date and until the end date of its latest report (none when that report gives none). {@code docs/formats/lists.md}
 * gives the mapping.
 *
 * <p>All or nothing: a missing column, a row of the wrong width or without a name, an unknown
 * schema, a date that is neither ISO nor "October 1, 2027", and a program naming another section
 * are reported together with file and line.
 */
public final class NdaaListReader {
  private static final List<String> REQUIRED = List.of("schema", "name", "aliases", "program", "authority",
      "report-date", "start-date", "end-date", "country", "source_url");

  /** The sections read, and their lists. */
  private record Section(String id, String name, String publisher, String url) {}

  private static final Map<String, Section> SECTIONS = Map.of(
      "889", new Section("us-889", "NDAA FY2019 section 889: covered telecommunications and video surveillance "
          + "companies", "United States Congress", "https://www.congress.gov/115/plaws/publ232/PLAW-115publ232.pdf"),
      "5949", new Section("us-5949", "NDAA FY2023 section 5949: semiconductor companies whose products federal "
          + "agencies may not procure", "United States Congress",
          "https://www.congress.gov/117/bills/hr7776/BILLS-117hr7776enr.pdf"),
      "154", new Section("us-154", "NDAA FY2024 section 154: battery makers whose batteries the DoD may not procure",
          "United States Congress", "https://www.congress.gov/118/plaws/publ31/PLAW-118publ31.pdf"),
      "1286", new Section("us-1286", "NDAA FY2019 section 1286: foreign institutions and talent recruitment programs",
          "U.S. Department of Defense", "https://basicresearch.defense.gov/Programs/Academic-Research-Security/"));

  private static final Pattern SECTION = Pattern.compile("\\bSection (\\d+)\\b", Pattern.CASE_INSENSITIVE);

  private NdaaListReader() {}

  /** True when {@code head} starts with the header of these lists. */
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
    List<CsvRows.Row> rows = CsvRows.read(file, CsvRows.COMMA);
    CsvRows.Header header = rows.isEmpty() ? null : CsvRows.Header.of(file, rows.get(0), REQUIRED);
    if (rows.size() < 2) {
      file.problem(rows.isEmpty() ? 0 : rows.get(0).line(), "file has no rows, expected a header and one row per"
          + " company");
    }
    Section section = null;
    String sectionNumber = null;
    Map<String, EntryDraft> drafts = new LinkedHashMap<>();
    Map<String, Set<String>> reported = new LinkedHashMap<>();
    Map<String, LocalDate> latestReport = new LinkedHashMap<>();
    LocalDate published = null;
    String url = null;
    LocalDate urlDate = null;
    for (CsvRows.Row row : header == null ? List.<CsvRows.Row>of() : rows.subList(1, rows.size())) {
      if (!header.fits(file, row)) {
        continue;
      }
      int before = file.problemCount();
      String program = header.get(row, "program");
      Matcher number = SECTION.matcher(program);
      String found = number.find() ? number.group(1) : null;
      if (found == null || !SECTIONS.containsKey(found)) {
        file.problem(row.line(), "program " + Texts.quote(program) + " names " + (found == null ? "no section"
            : "section " + found) + ", expected section 889, 5949, 154 or 1286 of a National Defense Authorization Act");
      } else if (sectionNumber == null) {
        sectionNumber = found;
        section = SECTIONS.get(found);
      } else if (!sectionNumber.equals(found)) {
        file.problem(row.line(), "program names section " + found + ", expected section " + sectionNumber
            + " as in the rows above: one file holds one list");
      }
      String name = Texts.squeeze(header.get(row, "name"));
      if (name.isEmpty()) {
        file.problem(row.line(), "row has no name, expected one in column 'name'");
      }
      PartyType type = SpecialLists.type(file, row, header.get(row, "schema"));
      LocalDate from = SpecialLists.day(file, row, "start-date", header.get(row, "start-date"), true);
      LocalDate until = SpecialLists.day(file, row, "end-date", header.get(row, "end-date"), false);
      String report = header.get(row, "report-date");
      LocalDate reportDay = SpecialLists.day(file, row, "report-date", report, true);
      if (file.problemCount() > before || section == null) {
        continue;
      }
      String key = name.toLowerCase(Locale.ROOT);
      String list = section.id();
      EntryDraft draft = drafts.computeIfAbsent(key, k -> new EntryDraft(list, "line-" + row.line(),
          new EntryLocation(file.shown(), row.line())).type(type).name(name));
      Texts.split(header.get(row, "aliases"), ";").forEach(alias -> draft.alias(alias, EntryName.Kind.ALIAS));
      draft.program(program);
      draft.country(header.get(row, "country"));
      if (from != null && (draft.listedFrom() == null || from.isBefore(draft.listedFrom()))) {
        draft.listedFrom(from);
      }
      // The latest report decides whether the entry ends, and when: a later edition supersedes an
      // earlier one that gave no end date.
      LocalDate seen = latestReport.get(key);
      if (seen == null || reportDay == null || !reportDay.isBefore(seen)) {
        latestReport.put(key, reportDay == null ? LocalDate.MIN : reportDay);
        draft.listedUntil(until);
      }
      if (!report.isEmpty()) {
        reported.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(report);
      }
      draft.remark(header.get(row, "reason"));
      draft.remark(header.get(row, "notes"));
      if (reportDay != null && report.length() == 10 && (published == null || reportDay.isAfter(published))) {
        published = reportDay;
      }
      String source = header.get(row, "source_url");
      if (!source.isEmpty() && (url == null || reportDay != null && (urlDate == null || reportDay.isAfter(urlDate)))) {
        url = source;
        urlDate = reportDay;
      }
    }
    file.throwIfAny();
    List<ListEntry> entries = new ArrayList<>();
    drafts.forEach((key, draft) -> {
      Set<String> years = reported.get(key);
      if (years != null) {
        draft.remark("Reported " + String.join(", ", years));
      }
      entries.add(draft.build());
    });
    return new ScreeningList(section.id(), section.name(), section.publisher(), url != null ? url : section.url(),
        published, entries);
  }
}
