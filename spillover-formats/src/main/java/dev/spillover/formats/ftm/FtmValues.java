package dev.spillover.formats.ftm;

import dev.spillover.model.Countries;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parsing of FtM property values: partial dates, percentages, country codes, ids and slugs. */
final class FtmValues {
  /** What an entity id may look like: the node id rule of the estate format, at most 256 characters. */
  static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:/@+-]{0,255}");

  private static final Pattern DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2})(?:[T ].*)?)?)?");
  private static final Pattern PERCENT = Pattern.compile("([+-]?\\d{1,12}(?:[.,]\\d{1,12})?)\\s*%?");
  private static final int SLUG_LENGTH = 60;
  private static final Pattern LINE_BREAKS = Pattern.compile("[\\r\\n\\t]");

  private FtmValues() {}

  /**
   * A date of day, month or year precision: {@code first} and {@code last} are the first and last
   * day of the period it names ({@code 2019} is 2019-01-01 to 2019-12-31).
   */
  record PartialDate(LocalDate first, LocalDate last) {}

  /**
   * Parses {@code YYYY}, {@code YYYY-MM}, {@code YYYY-MM-DD} or a date-time starting with a full
   * date ({@code 2019-05-24T10:00:00}); null when the text is none of these or names no real day.
   */
  static PartialDate date(String text) {
    Matcher m = DATE.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    try {
      int year = Integer.parseInt(m.group(1));
      if (m.group(2) == null) {
        return new PartialDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
      }
      int month = Integer.parseInt(m.group(2));
      if (m.group(3) == null) {
        YearMonth ym = YearMonth.of(year, month);
        return new PartialDate(ym.atDay(1), ym.atEndOfMonth());
      }
      LocalDate day = LocalDate.of(year, month, Integer.parseInt(m.group(3)));
      return new PartialDate(day, day);
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Parses a percentage written {@code 50}, {@code 50.0}, {@code 50%} or {@code 50,5} (a comma is a
   * decimal comma: a percentage never needs a thousands separator). Returns the number, which may
   * lie outside 0 to 100, or null when the text is not a number.
   */
  static Double percent(String text) {
    Matcher m = PERCENT.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    return Double.parseDouble(m.group(1).replace(',', '.'));
  }

  /** The known ISO 3166-1 alpha-2 codes among {@code values}, upper-cased, distinct, in order. */
  static List<String> countries(List<String> values) {
    List<String> codes = new ArrayList<>();
    for (String value : values) {
      String code = value.strip().toUpperCase(Locale.ROOT);
      if (Countries.isKnown(code) && !codes.contains(code)) {
        codes.add(code);
      }
    }
    return codes;
  }

  /**
   * A readable ASCII slug of {@code text}: accents dropped, lower case, runs of anything other than
   * letters and digits turned into one hyphen. When that loses information (other scripts, or more
   * than 60 characters), eight hex digits of the text's SHA-256 are appended so that different
   * texts keep different slugs.
   */
  static String slug(String text) {
    String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug = folded.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    boolean lossy = !folded.matches("[\\p{ASCII}]*") || slug.length() > SLUG_LENGTH;
    if (slug.length() > SLUG_LENGTH) {
      slug = slug.substring(0, SLUG_LENGTH).replaceAll("-+$", "");
    }
    if (!lossy && !slug.isEmpty()) {
      return slug;
    }
    String hash = sha256(text).substring(0, 8);
    return slug.isEmpty() ? hash : slug + "-" + hash;
  }

  /** {@code text} for a message: quoted, cut to 60 characters, line breaks shown as spaces. */
  static String quote(String text) {
    String shown = LINE_BREAKS.matcher(text).replaceAll(" ");
    if (shown.length() > 60) {
      shown = shown.substring(0, 57) + "...";
    }
    return "'" + shown + "'";
  }

  private static String sha256(String text) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from the JDK", e);
    }
  }
}
