package dev.spillover.screening.list.internal;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date forms list publishers write, each parsed strictly: a form that does not match, or names
 * no real day (31 February), gives null and the reader reports it. Partial dates (dates of birth)
 * are kept at their precision as ISO text: {@code 1965}, {@code 1965-04}, {@code 1965-04-29}.
 */
public final class Dates {
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern ISO_PARTIAL = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
  private static final Pattern US = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
  private static final Pattern DOTTED = Pattern.compile("(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4}|\\d{2})");
  private static final Pattern PROSE = Pattern.compile("([A-Za-z]+)\\.? (\\d{1,2}),? (\\d{4})");
  private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?:(\\d{1,2}) )?(?:([A-Za-z]{3,9})\\.? )?(\\d{4})");

  private static final Map<String, Month> MONTHS = months();

  private Dates() {}

  /** {@code 2019-05-24}, or null. */
  public static LocalDate iso(String text) {
    Matcher m = ISO.matcher(text.strip());
    return m.matches() ? day(m.group(1), m.group(2), m.group(3)) : null;
  }

  /**
   * {@code 2019}, {@code 2019-05} or {@code 2019-05-24}, kept at its precision; null when it is
   * none of these or not a real date.
   */
  public static String isoPartial(String text) {
    Matcher m = ISO_PARTIAL.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    return partial(Integer.parseInt(m.group(1)), m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)));
  }

  /** The first day of an ISO partial date ({@code 2022} is 2022-01-01), or null. */
  public static LocalDate firstDay(String isoPartial) {
    String date = isoPartial(isoPartial);
    if (date == null) {
      return null;
    }
    return switch (date.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(date), 1, 1);
      case 7 -> YearMonth.parse(date).atDay(1);
      default -> LocalDate.parse(date);
    };
  }

  /** The last day of an ISO partial date ({@code 2026} is 2026-12-31), or null. */
  public static LocalDate lastDay(String isoPartial) {
    String date = isoPartial(isoPartial);
    if (date == null) {
      return null;
    }
    return switch (date.length()) {
      case 4 -> LocalDate.of(Integer.parseInt(date), 12, 31);
      case 7 -> YearMonth.parse(date).atEndOfMonth();
      default -> LocalDate.parse(date);
    };
  }

  /**
   * The first day of {@code text} written as an ISO partial date ({@code 2022} is 2022-01-01) or in
   * prose ({@code October 1, 2027}); null when it is neither.
   */
  public static LocalDate firstDayOf(String text) {
    LocalDate day = firstDay(text);
    return day != null ? day : prose(text);
  }

  /**
   * The last day of {@code text} written as an ISO partial date ({@code 2026} is 2026-12-31) or in
   * prose; null when it is neither.
   */
  public static LocalDate lastDayOf(String text) {
    LocalDate day = lastDay(text);
    return day != null ? day : prose(text);
  }

  /** US order, {@code 06/19/2003} (month first), or null. */
  public static LocalDate us(String text) {
    Matcher m = US.matcher(text.strip());
    return m.matches() ? day(m.group(3), m.group(1), m.group(2)) : null;
  }

  /**
   * Day first with dots, {@code 02.12.2019}, or with a two-digit year, {@code 13.07.20}, read as
   * 2000 to 2099 (the lists that write it began in 2018); null otherwise.
   */
  public static LocalDate dotted(String text) {
    Matcher m = DOTTED.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    String year = m.group(3).length() == 2 ? "20" + m.group(3) : m.group(3);
    return day(year, m.group(2), m.group(1));
  }

  /** Month name first, {@code March 12, 2021} or {@code Sept. 3, 2020}, or null. */
  public static LocalDate prose(String text) {
    Matcher m = PROSE.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    Month month = month(m.group(1));
    return month == null ? null : day(m.group(3), String.valueOf(month.getValue()), m.group(2));
  }

  /**
   * Day and month names before the year, as OFAC writes dates of birth: {@code 31 Aug 1960},
   * {@code Aug 1960}, {@code 1960}, kept at their precision ({@code 1960-08-31}, {@code 1960-08},
   * {@code 1960}); null otherwise.
   */
  public static String dayMonthYear(String text) {
    Matcher m = DAY_MONTH_YEAR.matcher(text.strip());
    if (!m.matches() || m.group(1) != null && m.group(2) == null) {
      return null;
    }
    int month = 0;
    if (m.group(2) != null) {
      Month named = month(m.group(2));
      if (named == null) {
        return null;
      }
      month = named.getValue();
    }
    return partial(Integer.parseInt(m.group(3)), month, m.group(1) == null ? 0 : Integer.parseInt(m.group(1)));
  }

  /** The month a name or abbreviation stands for ({@code Aug}, {@code August}, {@code Sept}), or null. */
  public static Month month(String name) {
    return MONTHS.get(name.toLowerCase(Locale.ROOT));
  }

  private static String partial(int year, int month, int day) {
    try {
      if (month == 0) {
        return String.format(Locale.ROOT, "%04d", year);
      }
      if (day == 0) {
        return YearMonth.of(year, month).toString();
      }
      return LocalDate.of(year, month, day).toString();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalDate day(String year, String month, String day) {
    try {
      return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    } catch (DateTimeException | NumberFormatException e) {
      return null;
    }
  }

  private static Map<String, Month> months() {
    Map<String, Month> months = new java.util.HashMap<>();
    for (Month month : Month.values()) {
      String name = month.name().toLowerCase(Locale.ROOT);
      months.put(name, month);
      months.put(name.substring(0, 3), month);
    }
    months.put("sept", Month.SEPTEMBER);
    return Map.copyOf(months);
  }
}
