package dev.spillover.screening.list.internal;

import dev.spillover.model.Countries;
import dev.spillover.screening.list.Identifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the labels publishers put before identifiers stand for. OFAC, the CSL and the UN write
 * "Passport", "Cedula No.", "NIT #", "Unified Social Credit Code (USCC)", "SWIFT/BIC",
 * "Vessel Registration Identification IMO 9187629"...: each maps to one of {@link Identifier}'s
 * canonical types when it is one, else stays the publisher's own label when it still names a
 * number ("MMSI", "Government Gazette Number", a label ending in "No.", "Number", "#", "ID",
 * "Code" or "Card"), else is not an identifier at all ("Gender", "Website", "Phone Number",
 * "Secondary sanctions risk:").
 */
public final class IdentifierLabels {
  private static final Map<String, String> CANONICAL = canonical();

  /** Labels kept as the publisher's own that the general rule below would miss. */
  private static final Set<String> OWN = Set.of(
      "mmsi", "bik (ru)", "aircraft manufacturer's serial number (msn)",
      "aircraft construction number (also called l/n or s/n or f/n)", "call sign", "credencial electoral",
      "cartilla de servicio militar nacional", "d-u-n-s number", "i.f.e.", "c.u.i.p.", "stateless person id card");

  /** Labels that end like identifier labels but name contacts or addresses, not identifiers. */
  private static final Set<String> NOT_IDENTIFIERS = Set.of(
      "phone number", "phone no.", "telephone", "telephone number", "telephone no.", "fax", "fax number", "fax no.",
      "email address", "website", "digital currency address", "gender", "nationality of registration",
      // The telegraph code of the Chinese characters of a name: a spelling, not an identifier.
      "chinese commercial code");

  private static final Pattern GENERAL_LABEL = Pattern.compile(".*(?:\\bNo\\.?|Number|#|\\bID|\\bCode|\\bCard)",
      Pattern.CASE_INSENSITIVE);

  /** In remarks: a label ending in an identifier word, then a value with a digit. */
  private static final Pattern GENERAL_REMARK = Pattern.compile(
      "([A-Z][^;()]{0,60}?(?:\\bNo\\.?|Number|#|\\bID|\\bCode|\\bCard)) ([^;]*\\d[^;]*)");

  private static final Pattern IMO = Pattern.compile("IMO ?(\\d{7})");
  private static final Pattern LEI = Pattern.compile("[0-9A-Z]{18}[0-9]{2}");
  private static final Pattern TRAILER = Pattern.compile("\\s+(?:issued|expires|expiring|expired|valid)\\b.*$",
      Pattern.CASE_INSENSITIVE);
  private static final Pattern PARENTHESIS = Pattern.compile("\\(([^()]*)\\)");

  /** The canonical and own labels, longest first, to find the label a remark starts with. */
  private static final List<String> REMARK_LABELS = remarkLabels();

  private IdentifierLabels() {}

  /**
   * The identifier that {@code label} and {@code value} stand for, issued by the country that
   * {@code country} names (a code or a name; null or unknown gives none); null when the label names
   * no identifier or the value is empty.
   */
  public static Identifier identifier(String label, String value, String country) {
    String cleanLabel = Texts.squeeze(label).replaceAll("[\\s:,-]+$", "");
    String cleanValue = Texts.squeeze(value);
    if (cleanLabel.isEmpty() || cleanValue == null || cleanValue.isEmpty()) {
      return null;
    }
    String key = cleanLabel.toLowerCase(Locale.ROOT);
    if (NOT_IDENTIFIERS.contains(key)) {
      return null;
    }
    String code = Countries.code(country);
    Matcher imo = IMO.matcher(cleanValue);
    if (imo.matches()) {
      return new Identifier(Identifier.IMO, imo.group(1), code);
    }
    String type = CANONICAL.get(key);
    if ("legal entity number".equals(key)) {
      type = LEI.matcher(cleanValue).matches() ? Identifier.LEI : null;
    }
    if (type != null) {
      return new Identifier(type, cleanValue, code);
    }
    if (OWN.contains(key) || GENERAL_LABEL.matcher(cleanLabel).matches() && cleanValue.matches(".*\\d.*")) {
      return new Identifier(cleanLabel, cleanValue, code);
    }
    return null;
  }

  /**
   * The identifier in one remark as OFAC writes them: a label, the value, the issuing country in
   * parentheses, perhaps dates of issue and expiry ({@code Passport 484824 (Egypt) issued 18 Jan
   * 1984}, {@code Tax ID No. 32071216470 (Texas) (United States)}); null when the remark is no
   * identifier.
   */
  public static Identifier fromRemark(String remark) {
    String text = remark.strip();
    for (String label : REMARK_LABELS) {
      if (text.length() > label.length() && text.regionMatches(true, 0, label, 0, label.length())
          && text.charAt(label.length()) == ' ') {
        return withCountry(text.substring(0, label.length()), text.substring(label.length() + 1));
      }
    }
    Matcher general = GENERAL_REMARK.matcher(text);
    if (general.matches()) {
      return withCountry(general.group(1), general.group(2));
    }
    return null;
  }

  private static Identifier withCountry(String label, String rest) {
    String value = TRAILER.matcher(rest).replaceFirst("").strip();
    String country = null;
    // "(China)" may follow the value without a space: 91110000710934369E(China).
    int open = value.indexOf('(');
    if (open > 0) {
      Matcher parentheses = PARENTHESIS.matcher(value.substring(open));
      while (parentheses.find() && country == null) {
        country = Countries.code(parentheses.group(1)) == null ? null : parentheses.group(1);
      }
      value = value.substring(0, open).strip();
    }
    return identifier(label, value, country);
  }

  private static Map<String, String> canonical() {
    Map<String, String> labels = new HashMap<>();
    put(labels, Identifier.PASSPORT, "Passport", "Passport No.", "Passport Number", "Diplomatic Passport",
        "Numéro de passeport", "Número de pasaporte");
    put(labels, Identifier.NATIONAL_ID, "National ID No.", "National ID Number", "National Identification Number",
        "National Identity Number", "National Foreign ID Number", "Cedula No.", "D.N.I.", "C.U.R.P.", "CURP #",
        "Personal ID Card", "SSN", "Identity Card Number", "National ID");
    put(labels, Identifier.TAX, "Tax ID No.", "Tax ID Number", "Tax Identification Number", "NIT #", "RUC #",
        "R.F.C.", "RFC", "RIF #", "C.U.I.T.", "V.A.T. Number", "VAT Number", "Italian Fiscal Code", "Fiscal Code",
        "INN", "TIN");
    put(labels, Identifier.REGISTRATION, "Registration Number", "Registration No.", "Registration ID", "Company Number",
        "Business Registration Number", "Business Registration Document #", "Commercial Registry Number",
        "Commercial Registration Number", "Public Registration Number", "C.R. No.", "Certificate of Incorporation Number",
        "Chamber of Commerce Number", "Trade License No.", "Folio Mercantil No.", "Matricula Mercantil No",
        "Matricula Mercantil No.", "Enterprise Number", "Business Number", "Company ID", "OGRN", "UK Company Number");
    put(labels, Identifier.LEI, "LEI", "Legal Entity Identifier");
    put(labels, Identifier.ISIN, "ISIN");
    put(labels, Identifier.USCC, "Unified Social Credit Code (USCC)", "Unified Social Credit Code", "USCC");
    put(labels, Identifier.SWIFT, "SWIFT/BIC", "SWIFT", "BIC", "SWIFT Code", "SWIFT/BIC Code");
    put(labels, Identifier.IMO, "IMO", "IMO Number", "Vessel Registration Identification", "Company Number IMO",
        "Identification Number IMO");
    return Map.copyOf(labels);
  }

  private static void put(Map<String, String> labels, String type, String... names) {
    for (String name : names) {
      labels.put(name.toLowerCase(Locale.ROOT), type);
    }
  }

  private static List<String> remarkLabels() {
    List<String> labels = new ArrayList<>(CANONICAL.keySet());
    labels.add("legal entity number");
    labels.addAll(OWN);
    labels.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    return List.copyOf(labels);
  }
}
