package dev.spillover.screening.list.us;

import dev.spillover.screening.list.PartyType;
import dev.spillover.screening.list.internal.CsvRows;
import dev.spillover.screening.list.internal.Dates;
import dev.spillover.screening.list.internal.ListFile;
import dev.spillover.screening.list.internal.Texts;
import java.time.LocalDate;

/** What the readers of the US special lists share: party types and dates as the transcriptions write them. */
final class SpecialLists {
  private SpecialLists() {}

  /** The party type of an FtM schema name (Company, Organization, Person, LegalEntity); null after a problem. */
  static PartyType type(ListFile file, CsvRows.Row row, String schema) {
    PartyType type = switch (schema) {
      case "Company" -> PartyType.COMPANY;
      case "Organization", "LegalEntity", "PublicBody" -> PartyType.ORGANIZATION;
      case "Person" -> PartyType.PERSON;
      case "" -> PartyType.UNKNOWN;
      default -> null;
    };
    if (type == null) {
      file.problem(row.line(), "type " + Texts.quote(schema)
          + ", expected Company, Organization, LegalEntity, PublicBody, Person or nothing");
    }
    return type;
  }

  /**
   * The day of a date cell, {@code 2023-12-22}, {@code 2022} or {@code October 1, 2027}: its first
   * day when {@code first}, else its last (an end date of 2026 lasts the year); null when blank, and
   * null after a problem when not a date.
   */
  static LocalDate day(ListFile file, CsvRows.Row row, String column, String text, boolean first) {
    if (text.isEmpty()) {
      return null;
    }
    LocalDate day = first ? Dates.firstDayOf(text) : Dates.lastDayOf(text);
    if (day == null) {
      file.problem(row.line(), column + " " + Texts.quote(text)
          + " is not a date, expected YYYY-MM-DD, YYYY-MM, YYYY or a date such as October 1, 2027");
    }
    return day;
  }
}
