package dev.spillover.formats.gleif;

import dev.spillover.input.Problem;
import dev.spillover.input.Problems;
import dev.spillover.model.Confidence;
import dev.spillover.model.Provenance;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * One GLEIF file being read: its name (in problems, edge ids and the source id), its content date
 * once the header has given it, and the checks every record's values go through. Each check
 * records a {@link Problem} at the value's line and column and returns null for a bad value, so
 * that a file is read to its end and every problem reported at once.
 */
final class GleifFile {
  private static final Pattern LEI = Pattern.compile("[0-9A-Z]{20}");
  private static final BigInteger NINETY_SEVEN = BigInteger.valueOf(97);

  private final String shown;
  private final String name;
  private final String edgeIdPrefix;
  private final Problems problems;
  private LocalDate contentDate;
  private String url;
  private int problemCount;

  /**
   * A file shown in problems as {@code shown} (its path as given, or within the folder read) and
   * named {@code name} in edge and source ids (its file name, or its path relative to the folder).
   */
  GleifFile(String shown, String name, Problems problems) {
    this.shown = shown;
    this.name = name;
    this.edgeIdPrefix = name + "#";
    this.problems = problems;
  }

  /** The file as problems show it: its path as given. */
  String shown() {
    return shown;
  }

  /** The file's name, as edge and source ids show it. */
  String name() {
    return name;
  }

  /** What the ids of this file's edges start with, before the record's number: one string for all of them. */
  String edgeIdPrefix() {
    return edgeIdPrefix;
  }

  /** The id of the {@link dev.spillover.model.Source} this file becomes. */
  String sourceId() {
    return "gleif:" + name;
  }

  /** The date the file's content is as of (the header's ContentDate, the API's publish date), or null. */
  LocalDate contentDate() {
    return contentDate;
  }

  void contentDate(LocalDate date) {
    this.contentDate = date;
  }

  /** Where the file was fetched from, when it says (an API response's own link), or null. */
  String url() {
    return url;
  }

  void url(String url) {
    this.url = url;
  }

  /** Records a problem at {@code at}'s line and column. */
  void problem(Tree at, String message) {
    problem(at.line(), at.column(), message);
  }

  /** Records a problem at a line and column (zero when unknown). */
  void problem(int line, int column, String message) {
    problems.add(new Problem(shown, line, column, message));
    problemCount++;
  }

  /** How many problems this file has had so far: a record is dropped when reading it added any. */
  int problemCount() {
    return problemCount;
  }

  /**
   * Provenance for a record: declared by this file, as of {@code recordDate} or else the content
   * date; null (with a problem at {@code record}) when neither is known.
   */
  Provenance provenance(LocalDate recordDate, Tree record, String what) {
    LocalDate asOf = recordDate != null ? recordDate : contentDate;
    if (asOf == null) {
      problem(record, what + ": no date to state its facts as of, expected a last update date in the record"
          + " or a content date (publish date) for the file");
      return null;
    }
    return new Provenance(sourceId(), asOf, Confidence.DECLARED);
  }

  /** The text at {@code value}; a problem naming {@code field} when it is missing. */
  String requiredText(Tree parent, Tree value, String what, String field) {
    if (value == null || value.isEmpty()) {
      problem(value != null ? value : parent, what + ": missing " + field);
      return null;
    }
    if (value.text() == null) {
      problem(value, what + ": " + field + " is " + value.describe() + ", expected text");
      return null;
    }
    return value.text();
  }

  /** A required LEI at {@code value}: 20 upper-case letters and digits with valid check digits. */
  String lei(Tree parent, Tree value, String what, String field) {
    String text = requiredText(parent, value, what, field);
    if (text == null) {
      return null;
    }
    if (!LEI.matcher(text).matches()) {
      problem(value, what + ": " + field + " is " + value.describe()
          + ", expected an LEI: 20 upper-case letters and digits (ISO 17442)");
      return null;
    }
    if (!checkDigitsHold(text)) {
      problem(value, what + ": " + field + " is " + value.describe()
          + ", expected an LEI whose check digits hold (ISO 17442: ISO 7064 mod 97-10 gives 1)");
      return null;
    }
    return text;
  }

  /** True when the LEI, letters read as 10 to 35, is 1 modulo 97. */
  static boolean checkDigitsHold(String lei) {
    StringBuilder digits = new StringBuilder(40);
    for (char c : lei.toCharArray()) {
      digits.append(Character.digit(c, 36));
    }
    return new BigInteger(digits.toString()).mod(NINETY_SEVEN).intValue() == 1;
  }

  /**
   * An optional date or date-time at {@code value} ({@code 2018-09-01}, {@code 2018-09-01T11:00:01+02:00},
   * {@code 2025-05-06T15:51:56Z}): its calendar date as written, without converting time zones.
   * Null when absent; null with a problem when not a date.
   */
  LocalDate date(Tree value, String what, String field) {
    LocalDateTime written = dateTime(value, what, field);
    return written == null ? null : written.toLocalDate();
  }

  /**
   * An optional day stated as a date or a date-time, such as a relationship period's start: the
   * nearest midnight as written. GLEIF's API gives local midnights in UTC, so a German start date of
   * 12 January 2009 reads {@code 2009-01-11T23:00:00Z}; rounding to the nearest midnight recovers
   * the day meant for any time zone within twelve hours of UTC.
   */
  LocalDate day(Tree value, String what, String field) {
    LocalDateTime written = dateTime(value, what, field);
    if (written == null) {
      return null;
    }
    return written.toLocalTime().isBefore(LocalTime.NOON) ? written.toLocalDate() : written.toLocalDate().plusDays(1);
  }

  private LocalDateTime dateTime(Tree value, String what, String field) {
    if (value == null || value.isEmpty()) {
      return null;
    }
    String text = value.text();
    if (text != null) {
      try {
        if (text.length() == 10) {
          return LocalDate.parse(text).atStartOfDay();
        }
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parse(text);
        return LocalDateTime.from(parsed);
      } catch (DateTimeParseException e) {
        // reported below
      }
    }
    problem(value, what + ": " + field + " is " + value.describe()
        + ", expected an ISO 8601 date or date-time such as 2018-09-01T11:00:01+02:00");
    return null;
  }
}
