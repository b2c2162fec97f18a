package dev.spillover.screening.list.csl;

import dev.spillover.model.Countries;
import dev.spillover.screening.list.EntryLocation;
import dev.spillover.screening.list.EntryName;
import dev.spillover.screening.list.Identifier;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.ListLink;
import dev.spillover.screening.list.PartyType;
import dev.spillover.screening.list.ScreeningList;
import dev.spillover.screening.list.internal.CsvRows;
import dev.spillover.screening.list.internal.Dates;
import dev.spillover.screening.list.internal.EntryDraft;
import dev.spillover.screening.list.internal.IdentifierLabels;
import dev.spillover.screening.list.internal.ListFile;
import dev.spillover.screening.list.internal.NameIndex;
import dev.spillover.screening.list.internal.Texts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the US Consolidated Screening List (trade.gov) as CSV, in both column layouts: the 2019
 * one ({@code source, entity_number, type, programs, name, ...}) and the 2025 one, which adds a
 * leading {@code _id}. Columns are found by name. Multi-valued cells (alt_names, addresses,
 * citizenships, nationalities, dates_of_birth, ids, programs) are separated by {@code "; "}. Each
 * entry keeps its source list ("Entity List (EL) - Bureau of Industry and Security") as its first
 * program, followed by the programs of the {@code programs} cell; its Federal Register notice,
 * standard order, license requirement and policy go into the remarks, each labelled. {@code docs/formats/lists.md}
 * gives the full mapping.
 *
 * <p>All or nothing: a missing column, a row of the wrong width, an entry without a name, an
 * unknown type, a date that is not ISO 8601 and an {@code _id} used twice are reported together
 * with file and line, and nothing is returned.
 */
public final class CslReader {
  /** The list's stable id. */
  public static final String ID = "us-csl";

  private static final List<String> REQUIRED = List.of("source", "entity_number", "type", "programs", "name",
      "addresses", "federal_register_notice", "start_date", "end_date", "alt_names", "ids");

  private CslReader() {}

  /** True when {@code head} starts with the CSL's header row, in either layout. */
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
    if (header != null) {
      boolean withId = header.has("_id");
      Map<String, Integer> ids = new HashMap<>();
      for (CsvRows.Row row : table.rows()) {
        EntryDraft draft = entry(file, header, row, withId, ids);
        if (draft != null) {
          drafts.add(draft);
        }
      }
    }
    file.throwIfAny();
    NameIndex index = NameIndex.exact();
    drafts.forEach(index::add);
    List<ListEntry> entries = new ArrayList<>();
    for (EntryDraft draft : drafts) {
      entries.add(draft.links(index.resolve(draft.id(), draft.links())).build());
    }
    return new ScreeningList(ID, "Consolidated Screening List",
        "U.S. Department of Commerce, International Trade Administration (trade.gov)",
        "https://www.trade.gov/consolidated-screening-list", null, entries);
  }

  private static EntryDraft entry(ListFile file, CsvRows.Header header, CsvRows.Row row, boolean withId,
      Map<String, Integer> ids) {
    int before = file.problemCount();
    String name = header.get(row, "name");
    // The State Department's lists name "X; and any successor, sub-unit, or subsidiary thereof".
    String qualifier = null;
    int successor = name.indexOf("; and any successor");
    if (successor > 0) {
      qualifier = name.substring(successor + 2).strip();
      name = name.substring(0, successor).strip();
    }
    if (name.isEmpty()) {
      file.problem(row.line(), "entry has no name, expected one in column 'name'");
    }
    PartyType type = type(header.get(row, "type"));
    if (type == null) {
      file.problem(row.line(), "type " + Texts.quote(header.get(row, "type"))
          + ", expected Individual, Entity, Vessel, Aircraft or nothing");
    }
    String id = id(file, header, row, ids);
    LocalDate from = date(file, row, header, "start_date");
    LocalDate until = date(file, row, header, "end_date");
    List<String> births = new ArrayList<>();
    for (String text : Texts.split(header.get(row, "dates_of_birth"), ";")) {
      String date = Dates.isoPartial(text);
      if (date == null) {
        date = Dates.dayMonthYear(text);
      }
      if (date == null) {
        file.problem(row.line(), "date of birth " + Texts.quote(text)
            + " is not a date, expected YYYY, YYYY-MM or YYYY-MM-DD (or 29 Apr 1965)");
      } else {
        births.add(date);
      }
    }
    if (file.problemCount() > before) {
      return null;
    }
    EntryDraft draft = new EntryDraft(ID, id, new EntryLocation(file.shown(), row.line())).type(type).name(name)
        .listedFrom(from).listedUntil(until);
    births.forEach(draft::birthDate);
    draft.program(header.get(row, "source"));
    Texts.split(header.get(row, "programs"), ";").forEach(draft::program);
    items(header.get(row, "alt_names")).forEach(alias -> draft.alias(alias, EntryName.Kind.ALIAS));
    for (String address : items(header.get(row, "addresses"))) {
      draft.address(address);
      int comma = address.lastIndexOf(',');
      draft.country(address.substring(comma + 1).strip());
    }
    Texts.split(header.get(row, "citizenships"), ";").forEach(draft::country);
    Texts.split(header.get(row, "nationalities"), ";").forEach(draft::country);
    draft.country(header.get(row, "vessel_flag"));
    for (String item : Texts.split(header.get(row, "ids"), ";")) {
      draft.identifier(identifier(item, withId));
    }
    String callSign = header.get(row, "call_sign");
    if (!callSign.isEmpty()) {
      draft.identifier(new Identifier("Call Sign", callSign, null));
    }
    String owner = header.get(row, "vessel_owner");
    if (!owner.isEmpty()) {
      draft.link(new ListLink(ListLink.Relation.PARENT, owner, null));
    }
    remark(draft, "Federal Register notice", header.get(row, "federal_register_notice"));
    remark(draft, "Standard order", header.get(row, "standard_order"));
    remark(draft, "License requirement", header.get(row, "license_requirement"));
    remark(draft, "License policy", header.get(row, "license_policy"));
    draft.remark(header.get(row, "remarks"));
    if (qualifier != null) {
      draft.remark("Named with: " + qualifier);
    }
    return draft;
  }

  /**
   * The items of a multi-valued cell, split at ";", the "and " that BIS puts before the last item
   * ({@code Hebei Semiconductor; and CETC Research Institute 13}) dropped.
   */
  static List<String> items(String cell) {
    List<String> items = new ArrayList<>();
    for (String item : Texts.split(cell, ";")) {
      String clean = item.startsWith("and ") ? item.substring(4).strip() : item;
      if (!clean.isEmpty()) {
        items.add(clean);
      }
    }
    return items;
  }

  /** The row's {@code _id}, else its entity_number, else {@code line-N}; a repeated id is a problem. */
  private static String id(ListFile file, CsvRows.Header header, CsvRows.Row row, Map<String, Integer> ids) {
    String id = header.get(row, "_id");
    String column = "_id";
    if (id.isEmpty()) {
      id = header.get(row, "entity_number");
      column = "entity_number";
    }
    if (id.isEmpty()) {
      return "line-" + row.line();
    }
    Integer first = ids.putIfAbsent(id, row.line());
    if (first != null) {
      file.problem(row.line(), column + " " + Texts.quote(id) + " is used again (first at line " + first
          + "), expected each entry once");
    }
    return id;
  }

  private static LocalDate date(ListFile file, CsvRows.Row row, CsvRows.Header header, String column) {
    String text = header.get(row, column);
    if (text.isEmpty()) {
      return null;
    }
    LocalDate date = Dates.iso(text);
    if (date == null) {
      file.problem(row.line(), column + " " + Texts.quote(text) + " is not a date, expected YYYY-MM-DD");
    }
    return date;
  }

  /**
   * One item of the ids cell. The 2025 layout writes type, number and country
   * ({@code Passport, 836238033, KP}); the 2019 one country, number and type
   * ({@code US, 80-0890696, Tax ID No.}), the country left out when unknown. The layout's order is
   * tried first, then the other.
   */
  static Identifier identifier(String item, boolean typeFirst) {
    List<String> parts = Texts.split(item, ",");
    if (parts.size() < 2) {
      return null;
    }
    Identifier found = typeFirst ? typeFirst(parts) : typeLast(parts);
    return found != null ? found : typeFirst ? typeLast(parts) : typeFirst(parts);
  }

  private static Identifier typeFirst(List<String> parts) {
    boolean country = parts.size() > 2 && Countries.code(parts.get(parts.size() - 1)) != null;
    String value = String.join(", ", parts.subList(1, country ? parts.size() - 1 : parts.size()));
    return IdentifierLabels.identifier(parts.get(0), value, country ? parts.get(parts.size() - 1) : null);
  }

  private static Identifier typeLast(List<String> parts) {
    boolean country = parts.size() > 2 && Countries.code(parts.get(0)) != null;
    String value = String.join(", ", parts.subList(country ? 1 : 0, parts.size() - 1));
    return IdentifierLabels.identifier(parts.get(parts.size() - 1), value, country ? parts.get(0) : null);
  }

  private static void remark(EntryDraft draft, String label, String text) {
    if (!text.isEmpty()) {
      draft.remark(label + ": " + text);
    }
  }

  private static PartyType type(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "" -> PartyType.UNKNOWN;
      case "individual" -> PartyType.PERSON;
      case "entity" -> PartyType.ORGANIZATION;
      case "vessel" -> PartyType.VESSEL;
      case "aircraft" -> PartyType.AIRCRAFT;
      default -> null;
    };
  }
}
