package dev.spillover.policy.pack;

import static dev.spillover.policy.pack.PackFindings.listed;
import static dev.spillover.policy.pack.PackFindings.on;
import static dev.spillover.policy.pack.PackFindings.org;
import static dev.spillover.policy.pack.PackFindings.product;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.model.EdgeKind;
import dev.spillover.model.Estate;
import dev.spillover.model.Product.ProductType;
import dev.spillover.policy.Pack;
import dev.spillover.policy.TestEstate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled BIS Affiliates Rule pack, worked by hand: X (Entity List) owns 30 % of Y and M (MEU
 * List) 20 %: 50 % in aggregate, so Y is restricted; X owns 49.9 % of Z alone: Z is not. The
 * timeline: in force from 29 September 2025, suspended 10 November 2025 through 9 November 2026,
 * in force again from 10 November 2026 (no later change found, as of 24 November 2026).
 */
class BisAffiliatesPackTest {
  private static final Pack BIS = PackCatalog.bundled("bis-affiliates");

  private static Estate estate() {
    TestEstate estate = new TestEstate().list("bis-entity-list", "Entity List").list("bis-mieu", "MEU List")
        .node(org("x", "Listed X", "CN")).node(org("m", "Military End User M", "CN"))
        .node(org("y", "Affiliate Y", "SG")).node(org("z", "Company Z", "SG"))
        .owns("x", "y", 30).owns("m", "y", 20).owns("x", "z", 49.9)
        .node(product("p-y", "chips of Y", ProductType.DEVICE)).edge(EdgeKind.MANUFACTURES, "y", "p-y")
        .node(product("p-z", "chips of Z", ProductType.DEVICE)).edge(EdgeKind.MANUFACTURES, "z", "p-z");
    estate = listed(estate, "x", "bis-entity-list", null, null);
    estate = listed(estate, "m", "bis-mieu", null, null);
    return estate.build();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({
      "2025-09-28, ",
      "2025-09-29, p-y affiliate-of-listed-entity:restricted",
      "2025-11-09, p-y affiliate-of-listed-entity:restricted",
      "2025-11-10, p-y affiliate-of-listed-entity:-",
      "2026-11-09, p-y affiliate-of-listed-entity:-",
      "2026-11-10, p-y affiliate-of-listed-entity:restricted",
      "2026-11-24, p-y affiliate-of-listed-entity:restricted"})
  void restrictsAffiliatesOwnedFiftyPercentInAggregateExceptWhileSuspended(String day, String expected) {
    assertThat(String.join(", ", on(estate(), BIS, day))).isEqualTo(expected == null ? "" : expected);
  }

  @Test
  void theSuspensionEndsByItselfOn10November2026() {
    var rule = BIS.rules().get(0);

    assertThat(rule.timeline().statusOn(java.time.LocalDate.parse("2026-11-09")).state().label()).isEqualTo("suspended");
    assertThat(rule.timeline().statusOn(java.time.LocalDate.parse("2026-11-10")).state().label()).isEqualTo("in-force");
  }
}
