package dev.spillover.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * ISO 3166-1 alpha-2 country codes, as the JDK knows them, plus XK (Kosovo, user-assigned but in
 * common use); and the codes that country names stand for ({@link #code}).
 */
public final class Countries {
  // Declared first: the name table below folds names with them.
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");
  private static final Pattern PARENTHESIS = Pattern.compile("\\s*\\([^()]*\\)\\s*");
  private static final Set<String> CODES = initCodes();

  /** Folded names to codes: the JDK's English names, then {@code country-names.tsv}. */
  private static final Map<String, String> BY_NAME = initNames();

  private Countries() {}

  /** True when {@code code} is an upper-case ISO 3166-1 alpha-2 code. */
  public static boolean isKnown(String code) {
    return code != null && CODES.contains(code);
  }

  /** The English name of a known code, or the code itself. */
  public static String name(String code) {
    String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
    return name.isEmpty() ? code : name;
  }

  /**
   * The ISO 3166-1 alpha-2 code that {@code text} stands for: a known code in upper case
   * ({@code "CN"}; two lower-case letters are no code: publishers write "na" for "not applicable"), a country's English name as the JDK gives it ({@code "Russia"}), or one of the
   * spellings publishers use ({@code "Russian Federation"}, {@code "Korea, North"},
   * {@code "Iran (Islamic Republic of)"}, {@code "Bahamas, The"}), listed in
   * {@code country-names.tsv} beside this class. Names are compared without case, accents,
   * punctuation or a leading "The"; "X, Y" is also tried as "Y X", and a name with a trailing
   * parenthesis also without it. Null for null, blank or unknown text, and for regions and
   * historical states that have no code.
   */
  public static String code(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String stripped = text.strip();
    if (stripped.length() == 2) {
      // Only upper case: "na" is "not applicable" more often than Namibia.
      return isKnown(stripped) ? stripped : null;
    }
    String found = BY_NAME.get(fold(stripped));
    if (found == null) {
      int comma = stripped.indexOf(',');
      if (comma > 0 && stripped.indexOf(',', comma + 1) < 0) {
        found = BY_NAME.get(fold(stripped.substring(comma + 1) + " " + stripped.substring(0, comma)));
      }
    }
    if (found == null && stripped.endsWith(")")) {
      String bare = PARENTHESIS.matcher(stripped).replaceAll(" ").strip();
      if (!bare.isEmpty() && !bare.equals(stripped)) {
        found = code(bare);
      }
    }
    return found;
  }

  /** Lower case, no accents, "&" as "and", "st." as "saint", words joined by single spaces, no leading "the". */
  static String fold(String text) {
    String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
        .toLowerCase(Locale.ROOT)
        .replace("&", " and ")
        .replace("’", "")
        .replace("'", "");
    folded = NOT_ALPHANUMERIC.matcher(folded).replaceAll(" ").strip();
    folded = folded.replaceAll("\\bst\\b", "saint");
    return folded.startsWith("the ") ? folded.substring(4) : folded;
  }

  private static Set<String> initCodes() {
    java.util.HashSet<String> codes = new java.util.HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
    codes.add("XK");
    return Set.copyOf(codes);
  }

  private static Map<String, String> initNames() {
    Map<String, String> names = new HashMap<>();
    for (String code : CODES) {
      String name = name(code);
      if (!name.equals(code)) {
        names.put(fold(name), code);
      }
    }
    names.put(fold("Kosovo"), "XK");
    try (InputStream in = Countries.class.getResourceAsStream("country-names.tsv")) {
      if (in == null) {
        throw new IllegalStateException("country-names.tsv is missing beside " + Countries.class.getName());
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cells = line.split("\t");
        if (cells.length != 2 || !isKnown(cells[1].strip())) {
          throw new IllegalStateException("country-names.tsv:" + number + ": expected a name, a tab and a known"
              + " ISO 3166-1 alpha-2 code, found '" + line + "'");
        }
        names.put(fold(cells[0]), cells[1].strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read country-names.tsv", e);
    }
    return Map.copyOf(names);
  }
}
