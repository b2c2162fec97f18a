package dev.spillover.screening.list.ofac;

import dev.spillover.screening.list.EntryName;
import dev.spillover.screening.list.ListLink;
import dev.spillover.screening.list.internal.Dates;
import dev.spillover.screening.list.internal.EntryDraft;
import dev.spillover.screening.list.internal.IdentifierLabels;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what OFAC packs into an entry's remarks: "; "-separated statements, the last closed by a
 * period, each perhaps led by "alt." ({@code DOB 31 Aug 1960; alt. DOB 31 Aug 1953; POB Al
 * Basuriyah, Lebanon; Passport 042833 (Lebanon); a.k.a. 'BNC'; Linked To: HIZBALLAH.}). Statements
 * it does not know stay in the remarks text only, which is kept whole.
 */
final class OfacRemarks {
  /** A link read from the remarks: a name as written, and the name without a final period when the period may close the remarks. */
  record Link(ListLink.Relation relation, String name, String withoutPeriod) {}

  private static final Pattern AKA = Pattern.compile("([afn])\\.k\\.a\\.,? ['\"](.+)['\"]");
  private static final Pattern LISTING = Pattern.compile("(Effective|Listing) Date \\(([^)]*)\\):? (\\d{1,2} [A-Za-z]{3,9} \\d{4})");
  private static final Pattern RANGE = Pattern.compile("(.+?)(?: to |-)(.+)");
  private static final int LONGEST_RANGE_YEARS = 20;

  private OfacRemarks() {}

  /**
   * Adds what {@code remarks} states to {@code draft} and returns the links it names, for the
   * caller to resolve once every entry is known.
   */
  static List<Link> read(String remarks, EntryDraft draft) {
    List<Link> links = new ArrayList<>();
    List<String> statements = statements(remarks);
    LocalDate effective = null;
    LocalDate listing = null;
    for (int i = 0; i < statements.size(); i++) {
      boolean last = i == statements.size() - 1;
      String statement = statements.get(i);
      if (statement.startsWith("alt. ")) {
        statement = statement.substring(5).strip();
      }
      String bare = last && statement.endsWith(".") ? statement.substring(0, statement.length() - 1) : statement;
      Matcher aka = AKA.matcher(bare);
      Matcher listed = LISTING.matcher(bare);
      if (bare.startsWith("DOB ")) {
        dates(bare.substring(4), draft);
      } else if (bare.startsWith("Organization Established Date ")) {
        dates(bare.substring("Organization Established Date ".length()), draft);
      } else if (bare.startsWith("nationality ")) {
        draft.country(bare.substring("nationality ".length()));
      } else if (bare.startsWith("citizen ")) {
        draft.country(bare.substring("citizen ".length()));
      } else if (aka.matches()) {
        // Names in the remarks are OFAC's weak aliases; the strong ones are in alt.csv.
        draft.alias(aka.group(2), aka.group(1).equals("f") ? EntryName.Kind.FORMER : EntryName.Kind.WEAK_ALIAS);
      } else if (statement.startsWith("Linked To: ")) {
        String name = statement.substring("Linked To: ".length()).strip();
        links.add(new Link(ListLink.Relation.LINKED_TO, name, last && name.endsWith(".")
            ? name.substring(0, name.length() - 1).strip() : null));
      } else if (listed.matches()) {
        String date = Dates.dayMonthYear(listed.group(3));
        LocalDate day = date != null && date.length() == 10 ? LocalDate.parse(date) : null;
        if (day != null && listed.group(1).equals("Effective")) {
          effective = effective == null || day.isBefore(effective) ? day : effective;
        } else if (day != null) {
          listing = listing == null || day.isBefore(listing) ? day : listing;
        }
      } else {
        draft.identifier(IdentifierLabels.fromRemark(bare));
      }
    }
    if (draft.listedFrom() == null) {
      draft.listedFrom(effective != null ? effective : listing);
    }
    return links;
  }

  /** The statements of {@code remarks}, split at "; ", stripped, empty ones left out. */
  static List<String> statements(String remarks) {
    List<String> statements = new ArrayList<>();
    for (String part : remarks.split("; ")) {
      String stripped = part.strip();
      if (!stripped.isEmpty()) {
        statements.add(stripped);
      }
    }
    return statements;
  }

  /**
   * Adds the dates of birth or establishment of one statement: {@code 31 Aug 1960}, {@code Aug 1960},
   * {@code 1960}, each perhaps after "circa"; a range ({@code 1960 to 1962}, {@code 01 Jan 1958 to
   * 31 Dec 1960}, {@code circa 1975-1977}) gives every year it spans, up to twenty years, else its
   * two ends. Text of another form is left in the remarks only.
   */
  private static void dates(String text, EntryDraft draft) {
    String clean = text.strip();
    if (clean.startsWith("circa ")) {
      clean = clean.substring(6).strip();
    }
    String single = Dates.dayMonthYear(clean);
    if (single != null) {
      draft.birthDate(single);
      return;
    }
    Matcher range = RANGE.matcher(clean);
    if (!range.matches()) {
      return;
    }
    String from = Dates.dayMonthYear(range.group(1));
    String to = Dates.dayMonthYear(range.group(2));
    if (from == null || to == null) {
      return;
    }
    int first = Integer.parseInt(from.substring(0, 4));
    int last = Integer.parseInt(to.substring(0, 4));
    if (first <= last && last - first <= LONGEST_RANGE_YEARS) {
      for (int year = first; year <= last; year++) {
        draft.birthDate(String.valueOf(year));
      }
    } else {
      draft.birthDate(from);
      draft.birthDate(to);
    }
  }
}
