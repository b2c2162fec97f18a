package dev.spillover.policy.pack;

import static dev.spillover.policy.pack.PackFindings.on;
import static dev.spillover.policy.pack.PackFindings.org;
import static dev.spillover.policy.pack.PackFindings.product;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.model.EdgeKind;
import dev.spillover.model.Estate;
import dev.spillover.model.Product.ProductType;
import dev.spillover.policy.Pack;
import dev.spillover.policy.TestEstate;
import dev.spillover.policy.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The bundled Clean Network pack, worked by hand: a system hosted on Alibaba's cloud (Clean Cloud),
 * a system distributing TikTok through an app store (Clean Store) and a branch network on routers
 * made by a company incorporated in China (5G Clean Path, from 29 April 2020). The five lines count
 * from 5 August 2020. Advisory: review only.
 */
class CleanNetworkPackTest {
  private static final Pack CLEAN = PackCatalog.bundled("clean-network");

  private static Estate estate() {
    return new TestEstate()
        .node(org("alibaba", "Alibaba Group Holding Limited", "KY"))
        .node(product("cloud", "Elastic compute", ProductType.CLOUD_SERVICE)).edge(EdgeKind.OPERATES, "alibaba", "cloud")
        .system("shop").edge(EdgeKind.HOSTED_IN, "shop", "cloud")
        .node(org("bytedance", "ByteDance Ltd.", "KY"))
        .node(product("tiktok", "TikTok", ProductType.APP)).edge(EdgeKind.DEVELOPS, "bytedance", "tiktok")
        .system("store").uses("store", "tiktok", "app-store-distribution")
        .node(org("routerco", "Router Maker Co., Ltd.", "CN"))
        .node(product("routers", "Branch routers", ProductType.DEVICE)).edge(EdgeKind.MANUFACTURES, "routerco", "routers")
        .system("branch").uses("branch", "routers", "networking")
        .build();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "2020-04-28 | ",
      "2020-04-29 | branch clean-path:review",
      "2020-08-04 | branch clean-path:review",
      "2020-08-05 | branch clean-path:review, shop clean-cloud:review, store clean-store:review"})
  void flagsForReviewFromTheAnnouncements(String day, String expected) {
    assertThat(String.join(", ", on(estate(), CLEAN, day))).isEqualTo(expected == null ? "" : expected);
  }

  @Test
  void neverProhibitsOrRestricts() {
    assertThat(CLEAN.rules()).allSatisfy(rule -> assertThat(rule.verdict()).isEqualTo(Verdict.REVIEW));
  }
}
