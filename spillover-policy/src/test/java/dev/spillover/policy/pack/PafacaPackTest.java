package dev.spillover.policy.pack;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.model.EdgeKind;
import dev.spillover.model.Estate;
import dev.spillover.model.Person;
import dev.spillover.model.Seats;
import dev.spillover.policy.Assessment;
import dev.spillover.policy.AssessmentResult;
import dev.spillover.policy.Pack;
import dev.spillover.policy.RuleStatus;
import dev.spillover.policy.TestEstate;
import dev.spillover.policy.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled PAFACA pack on a joint venture worked by hand: ByteDance (headquartered in CN)
 * holds 19.9 %, three US or UAE investors 15 % each, others (seats unknown) the rest. 19.9 % is
 * under the 20 % test; with 0.1 % more held by a person domiciled in China, it is 20 % and the
 * venture is controlled by a foreign adversary.
 */
class PafacaPackTest {
  private static final LocalDate DAY = LocalDate.of(2026, 2, 1);
  private static final Pack PAFACA = PackCatalog.bundled("pafaca");

  private static TestEstate jointVenture(double othersShare) {
    return new TestEstate()
        .node(new dev.spillover.model.Organization("bytedance", "ByteDance Ltd.", List.of(), Map.of(),
            TestEstate.PROVENANCE, dev.spillover.model.Organization.OrganizationType.COMPANY,
            new Seats("KY", "CN", null, null), false))
        .orgIn("oracle", "Oracle Corporation", "US").orgIn("silver-lake", "Silver Lake", "US")
        .orgIn("mgx", "MGX", "AE").org("others", "Other investors").org("jv", "TikTok USDS Joint Venture LLC")
        .owns("bytedance", "jv", 19.9).owns("oracle", "jv", 15).owns("silver-lake", "jv", 15).owns("mgx", "jv", 15)
        .owns("others", "jv", othersShare);
  }

  private static String verdictOn(AssessmentResult result, String subject) {
    return result.findings().stream().filter(f -> f.subject().id().equals(subject))
        .map(f -> f.rule().id() + ":" + (f.verdict() == null ? "-" : f.verdict().label())).findFirst().orElse("none");
  }

  @Test
  void aVentureWithByteDanceAt19Point9PercentIsNotControlledByAForeignAdversary() {
    AssessmentResult result = Assessment.run(jointVenture(35.1).build(), List.of(PAFACA), DAY);

    assertThat(verdictOn(result, "jv")).isEqualTo("none");
    assertThat(verdictOn(result, "bytedance")).isEqualTo("foreign-adversary-controlled:review");
    assertThat(verdictOn(result, "mgx")).isEqualTo("none");
  }

  @Test
  void aVentureWhereAPersonDomiciledInChinaHoldsAnother0Point1PercentIsControlled() {
    Estate estate = jointVenture(35.0)
        .node(new Person("cn-person", "Investor domiciled in China", List.of(), Map.of(), TestEstate.PROVENANCE,
            List.of(), new Seats(null, null, null, "CN")))
        .owns("cn-person", "jv", 0.1).build();

    AssessmentResult result = Assessment.run(estate, List.of(PAFACA), DAY);

    assertThat(verdictOn(result, "jv")).isEqualTo("foreign-adversary-controlled:review");
  }

  @Test
  void aHolderOfUnknownSizeWithAForeignAdversarySeatCallsForReview() {
    Estate estate = jointVenture(35.1)
        .orgIn("cn-fund", "A fund headquartered in China", "CN")
        .edge(EdgeKind.OWNS, "cn-fund", "others", new dev.spillover.model.EdgeTerms.Share(null, null,
            dev.spillover.model.EdgeTerms.ShareBasis.EQUITY), dev.spillover.model.Validity.ALWAYS)
        .build();

    AssessmentResult result = Assessment.run(estate, List.of(PAFACA), DAY);

    // 19.9 % known; up to 19.9 + 35.1 = 55 % if the fund held all of the others.
    assertThat(verdictOn(result, "jv")).isEqualTo("possibly-foreign-adversary-controlled:review");
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "2024-04-23, not-announced",
      "2024-06-01, pending",
      "2025-01-19, in-force",
      "2025-01-20, suspended",
      "2026-02-01, suspended"})
  void theByteDanceAndTikTokProhibitionTookEffectOn19January2025AndItsEnforcementWasPausedTheNextDay(
      String day, String state) {
    var rule = PAFACA.rules().stream().filter(r -> r.id().equals("named-app-store-or-hosting")).findFirst().orElseThrow();

    RuleStatus status = rule.timeline().statusOn(LocalDate.parse(day));

    assertThat(status.state().label()).isEqualTo(state);
  }

  @Test
  void theFourCountriesOf10Usc4872AreTheHoldingTest() {
    assertThat(PAFACA.holdings()).singleElement().satisfies(holding -> {
      assertThat(holding.countries()).containsExactly("CN", "RU", "IR", "KP");
      assertThat(holding.tests())
          .containsExactly("domiciledIn", "headquarteredIn", "principalPlaceOfBusiness", "incorporatedIn");
    });
    assertThat(Verdict.RESTRICTED.label()).isEqualTo("restricted");
  }
}
