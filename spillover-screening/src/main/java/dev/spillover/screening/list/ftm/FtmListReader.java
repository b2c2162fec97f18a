package dev.spillover.screening.list.ftm;

import dev.spillover.formats.ftm.FtmEntities;
import dev.spillover.formats.ftm.FtmImporter;
import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.model.Countries;
import dev.spillover.screening.list.EntryLocation;
import dev.spillover.screening.list.EntryName;
import dev.spillover.screening.list.Identifier;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.PartyType;
import dev.spillover.screening.list.ScreeningList;
import dev.spillover.screening.list.internal.Dates;
import dev.spillover.screening.list.internal.EntryDraft;
import dev.spillover.screening.list.internal.Texts;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads FollowTheMoney entities (OpenSanctions' format) as a list: every Person, Company,
 * Organization, LegalEntity or PublicBody that a {@code Sanction} entity of the file names, or
 * whose {@code topics} include {@code sanction} (OpenSanctions' mark of a sanctioned party, which
 * its exports keep when they leave the Sanction entities out), becomes an entry with the FtM id.
 * The JSON is read by {@link FtmEntities}, the reader the estate importer uses, within the same
 * limits. The list's id is {@code ftm-} and the file's name as a slug ({@code ftm-zala-entities}).
 * {@code docs/formats/lists.md} gives the full mapping.
 *
 * <p>All or nothing: what {@link FtmEntities} refuses, a party without a name and a date that is
 * not an ISO 8601 date are reported together with file and line.
 */
public final class FtmListReader {
  private static final Map<String, PartyType> PARTIES = Map.of(
      "Person", PartyType.PERSON, "Company", PartyType.COMPANY, "Organization", PartyType.ORGANIZATION,
      "LegalEntity", PartyType.ORGANIZATION, "PublicBody", PartyType.ORGANIZATION);

  /** FtM identifier properties and the identifier type each becomes (canonical, else FtM's own name for it). */
  private static final Map<String, String> IDENTIFIERS = identifiers();

  private static final List<String> COUNTRIES = List.of("jurisdiction", "country", "mainCountry", "nationality",
      "citizenship");
  private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
  private static final Pattern LETTER = Pattern.compile("\\p{L}");

  private FtmListReader() {}

  /** True when {@code head} starts with an FtM entity. */
  public static boolean recognizes(byte[] head) {
    return FtmImporter.looksLikeFtm(head);
  }

  /** The list id of an FtM file: {@code ftm-} and its name, without extensions, as a slug. */
  public static String listId(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT)
        .replaceFirst("(\\.ftm)?\\.(json|jsonl|ndjson)$", "");
    String slug = name.replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return "ftm-" + (slug.isEmpty() ? "entities" : slug);
  }

  /**
   * Reads the list in {@code path}.
   *
   * @throws InputException listing every problem; nothing is returned then
   * @throws java.io.UncheckedIOException when the file cannot be read
   */
  public static ScreeningList read(Path path) {
    List<FtmEntities.Entity> entities = FtmEntities.read(path);
    String list = listId(path);
    Map<String, List<FtmEntities.Entity>> sanctions = new HashMap<>();
    for (FtmEntities.Entity entity : entities) {
      if (entity.schema().equals("Sanction")) {
        for (String target : entity.values("entity")) {
          sanctions.computeIfAbsent(target, k -> new ArrayList<>()).add(entity);
        }
      }
    }
    List<Problem> problems = new ArrayList<>();
    Map<String, EntryDraft> drafts = new LinkedHashMap<>();
    for (FtmEntities.Entity entity : entities) {
      PartyType type = PARTIES.get(entity.schema());
      List<FtmEntities.Entity> its = sanctions.getOrDefault(entity.id(), List.of());
      if (type != null && (!its.isEmpty() || entity.values("topics").contains("sanction"))) {
        EntryDraft draft = entry(path, list, entity, type, its, problems);
        if (draft != null) {
          drafts.put(entity.id(), draft);
        }
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    List<ListEntry> entries = new ArrayList<>(drafts.size());
    drafts.values().forEach(d -> entries.add(d.build()));
    return new ScreeningList(list, "FollowTheMoney sanctioned parties in " + path.getFileName(),
        "OpenSanctions (FollowTheMoney)", "https://www.opensanctions.org/", null, entries);
  }

  private static EntryDraft entry(Path path, String list, FtmEntities.Entity e, PartyType type,
      List<FtmEntities.Entity> sanctions, List<Problem> problems) {
    int before = problems.size();
    List<String> names = e.values("name");
    String name = e.caption() != null && names.contains(e.caption()) ? e.caption()
        : !names.isEmpty() ? names.get(0) : e.caption();
    if (name == null) {
      problems.add(new Problem(path.toString(), e.line(), 0, e.schema() + " " + Texts.quote(e.id())
          + " has no name, expected a 'name' property or a caption"));
      return null;
    }
    EntryDraft draft = new EntryDraft(list, e.id(), new EntryLocation(path.toString(), e.line())).type(type).name(name);
    for (String other : names) {
      draft.alias(other, script(other, EntryName.Kind.ALIAS));
    }
    e.values("alias").forEach(alias -> draft.alias(alias, script(alias, EntryName.Kind.ALIAS)));
    e.values("previousName").forEach(former -> draft.alias(former, EntryName.Kind.FORMER));
    e.values("weakAlias").forEach(weak -> draft.alias(weak, EntryName.Kind.WEAK_ALIAS));
    IDENTIFIERS.forEach((property, idType) -> e.values(property)
        .forEach(value -> draft.identifier(new Identifier(idType, value, null))));
    for (String property : COUNTRIES) {
      for (String code : e.values(property)) {
        String upper = code.toUpperCase(Locale.ROOT);
        if (Countries.isKnown(upper)) {
          draft.country(upper);
        }
      }
    }
    for (String property : List.of("birthDate", "incorporationDate")) {
      for (String text : e.values(property)) {
        String date = partial(text);
        if (date == null) {
          problems.add(problem(path, e, property, text));
        } else {
          draft.birthDate(date);
        }
      }
    }
    e.values("address").forEach(draft::address);
    e.values("programId").forEach(draft::program);
    LocalDate from = null;
    LocalDate until = null;
    boolean open = sanctions.isEmpty();
    for (FtmEntities.Entity sanction : sanctions) {
      // OpenSanctions' stable program code, else the program as its authority names it, else the authority.
      String program = sanction.first("programId");
      draft.program(program != null ? program
          : sanction.first("program") != null ? sanction.first("program") : sanction.first("authority"));
      for (String text : sanction.values("startDate")) {
        LocalDate day = partial(text) == null ? null : Dates.firstDay(partial(text));
        if (day == null) {
          problems.add(problem(path, sanction, "startDate", text));
        } else if (from == null || day.isBefore(from)) {
          from = day;
        }
      }
      List<String> ends = sanction.values("endDate");
      open |= ends.isEmpty();
      for (String text : ends) {
        LocalDate day = partial(text) == null ? null : Dates.lastDay(partial(text));
        if (day == null) {
          problems.add(problem(path, sanction, "endDate", text));
        } else if (until == null || day.isAfter(until)) {
          until = day;
        }
      }
    }
    draft.listedFrom(from).listedUntil(open ? null : until);
    e.values("notes").forEach(draft::remark);
    return problems.size() > before ? null : draft;
  }

  /** {@code kind}, or {@link EntryName.Kind#ORIGINAL_SCRIPT} for a name with letters but none Latin. */
  private static EntryName.Kind script(String name, EntryName.Kind kind) {
    return LETTER.matcher(name).find() && !LATIN.matcher(name).find() ? EntryName.Kind.ORIGINAL_SCRIPT : kind;
  }

  /** An FtM date (a date-time is cut to its day) kept at its precision, or null. */
  private static String partial(String text) {
    String day = text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text;
    return Dates.isoPartial(day);
  }

  private static Problem problem(Path path, FtmEntities.Entity e, String property, String text) {
    return new Problem(path.toString(), e.line(), 0, e.schema() + " " + Texts.quote(e.id()) + ": " + property + " "
        + Texts.quote(text) + " is not a date, expected YYYY, YYYY-MM or YYYY-MM-DD");
  }

  private static Map<String, String> identifiers() {
    Map<String, String> ids = new LinkedHashMap<>();
    ids.put("leiCode", Identifier.LEI);
    ids.put("isinCode", Identifier.ISIN);
    ids.put("uscCode", Identifier.USCC);
    ids.put("registrationNumber", Identifier.REGISTRATION);
    ids.put("ogrnCode", Identifier.REGISTRATION);
    ids.put("taxNumber", Identifier.TAX);
    ids.put("innCode", Identifier.TAX);
    ids.put("vatCode", Identifier.TAX);
    ids.put("swiftBic", Identifier.SWIFT);
    ids.put("imoNumber", Identifier.IMO);
    ids.put("passportNumber", Identifier.PASSPORT);
    ids.put("idNumber", Identifier.NATIONAL_ID);
    ids.put("okpoCode", "OKPO");
    ids.put("dunsCode", "D-U-N-S");
    ids.put("uniqueEntityId", "UEI");
    ids.put("cikCode", "CIK");
    ids.put("bikCode", "BIK");
    ids.put("permId", "PermID");
    return ids;
  }
}
