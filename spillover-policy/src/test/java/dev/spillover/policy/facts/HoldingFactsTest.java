package dev.spillover.policy.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.input.InputException;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.Person;
import dev.spillover.model.Seats;
import dev.spillover.model.Validity;
import dev.spillover.policy.Assessment;
import dev.spillover.policy.AssessmentResult;
import dev.spillover.policy.Pack;
import dev.spillover.policy.TestEstate;
import dev.spillover.snapshot.Snapshot;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The facts {@code heldMin} and {@code heldMax} of a pack's holding test, worked by hand:
 *
 * <pre>
 * cn-parent (incorporated and headquartered in CN)  owns 30 %     of holdco
 * holdco (seats unknown)                            owns 50 %     of target
 * cn-person (a person domiciled in CN)              owns 10 %     of target
 * us-fund (US)                                      owns 40 %     of target
 * somebody (seats unknown)                          owns 0 to 5 % of target
 * </pre>
 *
 * The parties meeting the test (domiciled in or headquartered in CN) hold 30 % x 50 % + 10 % = 25 %
 * of target; 25 to 25 % because the range is held by a party that does not meet the test. They hold
 * 30 % of holdco, and themselves wholly.
 */
class HoldingFactsTest {
  private static final LocalDate DAY = LocalDate.of(2025, 1, 1);
  private static final String PACK = """
      pack: {id: p, title: P, citation: "Act"}
      sources: [{id: act, title: Act}]
      holdings:
        - {id: cn, title: CN persons, tests: [domiciledIn, headquarteredIn], countries: [CN], source: act}
      rules:
        - id: twenty
          title: At least 20 % held by CN persons
          citation: Act s.1
          scope: [organization]
          over: subject
          verdict: restricted
          condition: subject.heldMin['cn'] >= 20.0 && !('CN' in subject.countries)
      """;

  private static Estate estate() {
    return new TestEstate()
        .orgIn("cn-parent", "CN Parent", "CN").org("holdco", "HoldCo").org("target", "Target")
        .orgIn("us-fund", "US Fund", "US").org("somebody", "Somebody")
        .node(new Person("cn-person", "CN Person", List.of(), Map.of(), TestEstate.PROVENANCE, List.of(),
            new Seats(null, null, null, "CN")))
        .owns("cn-parent", "holdco", 30).owns("holdco", "target", 50).owns("cn-person", "target", 10)
        .owns("us-fund", "target", 40)
        .edge(EdgeKind.OWNS, "somebody", "target", new EdgeTerms.Share(0.0, 5.0, EdgeTerms.ShareBasis.EQUITY),
            Validity.ALWAYS)
        .build();
  }

  private static Map<String, Object> facts(Pack pack, String id) {
    Snapshot snapshot = Snapshot.of(estate(), DAY);
    FactBuilder builder = new FactBuilder(snapshot, ListMatcher.match(snapshot, List.of(pack)), pack.holdings());
    return builder.node(snapshot.indexOf(id));
  }

  @Test
  void givesTheLookThroughShareHeldByThePartiesThatMeetTheTest() {
    Pack pack = TestEstate.pack(PACK);

    assertThat(facts(pack, "target")).containsEntry("heldMin", Map.of("cn", 25.0)).containsEntry("heldMax", Map.of("cn", 25.0));
    assertThat(facts(pack, "holdco")).containsEntry("heldMin", Map.of("cn", 30.0));
    assertThat(facts(pack, "cn-person")).containsEntry("heldMin", Map.of("cn", 100.0));
    assertThat(facts(pack, "us-fund")).containsEntry("heldMin", Map.of("cn", 0.0));
  }

  @Test
  void aJurisdictionTheTestDoesNotNameDoesNotCount() {
    // Incorporation alone: cn-parent is incorporated in CN, the person only domiciled there.
    Pack pack = TestEstate.pack(PACK.replace("tests: [domiciledIn, headquarteredIn]", "tests: [incorporatedIn]"));

    assertThat(facts(pack, "target")).containsEntry("heldMin", Map.of("cn", 15.0));
  }

  @Test
  void anUnknownHoldingCountsUpToItsUpperBound() {
    Pack pack = TestEstate.pack(PACK.replace("countries: [CN]", "countries: [CN, XK]")
        .replace("tests: [domiciledIn, headquarteredIn]", "tests: [domiciledIn, headquarteredIn]"));
    Estate withUnknown = new TestEstate().orgIn("cn-parent", "CN Parent", "CN").org("target", "Target")
        .edge(EdgeKind.CONTROLS, "cn-parent", "target", new EdgeTerms.Control(EdgeTerms.ControlType.BOARD),
            Validity.ALWAYS)
        .build();
    Snapshot snapshot = Snapshot.of(withUnknown, DAY);

    Map<String, Object> target = new FactBuilder(snapshot, ListMatcher.match(snapshot, List.of(pack)), pack.holdings())
        .node(snapshot.indexOf("target"));

    assertThat(target).containsEntry("heldMin", Map.of("cn", 0.0)).containsEntry("heldMax", Map.of("cn", 100.0));
  }

  @Test
  void aRuleReadsTheShareUnderTheTestsId() {
    AssessmentResult result = Assessment.run(estate(), List.of(TestEstate.pack(PACK)), DAY);

    assertThat(result.findings()).extracting(f -> f.subject().id()).containsExactlyInAnyOrder("holdco", "target");
  }

  @Test
  void refusesAnUnknownTestOrCountry() {
    assertThatThrownBy(() -> TestEstate.pack(PACK.replace("tests: [domiciledIn, headquarteredIn]", "tests: [seatIn]")
        .replace("countries: [CN]", "countries: [ZZ]")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("test.yaml:4:40: pack 'p', holding 'cn': test 'seatIn' is not a jurisdiction test,"
            + " expected one of domiciledIn, headquarteredIn, incorporatedIn, nationality, principalPlaceOfBusiness")
        .hasMessageContaining("pack 'p', holding 'cn': country 'ZZ' is not an ISO 3166-1 alpha-2 code");
  }

  @Test
  void refusesTwoPacksDefiningOneHoldingId() {
    Pack first = TestEstate.pack(PACK);
    Pack second = TestEstate.pack(PACK.replace("{id: p,", "{id: q,"));

    assertThatThrownBy(() -> Assessment.run(estate(), List.of(first, second), DAY))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("holding id 'cn' is also defined by pack p");
  }
}
