package dev.spillover.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The jurisdictions a party is tied to, kept apart because laws test them separately (PAFACA:
 * "domiciled in, headquartered in, has its principal place of business in, or is organized under
 * the laws of"). Each is an ISO 3166-1 alpha-2 code or null when unknown.
 */
public record Seats(String incorporation, String headquarters, String principalPlace, String domicile) {
  public static final Seats UNKNOWN = new Seats(null, null, null, null);

  /** The distinct known codes, in the order incorporation, headquarters, principal place, domicile. */
  public List<String> all() {
    List<String> codes = new ArrayList<>(4);
    for (String code : new String[] {incorporation, headquarters, principalPlace, domicile}) {
      if (code != null && !codes.contains(code)) {
        codes.add(code);
      }
    }
    return List.copyOf(codes);
  }
}
