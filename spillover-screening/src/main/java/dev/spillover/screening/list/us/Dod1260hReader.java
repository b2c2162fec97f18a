package dev.spillover.screening.list.us;

import dev.spillover.screening.list.EntryLocation;
import dev.spillover.screening.list.EntryName;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.ListLink;
import dev.spillover.screening.list.PartyType;
import dev.spillover.screening.list.ScreeningList;
import dev.spillover.screening.list.internal.CsvRows;
import dev.spillover.screening.list.internal.EntryDraft;
import dev.spillover.screening.list.internal.ListFile;
import dev.spillover.screening.list.internal.NameIndex;
import dev.spillover.screening.list.internal.Texts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the DoD's section 1260H list of Chinese military companies, every edition since 2021, as
 * transcribed in CSV: Name (as printed), Clean Name, Alias, Previous Name, Parent Name, Note, Start
 * date, End date, Source Url, one row per company and edition.
 *
 * <p>A company's rows are its editions: an edition without an end date lasts until the next edition
 * of the company, so that the rows chain into listing periods, and each period becomes one entry
 * (listed from its first start to its last end, open when its last row is). A company delisted and
 * listed again has two entries. An entry's id is {@code line-N}, N the line of the period's first
 * row. Its Parent Name becomes a {@link ListLink.Relation#PARENT} link, resolved to the parent's
 * latest entry when the name, compared without case and punctuation, is the clean or printed name
 * of exactly one company. {@code docs/formats/lists.md} gives the mapping.
 *
 * <p>All or nothing: a missing column, a row of the wrong width or without a name, and a date that
 * is not a date are reported together with file and line.
 */
public final class Dod1260hReader {
  /** The list's stable id. */
  public static final String ID = "dod-1260h";

  /** The program of every entry. */
  public static final String PROGRAM = "Section 1260H of the William M. (Mac) Thornberry National Defense "
      + "Authorization Act for Fiscal Year 2021 (Public Law 116-283)";

  private static final List<String> REQUIRED = List.of("Name", "Clean Name", "Alias", "Previous Name",
      "Parent Name", "Start date", "End date");

  private Dod1260hReader() {}

  /** True when {@code head} starts with the header of this list. */
  public static boolean recognizes(byte[] head) {
    return CsvRows.Header.names(CsvRows.firstRow(head, CsvRows.COMMA), REQUIRED);
  }

  /** One row: one company in one edition. */
  private record Listing(int line, String printed, String name, List<String> aliases, List<String> previous,
      String parent, String note, LocalDate from, LocalDate until, String url) {}

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
    Map<String, List<Listing>> companies = new LinkedHashMap<>();
    String url = null;
    LocalDate urlDate = null;
    for (CsvRows.Row row : table.rows()) {
      int before = file.problemCount();
      String printed = Texts.squeeze(header.get(row, "Name"));
      String name = Texts.squeeze(header.get(row, "Clean Name"));
      if (name.isEmpty()) {
        name = printed.replaceAll("[*.\\s]+$", "");
      }
      if (name.isEmpty()) {
        file.problem(row.line(), "row has no name, expected one in column Clean Name or Name");
      }
      LocalDate from = SpecialLists.day(file, row, "Start date", header.get(row, "Start date"), true);
      LocalDate until = SpecialLists.day(file, row, "End date", header.get(row, "End date"), false);
      if (file.problemCount() > before) {
        continue;
      }
      String source = header.get(row, "Source Url");
      Listing listing = new Listing(row.line(), printed, name, aliases(header.get(row, "Alias")),
          Texts.split(header.get(row, "Previous Name"), ";"), Texts.squeeze(header.get(row, "Parent Name")),
          header.get(row, "Note"), from, until, source);
      companies.computeIfAbsent(fold(name), k -> new ArrayList<>()).add(listing);
      if (!source.isEmpty() && from != null && (urlDate == null || from.isAfter(urlDate))) {
        url = source;
        urlDate = from;
      }
    }
    file.throwIfAny();

    List<EntryDraft> drafts = new ArrayList<>();
    NameIndex parents = new NameIndex(Dod1260hReader::fold);
    for (List<Listing> listings : companies.values()) {
      List<EntryDraft> periods = periods(file, listings);
      drafts.addAll(periods);
      String latest = periods.get(periods.size() - 1).id();
      for (Listing listing : listings) {
        parents.addPrimary(listing.name(), latest);
        if (!listing.printed().isEmpty()) {
          parents.addPrimary(listing.printed().replaceAll("[*\\s]+$", ""), latest);
        }
      }
    }
    List<ListEntry> entries = new ArrayList<>(drafts.size());
    for (EntryDraft draft : drafts) {
      entries.add(draft.links(distinctTargets(parents.resolve(draft.id(), draft.links()))).build());
    }
    entries.sort(Comparator.comparingInt(e -> e.location().line()));
    return new ScreeningList(ID, "DoD section 1260H list of Chinese military companies", "U.S. Department of Defense",
        url != null ? url : "https://www.defense.gov/News/Releases/", urlDate, entries);
  }

  /** The listing periods of one company's rows, each as a draft. */
  private static List<EntryDraft> periods(ListFile file, List<Listing> listings) {
    List<Listing> sorted = new ArrayList<>(listings);
    sorted.sort(Comparator.comparing(Listing::from, Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparingInt(Listing::line));
    List<List<Listing>> periods = new ArrayList<>();
    List<Listing> current = new ArrayList<>();
    for (Listing listing : sorted) {
      Listing last = current.isEmpty() ? null : current.get(current.size() - 1);
      // An open row runs on into the company's next edition; a row with an end date ends the period
      // unless the next edition starts on or before that end.
      boolean continues = last != null && (last.until() == null || listing.from() == null
          || !listing.from().isAfter(last.until()));
      if (last != null && !continues) {
        periods.add(current);
        current = new ArrayList<>();
      }
      current.add(listing);
    }
    periods.add(current);
    List<EntryDraft> drafts = new ArrayList<>();
    for (List<Listing> period : periods) {
      Listing first = period.get(0);
      Listing last = period.get(period.size() - 1);
      EntryDraft draft = new EntryDraft(ID, "line-" + first.line(), new EntryLocation(file.shown(), first.line()))
          .type(PartyType.COMPANY).name(last.name()).program(PROGRAM).listedFrom(first.from())
          .listedUntil(last.until());
      Set<String> notes = new LinkedHashSet<>();
      Set<String> editions = new LinkedHashSet<>();
      for (Listing listing : period) {
        draft.alias(listing.name(), EntryName.Kind.ALIAS);
        listing.aliases().forEach(alias -> draft.alias(alias, EntryName.Kind.ALIAS));
        listing.previous().forEach(former -> draft.alias(former, EntryName.Kind.FORMER));
        if (!listing.parent().isEmpty()) {
          draft.link(new ListLink(ListLink.Relation.PARENT, listing.parent(), null));
        }
        if (!listing.note().isEmpty()) {
          notes.add(listing.note());
        }
        if (listing.from() != null) {
          editions.add(listing.from().toString());
        }
      }
      draft.remark("Listed in the editions of " + String.join(", ", editions));
      notes.forEach(draft::remark);
      drafts.add(draft);
    }
    return drafts;
  }

  /**
   * {@code links} without repeats of one parent spelled two ways by two editions ("Aviation Industry
   * Corporation of China Ltd." and "..., Ltd."): the first spelling of each target is kept.
   */
  private static List<ListLink> distinctTargets(List<ListLink> links) {
    Set<String> seen = new LinkedHashSet<>();
    List<ListLink> distinct = new ArrayList<>();
    for (ListLink link : links) {
      if (seen.add(link.targetId() != null ? "id:" + link.targetId() : "name:" + fold(link.targetName()))) {
        distinct.add(link);
      }
    }
    return distinct;
  }

  /**
   * The aliases of a cell: several are separated by ";" or by a comma without a space after it
   * ({@code Knownsec,Beijing Kownsec}); a comma followed by a space belongs to a name
   * ({@code China Avionics Systems Co., Ltd.}).
   */
  static List<String> aliases(String cell) {
    List<String> aliases = new ArrayList<>();
    for (String part : cell.split(";|,(?! )")) {
      String alias = Texts.squeeze(part);
      if (!alias.isEmpty()) {
        aliases.add(alias);
      }
    }
    return aliases;
  }

  /** A name compared without case, punctuation or repeated spaces. */
  static String fold(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
