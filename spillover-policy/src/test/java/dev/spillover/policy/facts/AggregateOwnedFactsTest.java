package dev.spillover.policy.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.input.InputException;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
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
 * The facts {@code aggregateOwned} and {@code aggregatePossiblyOwned} of a pack's aggregate-ownership
 * declaration, worked by hand. The seeds are the parties incorporated in CN and the parties on the
 * pack's list {@code blocked}.
 */
class AggregateOwnedFactsTest {
  private static final LocalDate DAY = LocalDate.of(2025, 1, 1);
  private static final String PACK = """
      pack: {id: p, title: P, citation: "Act"}
      sources: [{id: act, title: Act}]
      lists:
        - id: blocked
          title: Blocked parties
          source: act
          entries:
            - {names: ["Blocked Co"]}
      aggregates:
        - {id: covered, title: Covered persons, tests: [incorporatedIn], countries: [CN], lists: [blocked], source: act}
      rules:
        - id: owned
          title: Owned 50 % or more in aggregate by covered persons
          citation: Act s.1
          scope: [organization]
          over: subject
          verdict: prohibited
          condition: subject.aggregateOwned['covered']
      """;

  private static Map<String, Object> facts(Estate estate, String id) {
    Pack pack = TestEstate.pack(PACK);
    Snapshot snapshot = Snapshot.of(estate, DAY);
    return new FactBuilder(snapshot, ListMatcher.match(snapshot, List.of(pack)), List.of(), List.of(),
        pack.aggregates()).node(snapshot.indexOf(id));
  }

  private static boolean owned(Estate estate, String id) {
    @SuppressWarnings("unchecked")
    Map<String, Boolean> owned = (Map<String, Boolean>) facts(estate, id).get("aggregateOwned");
    return owned.get("covered");
  }

  /** DESIGN.md: blocked A owns 40 % of D and 40 % of E; E owns 20 % of D. E holds 40 %: D counts only A's 40 %. */
  @Test
  void theDesignExampleBlocksNeitherDNorE() {
    Estate estate = new TestEstate().orgIn("a", "A", "CN").org("d", "D").org("e", "E")
        .owns("a", "d", 40).owns("a", "e", 40).owns("e", "d", 20).build();

    assertThat(owned(estate, "e")).isFalse();
    assertThat(owned(estate, "d")).isFalse();
    assertThat(owned(estate, "a")).as("a seed is not owned by itself").isFalse();
    assertThat(Assessment.run(estate, List.of(TestEstate.pack(PACK)), DAY).findings()).isEmpty();
  }

  @Test
  void fiftyPercentExactlyIsOwnedAndPassesOnThroughTheOwnedEntity() {
    Estate estate = new TestEstate().orgIn("a", "A", "CN").org("b", "B").org("c", "C").org("x", "X")
        .owns("a", "b", 50).owns("b", "c", 50).owns("a", "x", 49.999).build();

    assertThat(owned(estate, "b")).isTrue();
    assertThat(owned(estate, "c")).as("50 % by b, itself owned").isTrue();
    assertThat(owned(estate, "x")).as("just below 50 %").isFalse();
    AssessmentResult result = Assessment.run(estate, List.of(TestEstate.pack(PACK)), DAY);
    assertThat(result.findings()).extracting(f -> f.subject().id()).containsExactlyInAnyOrder("b", "c");
  }

  @Test
  void seedsByJurisdictionAndByListAddUp() {
    Estate estate = new TestEstate().orgIn("cn", "CN Parent", "CN").org("listed", "Blocked Co")
        .orgIn("us", "US Parent", "US").org("target", "Target")
        .owns("cn", "target", 25).owns("listed", "target", 25).owns("us", "target", 50).build();

    assertThat(owned(estate, "target")).isTrue();
  }

  @Test
  void anUnknownHoldingIsPossiblyButNotCertainlyOwned() {
    Estate estate = new TestEstate().orgIn("a", "A", "CN").org("b", "B")
        .edge(EdgeKind.OWNS, "a", "b", new EdgeTerms.Share(30.0, 60.0, EdgeTerms.ShareBasis.EQUITY), Validity.ALWAYS)
        .build();

    assertThat(facts(estate, "b")).containsEntry("aggregateOwned", Map.of("covered", false))
        .containsEntry("aggregatePossiblyOwned", Map.of("covered", true));
  }

  @Test
  void refusesADeclarationWithoutSeedsOrWithTestsButNoCountries() {
    assertThatThrownBy(() -> TestEstate.pack(PACK.replace("tests: [incorporatedIn], countries: [CN], lists: [blocked], ",
        "")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("pack 'p', aggregate 'covered': no seeds, expected 'tests' with 'countries', or 'lists'");
    assertThatThrownBy(() -> TestEstate.pack(PACK.replace("countries: [CN], ", "")))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("pack 'p', aggregate 'covered': 'tests' and 'countries' go together");
  }

  @Test
  void refusesTwoPacksDeclaringOneAggregateId() {
    Estate estate = new TestEstate().org("b", "B").build();
    Pack first = TestEstate.pack(PACK);
    Pack second = TestEstate.pack(PACK.replace("{id: p,", "{id: q,").replace("id: blocked", "id: blocked2")
        .replace("lists: [blocked]", "lists: [blocked2]"));

    assertThatThrownBy(() -> Assessment.run(estate, List.of(first, second), DAY))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("aggregate id 'covered' is also defined by pack p");
  }
}
