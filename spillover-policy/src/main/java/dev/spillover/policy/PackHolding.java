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

  /** The organizations and persons of {@code snapshot} that meet the test, by node index. */
  public java.util.BitSet parties(dev.spillover.snapshot.Snapshot snapshot) {
    java.util.BitSet parties = new java.util.BitSet(snapshot.nodeCount());
    Set<String> wanted = Set.copyOf(countries);
    for (int n = 0; n < snapshot.nodeCount(); n++) {
      dev.spillover.model.Node node = snapshot.node(n);
      dev.spillover.model.Seats seats = node instanceof dev.spillover.model.Organization org ? org.seats()
          : node instanceof dev.spillover.model.Person person ? person.seats() : null;
      if (seats == null) {
        continue;
      }
      for (String test : tests) {
        String code = switch (test) {
          case "incorporatedIn" -> seats.incorporation();
          case "headquarteredIn" -> seats.headquarters();
          case "principalPlaceOfBusiness" -> seats.principalPlace();
          case "domiciledIn" -> seats.domicile();
          default -> null;
        };
        boolean national = test.equals("nationality") && node instanceof dev.spillover.model.Person person
            && person.nationalities().stream().anyMatch(wanted::contains);
        if (national || (code != null && wanted.contains(code))) {
          parties.set(n);
          break;
        }
      }
    }
    return parties;
  }
}
