package dev.spillover.policy.pack;

import static dev.spillover.policy.pack.PackFindings.on;
import static dev.spillover.policy.pack.PackFindings.org;
import static dev.spillover.policy.pack.PackFindings.product;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.model.EdgeKind;
import dev.spillover.model.Estate;
import dev.spillover.model.Person;
import dev.spillover.model.Product.ProductType;
import dev.spillover.model.Seats;
import dev.spillover.policy.Pack;
import dev.spillover.policy.TestEstate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled ICTS pack (15 CFR 7.4, now 791.4), worked by hand: software from a developer
 * incorporated in China, from a US developer 60 % owned by a Russian company (owned in aggregate)
 * and from one 40 % owned (not), from a Macau developer (from 4 February 2025, not verified), and
 * a service operated by Nicolás Maduro by name. Every verdict is review: the rule decides case by
 * case.
 */
class Icts15Cfr7PackTest {
  private static final Pack ICTS = PackCatalog.bundled("icts-15cfr7");

  private static TestEstate uses(TestEstate estate, String system, String maker, String productId) {
    return estate.node(product(productId, productId, ProductType.SOFTWARE))
        .edge(EdgeKind.DEVELOPS, maker, productId).system(system).uses(system, productId);
  }

  private static Estate estate() {
    TestEstate estate = new TestEstate()
        .node(org("cn-dev", "Shenzhen Software Co.", "CN"))
        .node(org("ru-parent", "Moscow Holding", "RU"))
        .node(org("us-majority", "Majority Owned Inc.", "US")).owns("ru-parent", "us-majority", 60)
        .node(org("us-minority", "Minority Owned Inc.", "US")).owns("ru-parent", "us-minority", 40)
        .node(org("mo-dev", "Macau Games Ltd.", "MO"))
        .node(new Person("maduro", "Nicolás Maduro Moros", List.of(), Map.of(), TestEstate.PROVENANCE, List.of(),
            Seats.UNKNOWN));
    estate = uses(estate, "s-cn", "cn-dev", "p-cn");
    estate = uses(estate, "s-majority", "us-majority", "p-majority");
    estate = uses(estate, "s-minority", "us-minority", "p-minority");
    estate = uses(estate, "s-mo", "mo-dev", "p-mo");
    estate = estate.node(product("p-ve", "p-ve", ProductType.NETWORK_SERVICE)).edge(EdgeKind.OPERATES, "maduro", "p-ve")
        .system("s-ve").uses("s-ve", "p-ve");
    return estate.build();
  }

  private static final String IN_FORCE_2021 = "p-cn ict-from-foreign-adversary-party:review, "
      + "p-majority ict-from-foreign-adversary-party:review, p-ve ict-from-foreign-adversary-party:review, "
      + "s-cn ict-from-foreign-adversary-party:review, s-majority ict-from-foreign-adversary-party:review, "
      + "s-ve ict-from-foreign-adversary-party:review";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // Before publication: nothing. Between publication (19 January 2021) and effect (22 March 2021): pending.
      "2021-01-18 | ",
      "2021-03-21 | p-cn ict-from-foreign-adversary-party:-, p-majority ict-from-foreign-adversary-party:-, "
          + "s-cn ict-from-foreign-adversary-party:-, s-majority ict-from-foreign-adversary-party:-",
      "2021-03-22 | " + IN_FORCE_2021,
      // Macau: announced 6 December 2024 (pending), from 4 February 2025.
      "2025-02-03 | " + IN_FORCE_2021 + ", p-mo ict-from-macau-party:-, s-mo ict-from-macau-party:-",
      "2025-02-04 | " + IN_FORCE_2021 + ", p-mo ict-from-macau-party:review, s-mo ict-from-macau-party:review"})
  void flagsForReviewFromTheDatesEachForeignAdversaryAppliesFrom(String day, String expected) {
    List<String> found = on(estate(), ICTS, day);

    assertThat(String.join(", ", found)).isEqualTo(expected == null ? "" : sorted(expected));
  }

  private static String sorted(String joined) {
    return String.join(", ", java.util.Arrays.stream(joined.split(", ")).sorted().toList());
  }

  @Test
  void aDeveloperOwned40PercentByARussianCompanyIsNotOwnedByAForeignAdversary() {
    assertThat(on(estate(), ICTS, "2026-11-24")).noneMatch(line -> line.contains("minority"));
  }
}
