package dev.spillover.screening.list.ofac;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.screening.list.EntryLocation;
import dev.spillover.screening.list.EntryName;
import dev.spillover.screening.list.Identifier;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.ListLink;
import dev.spillover.screening.list.PartyType;
import dev.spillover.screening.list.ScreeningList;
import dev.spillover.screening.list.internal.CsvRows;
import dev.spillover.screening.list.internal.EntryDraft;
import dev.spillover.screening.list.internal.ListFile;
import dev.spillover.screening.list.internal.NameIndex;
import dev.spillover.screening.list.internal.Texts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads OFAC's legacy CSV: the SDN list ({@code sdn.csv} with {@code alt.csv}, {@code add.csv} and
 * {@code sdn_comments.csv}) or the consolidated non-SDN lists ({@code cons_prim.csv} with
 * {@code cons_alt.csv}, {@code cons_add.csv}, {@code cons_comments.csv}). The main file is
 * recognized from its content; which list it is, and its companions, from its name (a main file
 * of another name is read as the SDN list, without companions). {@code docs/formats/lists.md}
 * gives the mapping.
 *
 * <p>The publisher's quirks are taken as they come: no header row, {@code -0- } for an empty cell,
 * CRLF line ends, a 0x1A byte closing the file, programs packed as {@code SDGT] [IFSR}, remarks
 * cut off and continued in the comments file. Real errors (a row of the wrong width, an ent_num
 * that is not a number or is used twice, a missing name, an unknown type or alias type, an alias,
 * address or comment for an entry the main file lacks) are reported together, naming the file and
 * line, and nothing is returned.
 */
public final class OfacCsvReader {
  /** The stable ids of the two lists. */
  public static final String SDN = "ofac-sdn";
  public static final String CONSOLIDATED = "ofac-cons";

  private static final String NULL = "-0-";
  private static final Pattern NUMBER = Pattern.compile("\\d{1,12}");
  private static final int MAIN_WIDTH = 12;
  private static final String MAIN_COLUMNS = "ent_num, name, type, programs, title, call sign, vessel type, tonnage,"
      + " GRT, vessel flag, vessel owner, remarks";

  /** The companion files of a main file, by the main file's name. */
  private record Family(String list, String name, String url, String alt, String add, String comments) {}

  private static final Map<String, Family> FAMILIES = Map.of(
      "sdn.csv", new Family(SDN, "OFAC Specially Designated Nationals and Blocked Persons List (SDN)",
          "https://ofac.treasury.gov/specially-designated-nationals-and-blocked-persons-list-sdn-human-readable-lists",
          "alt.csv", "add.csv", "sdn_comments.csv"),
      "cons_prim.csv", new Family(CONSOLIDATED, "OFAC Consolidated Sanctions List (non-SDN lists)",
          "https://ofac.treasury.gov/consolidated-sanctions-list-non-sdn-lists",
          "cons_alt.csv", "cons_add.csv", "cons_comments.csv"));

  private static final String PUBLISHER = "U.S. Department of the Treasury, Office of Foreign Assets Control (OFAC)";

  private OfacCsvReader() {}

  /**
   * True when {@code head}, the first bytes of a file, starts with a row of OFAC's main file: twelve
   * cells, a number first, a type of individual, vessel, aircraft or {@code -0-} third.
   */
  public static boolean recognizes(byte[] head) {
    List<String> row = CsvRows.firstRow(head, CsvRows.COMMA);
    return row.size() == MAIN_WIDTH && NUMBER.matcher(row.get(0)).matches()
        && List.of("individual", "vessel", "aircraft", NULL).contains(row.get(2).toLowerCase(Locale.ROOT));
  }

  /**
   * True when {@code head} starts with a row of an OFAC companion file: an alias (ent_num, alt_num,
   * aka/fka/nka, name, remarks), an address (ent_num, add_num and four cells) or a comment
   * (ent_num and text).
   */
  public static boolean recognizesCompanion(byte[] head) {
    List<String> row = CsvRows.firstRow(head, CsvRows.COMMA);
    if (row.isEmpty() || !NUMBER.matcher(row.get(0)).matches()) {
      return false;
    }
    return switch (row.size()) {
      case 5 -> NUMBER.matcher(row.get(1)).matches() && List.of("aka", "fka", "nka").contains(row.get(2));
      case 6 -> NUMBER.matcher(row.get(1)).matches();
      case 2 -> true;
      default -> false;
    };
  }

  /** The main file that {@code companion} belongs with, by name (null when its name is none OFAC uses). */
  public static Path mainFileOf(Path companion) {
    String name = companion.getFileName().toString().toLowerCase(Locale.ROOT);
    for (Map.Entry<String, Family> family : FAMILIES.entrySet()) {
      Family f = family.getValue();
      if (name.equals(f.alt()) || name.equals(f.add()) || name.equals(f.comments())) {
        return companion.resolveSibling(family.getKey());
      }
    }
    return null;
  }

  /**
   * Reads the list whose main file is {@code main}, with its companions beside it.
   *
   * @throws InputException listing every problem of the four files (a missing alias or address
   *     file among them); nothing is returned then
   * @throws java.io.UncheckedIOException when a file cannot be read
   */
  public static ScreeningList read(Path main) {
    String mainName = main.getFileName().toString().toLowerCase(Locale.ROOT);
    Family family = FAMILIES.getOrDefault(mainName, new Family(SDN, FAMILIES.get("sdn.csv").name(),
        FAMILIES.get("sdn.csv").url(), null, null, null));
    ListFile file = ListFile.read(main);
    List<ListFile> files = new ArrayList<>(List.of(file));
    Map<String, EntryDraft> drafts = new LinkedHashMap<>();
    Map<String, StringBuilder> remarks = new HashMap<>();
    readMain(file, family.list(), drafts, remarks);

    List<Problem> missing = new ArrayList<>();
    ListFile alt = companion(main, family.alt(), true, missing);
    ListFile add = companion(main, family.add(), true, missing);
    ListFile comments = companion(main, family.comments(), false, missing);
    if (alt != null) {
      files.add(alt);
      readAliases(alt, file.name(), drafts);
    }
    if (add != null) {
      files.add(add);
      readAddresses(add, file.name(), drafts);
    }
    if (comments != null) {
      files.add(comments);
      readComments(comments, file.name(), drafts, remarks);
    }

    Map<String, List<OfacRemarks.Link>> pending = new HashMap<>();
    for (EntryDraft draft : drafts.values()) {
      StringBuilder text = remarks.get(draft.id());
      if (text != null) {
        String joined = text.toString().strip();
        draft.remark(joined);
        pending.computeIfAbsent(draft.id(), k -> new ArrayList<>()).addAll(OfacRemarks.read(joined, draft));
      }
    }

    List<Problem> problems = new ArrayList<>(missing);
    files.forEach(f -> problems.addAll(f.problems()));
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return new ScreeningList(family.list(), family.name(), PUBLISHER, family.url(), null, build(drafts, pending));
  }

  private static ListFile companion(Path main, String name, boolean required, List<Problem> missing) {
    if (name == null) {
      return null;
    }
    Path path = main.resolveSibling(name);
    if (!Files.isRegularFile(path)) {
      if (required) {
        missing.add(new Problem(path.toString(), 0, 0, "no such file: OFAC publishes " + name + " beside "
            + main.getFileName() + ", expected it in the same folder (its names are read from it)"));
      }
      return null;
    }
    return ListFile.read(path);
  }

  private static void readMain(ListFile file, String list, Map<String, EntryDraft> drafts,
      Map<String, StringBuilder> remarks) {
    Map<String, Integer> lines = new HashMap<>();
    for (CsvRows.Row row : CsvRows.read(file, CsvRows.COMMA)) {
      if (row.size() != MAIN_WIDTH) {
        width(file, row, MAIN_WIDTH, MAIN_COLUMNS);
        continue;
      }
      String entNum = row.cell(0);
      if (!NUMBER.matcher(entNum).matches()) {
        file.problem(row.line(), "ent_num " + Texts.quote(entNum) + " is not a number, expected the entry's number"
            + " (digits) in the first cell");
        continue;
      }
      Integer first = lines.putIfAbsent(entNum, row.line());
      if (first != null) {
        file.problem(row.line(), "ent_num " + entNum + " is used again (first at line " + first
            + "), expected each entry once");
        continue;
      }
      String name = value(row.cell(1));
      if (name == null) {
        file.problem(row.line(), "entry " + entNum + " has no name, expected its name in the second cell");
        continue;
      }
      PartyType type = type(row.cell(2));
      if (type == null) {
        file.problem(row.line(), "entry " + entNum + " has type " + Texts.quote(row.cell(2))
            + ", expected individual, vessel, aircraft or -0- (an entity)");
        continue;
      }
      EntryDraft draft = new EntryDraft(list, entNum, new EntryLocation(file.shown(), row.line()))
          .type(type).name(name);
      for (String program : programs(row.cell(3))) {
        draft.program(program);
      }
      String callSign = value(row.cell(5));
      if (callSign != null) {
        draft.identifier(new Identifier("Call Sign", callSign, null));
      }
      draft.country(country(row.cell(9)));
      String owner = value(row.cell(10));
      if (owner != null) {
        draft.link(new ListLink(ListLink.Relation.PARENT, owner, null));
      }
      String remark = value(row.cell(11));
      if (remark != null) {
        remarks.put(entNum, new StringBuilder(remark));
      }
      drafts.put(entNum, draft);
    }
  }

  private static void readAliases(ListFile file, String main, Map<String, EntryDraft> drafts) {
    for (CsvRows.Row row : CsvRows.read(file, CsvRows.COMMA)) {
      if (row.size() != 5) {
        width(file, row, 5, "ent_num, alt_num, type (aka, fka or nka), name, remarks");
        continue;
      }
      EntryDraft draft = owner(file, row, main, drafts);
      if (draft == null) {
        continue;
      }
      String kind = row.cell(2).toLowerCase(Locale.ROOT);
      String name = value(row.cell(3));
      String aliasRemarks = value(row.cell(4));
      boolean weak = aliasRemarks != null && aliasRemarks.toLowerCase(Locale.ROOT).contains("weak");
      EntryName.Kind nameKind = switch (kind) {
        case "aka", "nka" -> weak ? EntryName.Kind.WEAK_ALIAS : EntryName.Kind.ALIAS;
        case "fka" -> EntryName.Kind.FORMER;
        default -> null;
      };
      if (nameKind == null) {
        file.problem(row.line(), "alias type " + Texts.quote(row.cell(2)) + ", expected aka, fka or nka");
      } else if (name == null) {
        file.problem(row.line(), "alias " + row.cell(1) + " of entry " + draft.id() + " has no name, expected one"
            + " in the fourth cell");
      } else {
        draft.alias(name, nameKind);
      }
    }
  }

  private static void readAddresses(ListFile file, String main, Map<String, EntryDraft> drafts) {
    for (CsvRows.Row row : CsvRows.read(file, CsvRows.COMMA)) {
      if (row.size() != 6) {
        width(file, row, 6, "ent_num, add_num, address, city/state/postal code, country, remarks");
        continue;
      }
      EntryDraft draft = owner(file, row, main, drafts);
      if (draft == null) {
        continue;
      }
      String country = value(row.cell(4));
      List<String> parts = new ArrayList<>();
      for (String part : new String[] {value(row.cell(2)), value(row.cell(3)), country}) {
        if (part != null) {
          parts.add(part);
        }
      }
      draft.address(String.join(", ", parts));
      draft.country(country(row.cell(4)));
    }
  }

  private static void readComments(ListFile file, String main, Map<String, EntryDraft> drafts,
      Map<String, StringBuilder> remarks) {
    for (CsvRows.Row row : CsvRows.read(file, CsvRows.COMMA)) {
      if (row.size() != 2) {
        width(file, row, 2, "ent_num, remarks continued");
        continue;
      }
      EntryDraft draft = owner(file, row, main, drafts);
      String text = row.cells().get(1);
      if (draft != null && value(text) != null) {
        // OFAC cuts long remarks anywhere, even inside a word, and continues them here as written.
        remarks.computeIfAbsent(draft.id(), k -> new StringBuilder()).append(text);
      }
    }
  }

  private static EntryDraft owner(ListFile file, CsvRows.Row row, String main, Map<String, EntryDraft> drafts) {
    String entNum = row.cell(0);
    if (!NUMBER.matcher(entNum).matches()) {
      file.problem(row.line(), "ent_num " + Texts.quote(entNum) + " is not a number, expected the number of an entry"
          + " of " + main);
      return null;
    }
    EntryDraft draft = drafts.get(entNum);
    if (draft == null) {
      file.problem(row.line(), "ent_num " + entNum + " is not an entry of " + main
          + ", expected the number of one of its entries");
    }
    return draft;
  }

  private static void width(ListFile file, CsvRows.Row row, int width, String columns) {
    if (file.full()) {
      return;
    }
    String last = row.size() == 0 ? "nothing" : Texts.quote(row.cells().get(row.size() - 1));
    file.problem(row.line(), "row has " + row.size() + " cell" + (row.size() == 1 ? "" : "s") + " (the last " + last
        + "), expected " + width + ": " + columns);
  }

  private static List<ListEntry> build(Map<String, EntryDraft> drafts, Map<String, List<OfacRemarks.Link>> pending) {
    NameIndex index = NameIndex.exact();
    drafts.values().forEach(index::add);
    List<ListEntry> entries = new ArrayList<>(drafts.size());
    for (EntryDraft draft : drafts.values()) {
      List<ListLink> links = new ArrayList<>(index.resolve(draft.id(), draft.links()));
      for (OfacRemarks.Link link : pending.getOrDefault(draft.id(), List.of())) {
        String target = index.resolve(link.name());
        String name = link.name();
        if (target == null && link.withoutPeriod() != null) {
          // The period may close the remarks rather than the name ("Linked To: HIZBALLAH.").
          name = link.withoutPeriod();
          target = index.resolve(name);
        }
        if (!draft.id().equals(target)) {
          links.add(new ListLink(link.relation(), name, target));
        }
      }
      entries.add(draft.links(links).build());
    }
    return entries;
  }

  /** The cell's text, or null for OFAC's empty marker {@code -0-} and blank cells. */
  static String value(String cell) {
    String stripped = cell.strip();
    return stripped.isEmpty() || stripped.equals(NULL) ? null : stripped;
  }

  /** The programs of a cell, as OFAC packs them: {@code SDGT] [IFSR}, or {@code [SDGT] [IFSR]}. */
  static List<String> programs(String cell) {
    String text = value(cell);
    if (text == null) {
      return List.of();
    }
    List<String> programs = new ArrayList<>();
    for (String part : text.split("\\]\\s*\\[")) {
      String program = part.replace("[", "").replace("]", "").strip();
      if (!program.isEmpty()) {
        programs.add(program);
      }
    }
    return programs;
  }

  private static PartyType type(String cell) {
    String text = value(cell);
    if (text == null) {
      return PartyType.ORGANIZATION;
    }
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "individual" -> PartyType.PERSON;
      case "vessel" -> PartyType.VESSEL;
      case "aircraft" -> PartyType.AIRCRAFT;
      default -> null;
    };
  }

  /** A country cell without OFAC's "Region: " prefix ({@code Region: Crimea}). */
  private static String country(String cell) {
    String text = value(cell);
    return text != null && text.startsWith("Region: ") ? text.substring("Region: ".length()) : text;
  }
}
