package dev.spillover.screening.list.un;

import dev.spillover.model.Countries;
import dev.spillover.screening.list.EntryLocation;
import dev.spillover.screening.list.EntryName;
import dev.spillover.screening.list.Identifier;
import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.list.PartyType;
import dev.spillover.screening.list.ScreeningList;
import dev.spillover.screening.list.internal.Dates;
import dev.spillover.screening.list.internal.EntryDraft;
import dev.spillover.screening.list.internal.IdentifierLabels;
import dev.spillover.screening.list.internal.ListFile;
import dev.spillover.screening.list.internal.Texts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the UN Security Council consolidated list XML ({@code CONSOLIDATED_LIST} of
 * {@code INDIVIDUAL}s and {@code ENTITY}s) with StAX, securely (see {@link XmlRecords}): no DTDs,
 * no entities, bounded depth and size. Each record's id is its {@code REFERENCE_NUMBER}
 * ({@code CDi.001}); names are FIRST_NAME to FOURTH_NAME joined; aliases keep the UN's quality
 * (Good and a.k.a. as aliases, Low as weak aliases, f.k.a. as former names);
 * {@code NAME_ORIGINAL_SCRIPT} is the name in its original script; the {@code UN_LIST_TYPE} (the
 * sanctions regime, such as DPRK or Al-Qaida) is the program and {@code LISTED_ON} the date of
 * listing. {@code docs/formats/lists.md} gives the full mapping.
 *
 * <p>All or nothing: a record without a reference number or name, a reference number used twice,
 * a listing date or date of birth that is not a date, and XML that is not well-formed or breaks a
 * limit are reported together with file, line and column.
 */
public final class UnScReader {
  /** The list's stable id. */
  public static final String ID = "un-sc";

  private static final String ROOT = "CONSOLIDATED_LIST";
  private static final Pattern LEADING_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[-+Z].*)?");
  private static final int LONGEST_RANGE_YEARS = 20;

  private UnScReader() {}

  /**
   * True when {@code head} is XML whose root element, or the DOCTYPE naming it, is
   * {@code CONSOLIDATED_LIST}; a hostile file with a DOCTYPE is so recognized, and refused when read.
   */
  public static boolean recognizes(byte[] head) {
    String text = new String(head, StandardCharsets.UTF_8);
    int start = 0;
    while (start < text.length() && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\uFEFF')) {
      start++;
    }
    if (!text.startsWith("<", start)) {
      return false;
    }
    Matcher root = Pattern.compile("<(?:!DOCTYPE\\s+)?([A-Za-z_][\\w.-]*)[\\s>/\\[]").matcher(text);
    while (root.find()) {
      if (!text.startsWith("<?", root.start()) && !text.startsWith("<!--", root.start())) {
        return root.group(1).equals(ROOT);
      }
    }
    return false;
  }

  /**
   * Reads the list in {@code path}.
   *
   * @throws dev.spillover.input.InputException listing every problem; nothing is returned then
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ScreeningList read(Path path) {
    ListFile file = ListFile.streamed(path);
    List<EntryDraft> drafts = new ArrayList<>();
    Map<String, Integer> ids = new HashMap<>();
    LocalDate[] generated = new LocalDate[1];
    try (InputStream in = Files.newInputStream(path)) {
      XmlRecords.read(in, file, ROOT, List.of("INDIVIDUAL", "ENTITY"), new XmlRecords.Sink() {
        @Override
        public void root(String name, XMLStreamReader attributes) {
          String date = attributes.getAttributeValue(null, "dateGenerated");
          Matcher day = date == null ? null : LEADING_DATE.matcher(date.length() > 10 ? date.substring(0, 10) : date);
          generated[0] = day != null && day.matches() ? Dates.iso(day.group(1)) : null;
        }

        @Override
        public void record(XmlRecords.Element record) {
          EntryDraft draft = entry(file, record, ids);
          if (draft != null) {
            drafts.add(draft);
          }
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path + ": " + e.getMessage(), e);
    }
    file.throwIfAny();
    List<ListEntry> entries = new ArrayList<>(drafts.size());
    drafts.forEach(d -> entries.add(d.build()));
    return new ScreeningList(ID, "United Nations Security Council Consolidated List", "United Nations Security Council",
        "https://scsanctions.un.org/resources/xml/en/consolidated.xml", generated[0], entries);
  }

  private static EntryDraft entry(ListFile file, XmlRecords.Element record, Map<String, Integer> ids) {
    int before = file.problemCount();
    boolean person = record.name().equals("INDIVIDUAL");
    String what = person ? "individual" : "entity";
    String id = record.text("REFERENCE_NUMBER");
    if (id.isEmpty()) {
      file.problem(record.line(), what + " " + record.text("DATAID") + " has no REFERENCE_NUMBER, expected the UN's"
          + " reference such as CDi.001");
    } else {
      Integer first = ids.putIfAbsent(id, record.line());
      if (first != null) {
        file.problem(record.line(), "REFERENCE_NUMBER " + id + " is used again (first at line " + first
            + "), expected each record once");
      }
    }
    List<String> parts = new ArrayList<>();
    for (String part : List.of("FIRST_NAME", "SECOND_NAME", "THIRD_NAME", "FOURTH_NAME")) {
      if (!record.text(part).isEmpty()) {
        parts.add(record.text(part));
      }
    }
    String name = Texts.squeeze(String.join(" ", parts));
    if (name.isEmpty()) {
      file.problem(record.line(), what + " " + id + " has no name, expected FIRST_NAME");
    }
    LocalDate listed = null;
    XmlRecords.Element listedOn = record.child("LISTED_ON");
    if (listedOn != null && !listedOn.text().isEmpty()) {
      listed = day(listedOn.text());
      if (listed == null) {
        file.problem(listedOn.line(), what + " " + id + ": LISTED_ON " + Texts.quote(listedOn.text())
            + " is not a date, expected YYYY-MM-DD");
      }
    }
    EntryDraft draft = new EntryDraft(ID, id, new EntryLocation(file.shown(), record.line()))
        .type(person ? PartyType.PERSON : PartyType.ORGANIZATION).name(name).listedFrom(listed);
    draft.program(record.text("UN_LIST_TYPE"));
    for (XmlRecords.Element script : record.all("NAME_ORIGINAL_SCRIPT")) {
      draft.alias(script.text(), EntryName.Kind.ORIGINAL_SCRIPT);
    }
    for (XmlRecords.Element alias : record.all(person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) {
      draft.alias(alias.text("ALIAS_NAME"), kind(alias.text("QUALITY")));
    }
    record.values("NATIONALITY").forEach(draft::country);
    for (XmlRecords.Element address : record.all(person ? "INDIVIDUAL_ADDRESS" : "ENTITY_ADDRESS")) {
      List<String> lines = new ArrayList<>();
      for (String part : List.of("STREET", "CITY", "STATE_PROVINCE", "ZIP_CODE", "COUNTRY")) {
        if (!address.text(part).isEmpty()) {
          lines.add(address.text(part));
        }
      }
      draft.address(String.join(", ", lines));
      draft.country(address.text("COUNTRY"));
    }
    for (XmlRecords.Element birth : record.all("INDIVIDUAL_DATE_OF_BIRTH")) {
      birth(file, birth, id, draft);
    }
    for (XmlRecords.Element document : record.all("INDIVIDUAL_DOCUMENT")) {
      draft.identifier(document(document));
    }
    List<String> designations = record.values("DESIGNATION");
    if (!designations.isEmpty()) {
      draft.remark("Designation: " + String.join(", ", designations));
    }
    draft.remark(Texts.squeeze(record.text("COMMENTS1")));
    return file.problemCount() > before ? null : draft;
  }

  private static EntryName.Kind kind(String quality) {
    return switch (quality.toLowerCase(Locale.ROOT)) {
      case "low" -> EntryName.Kind.WEAK_ALIAS;
      case "f.k.a." -> EntryName.Kind.FORMER;
      default -> EntryName.Kind.ALIAS;
    };
  }

  /**
   * A date of birth: an exact or approximate DATE or YEAR; BETWEEN gives every year from FROM_YEAR
   * to TO_YEAR (twenty at most, else the two ends). A date given only as a note is left out.
   */
  private static void birth(ListFile file, XmlRecords.Element birth, String id, EntryDraft draft) {
    XmlRecords.Element date = birth.child("DATE");
    if (date != null && !date.text().isEmpty()) {
      LocalDate day = day(date.text());
      if (day == null) {
        file.problem(date.line(), "individual " + id + ": date of birth " + Texts.quote(date.text())
            + " is not a date, expected YYYY-MM-DD");
      } else {
        draft.birthDate(day.toString());
      }
    }
    for (String field : List.of("YEAR", "FROM_YEAR", "TO_YEAR")) {
      XmlRecords.Element year = birth.child(field);
      if (year != null && !year.text().isEmpty() && Dates.isoPartial(year.text()) == null) {
        file.problem(year.line(), "individual " + id + ": " + field + " " + Texts.quote(year.text())
            + " is not a year, expected four digits");
        return;
      }
    }
    if (!birth.text("YEAR").isEmpty()) {
      draft.birthDate(birth.text("YEAR"));
    }
    String from = birth.text("FROM_YEAR");
    String to = birth.text("TO_YEAR");
    if (!from.isEmpty() && !to.isEmpty()) {
      int first = Integer.parseInt(from);
      int last = Integer.parseInt(to);
      if (first <= last && last - first <= LONGEST_RANGE_YEARS) {
        for (int year = first; year <= last; year++) {
          draft.birthDate(String.valueOf(year));
        }
      } else {
        draft.birthDate(from);
        draft.birthDate(to);
      }
    } else if (!from.isEmpty() || !to.isEmpty()) {
      draft.birthDate(from.isEmpty() ? to : from);
    }
  }

  /** A document: its type mapped as OFAC's labels are, else kept as the UN names it. */
  private static Identifier document(XmlRecords.Element document) {
    String number = Texts.squeeze(document.text("NUMBER"));
    if (number.isEmpty()) {
      return null;
    }
    String country = !document.text("ISSUING_COUNTRY").isEmpty() ? document.text("ISSUING_COUNTRY")
        : document.text("COUNTRY_OF_ISSUE");
    String type = Texts.squeeze(document.text("TYPE_OF_DOCUMENT"));
    String refined = Texts.squeeze(document.text("TYPE_OF_DOCUMENT2"));
    Identifier found = type.isEmpty() ? null : IdentifierLabels.identifier(type, number, country);
    if (found == null && !refined.isEmpty()) {
      found = IdentifierLabels.identifier(refined, number, country);
    }
    if (found == null) {
      String label = !type.isEmpty() ? type : !refined.isEmpty() ? refined : "Document";
      found = new Identifier(label, number, Countries.code(country));
    }
    return found;
  }

  /** The calendar day a date is written for, a time zone after it ignored ({@code 2015-04-07-04:00}). */
  private static LocalDate day(String text) {
    Matcher m = LEADING_DATE.matcher(text.strip());
    return m.matches() ? Dates.iso(m.group(1)) : null;
  }
}
