package dev.spillover.policy;

import static dev.spillover.policy.facts.FactMaps.exposure;
import static dev.spillover.policy.facts.FactMaps.node;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.policy.facts.ConditionLanguage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** What a condition asks of the party alone, read off its syntax tree, and that it never turns away a party the condition could hold on. */
class PartyGateTest {
  private static final String AS_OF = "2020-09-21";
  private static final Map<String, Object> LISTED = node(Map.of("id", "huawei", "lists", List.of("ndaa-889-covered")));
  private static final Map<String, Object> STATE = node(Map.of("id", "cnooc", "stateOwned", true, "countries", List.of("CN")));
  private static final Map<String, Object> PLAIN = node(Map.of("id", "acme", "countries", List.of("US")));

  @Test
  void theConjunctsThatReadOnlyThePartyAreTheGate() {
    PartyGate gate = gate("'ndaa-889-covered' in exposure.party.lists && exposure.controls\n"
        + "&& exposure.role in ['manufactures', 'develops', 'operates']");
    assertThat(gate.parts()).isEqualTo(1);
    assertThat(accepted(gate)).containsExactly("huawei");

    PartyGate two = gate("exposure.party.stateOwned && (exposure.depth < 3 || exposure.controls)"
        + " && exposure.party.countries.exists(c, c in ['CN', 'HK'])");
    assertThat(two.parts()).isEqualTo(2);
    assertThat(accepted(two)).containsExactly("cnooc");
  }

  @Test
  void eitherBranchOfAnOrOrAChoiceWhenBothAskSomethingOfTheParty() {
    PartyGate or = gate("(exposure.party.stateOwned && exposure.controls)"
        + " || ('ndaa-889-covered' in exposure.party.lists && exposure.depth < 2)");
    assertThat(or.parts()).isEqualTo(2);
    assertThat(accepted(or)).containsExactly("huawei", "cnooc");

    PartyGate choice = gate("exposure.controls ? exposure.party.stateOwned : 'ndaa-889-covered' in exposure.party.lists");
    assertThat(accepted(choice)).containsExactly("huawei", "cnooc");

    assertThat(gate("exposure.party.stateOwned || 'ndaa-889-covered' in exposure.party.lists").parts())
        .as("a part that reads only the party is one gate, whatever its operators").isEqualTo(1);
  }

  @Test
  void noGateWhereSomeBranchCanHoldForAnyParty() {
    assertThat(PartyGate.of("exposure.party.stateOwned || exposure.controls")).isEmpty();
    assertThat(PartyGate.of("exposure.party.stateOwned ? exposure.controls : exposure.depth < 2")).isEmpty();
    assertThat(PartyGate.of("exposure.controls && exposure.role == 'owns'")).isEmpty();
    assertThat(PartyGate.of("!(exposure.party.stateOwned && exposure.controls)")).isEmpty();
    assertThat(PartyGate.of("not a condition ((")).isEmpty();
  }

  @Test
  void aPartNamingTheSubjectOrAnotherExposureFactIsNoGate() {
    PartyGate gate = gate("exposure.party.id == subject.id && exposure.party.stateOwned");
    assertThat(gate.parts()).isEqualTo(1);
    assertThat(accepted(gate)).containsExactly("cnooc");
    assertThat(PartyGate.of("exposure.party.countries.exists(c, c == exposure.attributedTo)")).isEmpty();
    assertThat(PartyGate.of("exposure.party.countries.exists(subject, subject == 'CN')"))
        .as("a comprehension variable named like a variable is taken for it").isEmpty();
  }

  @Test
  void wordsAndOperatorsInsideStringsAreNotCode() {
    PartyGate gate = gate("exposure.party.name == 'exposure.role && x || y ? z' && exposure.controls");
    assertThat(gate.parts()).isEqualTo(1);
    assertThat(gate("exposure.party.id == '''it's''' && exposure.controls").parts()).isEqualTo(1);
  }

  @Test
  void aPartThatFailsOnAPartyAcceptsIt() {
    // 10 / 0 fails for a party on no list: the condition then meets the failure itself.
    PartyGate gate = gate("10 / size(exposure.party.lists) > 5 && exposure.controls");
    assertThat(accepted(gate)).containsExactly("huawei", "cnooc", "acme");
    assertThat(gate("10 / size(exposure.party.lists) > 20 && exposure.controls").accepts(LISTED, AS_OF)).isFalse();
  }

  /**
   * On random conditions over party facts, other exposure facts and the subject, joined by
   * {@code &&}, {@code ||}, {@code !} and {@code ? :}: wherever a condition holds, its gate accepts
   * the party. And gates are found, and turn parties away, often enough for that to mean something.
   */
  @Test
  void neverTurnsAwayAPartyOnWhichTheConditionHolds() throws Exception {
    SplittableRandom random = new SplittableRandom(17);
    int gated = 0;
    int turnedAway = 0;
    for (int c = 0; c < 300; c++) {
      String text = condition(random, 3);
      CompiledCondition condition = ConditionLanguage.compile(text, false);
      Optional<PartyGate> gate = PartyGate.of(text);
      gated += gate.isPresent() ? 1 : 0;
      for (int k = 0; k < 40; k++) {
        Map<String, Object> party = node(Map.of("id", random.nextBoolean() ? "p" : "q",
            "stateOwned", random.nextBoolean(), "lists", pick(random, "x", "y"), "countries", pick(random, "CN", "US")));
        Map<String, Object> subject = node(Map.of("id", "p", "ours", random.nextBoolean()));
        Map<String, Object> variables = Map.of("subject", subject, "asOf", AS_OF, "exposure", exposure(Map.of(
            "party", party, "controls", random.nextBoolean(), "depth", (long) random.nextInt(3),
            "role", random.nextBoolean() ? "owns" : "uses")));
        boolean holds;
        try {
          holds = condition.test(variables);
        } catch (CompiledCondition.EvaluationFailure e) {
          continue;
        }
        boolean accepted = gate.isEmpty() || gate.get().accepts(party, AS_OF);
        turnedAway += accepted ? 0 : 1;
        if (holds) {
          assertThat(accepted).as("%s holds on %s but its gate turns the party away", text, variables).isTrue();
        }
      }
    }
    assertThat(gated).isGreaterThan(100);
    assertThat(turnedAway).isGreaterThan(500);
  }

  private static final String[] PARTY_ONLY = {
      "exposure.party.stateOwned", "'x' in exposure.party.lists", "exposure.party.countries.exists(c, c == 'CN')",
      "exposure.party.id == 'p'", "10 / size(exposure.party.lists) > 6"};
  private static final String[] OTHER = {
      "exposure.controls", "exposure.depth < 2", "exposure.role == 'owns'", "subject.ours",
      "exposure.party.id == subject.id", "2 / exposure.depth == 1"};

  private static String condition(SplittableRandom random, int depth) {
    if (depth == 0 || random.nextInt(4) == 0) {
      String[] atoms = random.nextBoolean() ? PARTY_ONLY : OTHER;
      return atoms[random.nextInt(atoms.length)];
    }
    return switch (random.nextInt(5)) {
      case 0, 1 -> "(" + condition(random, depth - 1) + " && " + condition(random, depth - 1) + ")";
      case 2 -> "(" + condition(random, depth - 1) + " || " + condition(random, depth - 1) + ")";
      case 3 -> "!(" + condition(random, depth - 1) + ")";
      default -> "(" + condition(random, depth - 1) + " ? " + condition(random, depth - 1) + " : "
          + condition(random, depth - 1) + ")";
    };
  }

  private static List<String> pick(SplittableRandom random, String... values) {
    List<String> picked = new ArrayList<>();
    for (String value : values) {
      if (random.nextBoolean()) {
        picked.add(value);
      }
    }
    return picked;
  }

  private static PartyGate gate(String condition) {
    return PartyGate.of(condition).orElseThrow(() -> new AssertionError("no gate for " + condition));
  }

  private static List<String> accepted(PartyGate gate) {
    return java.util.stream.Stream.of(LISTED, STATE, PLAIN)
        .filter(party -> gate.accepts(party, AS_OF))
        .map(party -> (String) party.get("id"))
        .toList();
  }
}
