package dev.spillover.model;

import java.util.Locale;
import java.util.Set;

/** ISO 3166-1 alpha-2 country codes, as the JDK knows them, plus XK (Kosovo, user-assigned but in common use). */
public final class Countries {
  private static final Set<String> CODES = initCodes();

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

  private static Set<String> initCodes() {
    java.util.HashSet<String> codes = new java.util.HashSet<>(Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2));
    codes.add("XK");
    return Set.copyOf(codes);
  }
}
