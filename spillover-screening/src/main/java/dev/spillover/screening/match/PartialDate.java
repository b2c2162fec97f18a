package dev.spillover.screening.match;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date of birth or incorporation at the precision given: year, year and month, or a full date;
 * 0 for what is not known. Lenient: "1969-7-16" reads as 16 July 1969, "1974-01-32" as January
 * 1974 (an impossible day is dropped, not the year).
 */
record PartialDate(int year, int month, int day) {

  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:[-/.](\\d{1,2})(?:[-/.](\\d{1,2}))?)?");

  /** The date in {@code text}, or null when it holds no four-digit year first. */
  static PartialDate parse(String text) {
    if (text == null) {
      return null;
    }
    Matcher m = DATE.matcher(text.strip());
    if (!m.lookingAt()) {
      return null;
    }
    int year = Integer.parseInt(m.group(1));
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    if (month < 1 || month > 12) {
      return new PartialDate(year, 0, 0);
    }
    if (day < 1 || day > 31) {
      day = 0;
    }
    return new PartialDate(year, month, day);
  }

  boolean isFull() {
    return day > 0;
  }

  /** Whether the two agree at the precision both give (year, month, day). */
  boolean agreesWith(PartialDate other) {
    if (year != other.year) {
      return false;
    }
    if (month == 0 || other.month == 0) {
      return true;
    }
    if (month != other.month) {
      return false;
    }
    return day == 0 || other.day == 0 || day == other.day;
  }

  @Override
  public String toString() {
    return year + (month > 0 ? String.format("-%02d", month) : "") + (day > 0 ? String.format("-%02d", day) : "");
  }
}
