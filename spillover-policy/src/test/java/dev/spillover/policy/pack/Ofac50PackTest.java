package dev.spillover.policy.pack;

import static dev.spillover.policy.pack.PackFindings.listed;
import static dev.spillover.policy.pack.PackFindings.on;
import static dev.spillover.policy.pack.PackFindings.org;
import static dev.spillover.policy.pack.PackFindings.product;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Product.ProductType;
import dev.spillover.model.Validity;
import dev.spillover.policy.Pack;
import dev.spillover.policy.TestEstate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled OFAC 50 Percent Rule pack on the worked example of DESIGN.md: A, on the SDN list
 * from 1 June 2020, owns 40 % of D and {@code aInE} % of E; E owns 20 % of D. With E at 40 % E is
 * not blocked and D counts only A's 40 %: not blocked. With E at 50 %, E is blocked (50 % exactly
 * counts) and D counts 40 + 20 = 60 %: blocked. Each of A, D and E develops a product a system uses.
 */
class Ofac50PackTest {
  private static final Pack OFAC = PackCatalog.bundled("ofac-50");

  private static TestEstate estate(double aInE) {
    TestEstate estate = new TestEstate().list("ofac-sdn", "SDN List")
        .node(org("a", "Blocked A", "IR")).node(org("d", "Company D", "AE")).node(org("e", "Company E", "AE"))
        .owns("a", "d", 40).owns("a", "e", aInE).owns("e", "d", 20);
    estate = listed(estate, "a", "ofac-sdn", "2020-06-01", null);
    for (String maker : new String[] {"a", "d", "e"}) {
      estate = estate.node(product("p-" + maker, "product of " + maker, ProductType.SOFTWARE))
          .edge(EdgeKind.DEVELOPS, maker, "p-" + maker).system("s-" + maker).uses("s-" + maker, "p-" + maker);
    }
    return estate;
  }

  @ParameterizedTest(name = "E at {0} %")
  @CsvSource(delimiter = '|', value = {
      "40 | p-a blocked-person:prohibited, s-a blocked-person:prohibited",
      "50 | p-a blocked-person:prohibited, p-d owned-by-blocked-persons:prohibited, p-e owned-by-blocked-persons:prohibited, "
          + "s-a blocked-person:prohibited, s-d owned-by-blocked-persons:prohibited, s-e owned-by-blocked-persons:prohibited"})
  void blocksWhatBlockedPersonsOwnFiftyPercentOrMoreOfInAggregate(double aInE, String expected) {
    assertThat(String.join(", ", on(estate(aInE).build(), OFAC, "2024-01-01"))).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // The revised guidance dates from 13 August 2014; A is listed from 1 June 2020.
      "2014-08-12 | ",
      "2020-05-31 | ",
      "2020-06-01 | p-a blocked-person:prohibited, p-d owned-by-blocked-persons:prohibited, p-e owned-by-blocked-persons:prohibited, "
          + "s-a blocked-person:prohibited, s-d owned-by-blocked-persons:prohibited, s-e owned-by-blocked-persons:prohibited"})
  void blocksFromTheDayTheOwnerIsListed(String day, String expected) {
    assertThat(String.join(", ", on(estate(50).build(), OFAC, day))).isEqualTo(expected == null ? "" : expected);
  }

  @Test
  void anOwnerOfUnknownShareThatCouldTakeBlockedOwnershipTo50PercentCallsForReview() {
    // E at 40 % (not blocked), D at 40 % from A; F, owned wholly by A (blocked), holds an unknown share of D.
    TestEstate estate = estate(40).node(org("f", "Company F", "AE")).owns("a", "f", 100)
        .edge(EdgeKind.OWNS, "f", "d", new EdgeTerms.Share(null, null, EdgeTerms.ShareBasis.EQUITY), Validity.ALWAYS);

    assertThat(on(estate.build(), OFAC, "2024-01-01"))
        .contains("s-d possibly-owned-by-blocked-persons:review")
        .doesNotContain("s-d owned-by-blocked-persons:prohibited", "s-e possibly-owned-by-blocked-persons:review");
  }
}
