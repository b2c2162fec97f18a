package dev.spillover.policy;

import java.util.List;
import java.util.Set;

/**
 * A holding test a pack declares (for example PAFACA's "foreign adversary" persons): the parties
 * that meet it are the organizations and persons one of whose {@code tests} (jurisdiction facts:
 * {@code incorporatedIn}, {@code headquarteredIn}, {@code principalPlaceOfBusiness},
 * {@code domiciledIn}, or a person's {@code nationality}) is one of {@code countries}. The node facts
 * {@code heldMin} and {@code heldMax} give, under the key {@code id}, the share of every node those
 * parties hold directly or indirectly, by look-through.
 */
public record PackHolding(String id, String title, List<String> tests, List<String> countries, String source) {
  /** The jurisdiction tests a holding can use, as written in packs. */
  public static final Set<String> TESTS =
      Set.of("incorporatedIn", "headquarteredIn", "principalPlaceOfBusiness", "domiciledIn", "nationality");

  public PackHolding {
    tests = List.copyOf(tests);
    countries = List.copyOf(countries);
  }
}
