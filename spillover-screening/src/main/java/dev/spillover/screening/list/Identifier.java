package dev.spillover.screening.list;

import java.util.Locale;
import java.util.Objects;

/**
 * An identifier of a list entry. {@code type} is one of the canonical types below when the list's
 * label maps to one, else the list's own label; {@code country} (ISO 3166-1 alpha-2) is the issuer
 * when known, else null.
 */
public record Identifier(String type, String value, String country) {

  /** Legal Entity Identifier (ISO 17442). */
  public static final String LEI = "LEI";
  /** International Securities Identification Number (ISO 6166). */
  public static final String ISIN = "ISIN";
  /** China's Unified Social Credit Code. */
  public static final String USCC = "USCC";
  /** A company or business registration number. */
  public static final String REGISTRATION = "REGISTRATION";
  /** A tax identification number. */
  public static final String TAX = "TAX";
  /** IMO ship or company number. */
  public static final String IMO = "IMO";
  /** SWIFT/BIC code. */
  public static final String SWIFT = "SWIFT";
  /** Passport number. */
  public static final String PASSPORT = "PASSPORT";
  /** National identity number. */
  public static final String NATIONAL_ID = "NATIONAL_ID";

  public Identifier {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(value, "value");
  }

  /**
   * The type of an identifier {@code scheme} as a user writes it (an estate's {@code identifiers}
   * key, a column of {@code screen --input}): the canonical type when the scheme names one ({@code
   * lei} is LEI, {@code bic} is SWIFT; case, spaces and punctuation ignored), else the scheme as
   * written, which the matcher compares by value only (docs/screening.md).
   */
  public static String typeOf(String scheme) {
    String key = scheme.strip().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    return switch (key) {
      case "lei" -> LEI;
      case "isin" -> ISIN;
      case "uscc", "unifiedsocialcreditcode" -> USCC;
      case "imo" -> IMO;
      case "swift", "bic", "swiftbic" -> SWIFT;
      case "registration", "registrationnumber", "regno", "companynumber" -> REGISTRATION;
      case "tax", "taxid", "taxnumber", "tin", "vat", "inn" -> TAX;
      case "passport", "passportnumber" -> PASSPORT;
      case "nationalid", "idnumber" -> NATIONAL_ID;
      default -> scheme;
    };
  }
}
