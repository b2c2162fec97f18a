package dev.spillover.cli;

import static dev.spillover.cli.CliRun.ACME;
import static dev.spillover.cli.CliRun.spillover;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.junit.jupiter.api.Test;

/**
 * {@code spillover compare --tolerance} on the bundled Acme scenarios, from zero tolerance to "as
 * announced". Worked by hand from the comparison golden file and the estate:
 *
 * <ul>
 *   <li>zero tolerance prohibits 15 subjects: 14 products and systems and one dataset
 *       (acme-store-visits, not an asset). All 14 assets are cut, so the exposure is 14 and this
 *       level removes 14/14; all 14 stop, with all six systems' 193,545 users.
 *   <li>broad prohibits 5 assets (the cameras, the routers, the ThinkPads, the surveillance and the
 *       laptop systems; the withdrawn routers are prohibited too): 5/14 = 35.7 %. Six stop (the
 *       branch network through the routers): the users of surveillance 310, branch network 6,100
 *       and laptops 2,900 = 9,310.
 *   <li>as announced prohibits 4 (the cameras, the routers, the surveillance system, the branch
 *       network; marketing is only for review): 4/14 = 28.6 %; those 4 stop, 310 + 6,100 = 6,410
 *       users (3.3 %).
 * </ul>
 *
 * <p>Replacement costs (Acme's fictional planning figures): cameras USD 180,000, routers USD 95,000,
 * ThinkPads USD 1,450,000, surveillance system USD 40,000, Bugly SDK EUR 12,000; no other asset
 * declares one. Zero tolerance: USD 1,765,000 (4 assets) and EUR 12,000 (1), 14 - 5 = 9 without;
 * broad: USD 180,000 + 95,000 + 1,450,000 + 40,000 = 1,765,000 (4), the laptop system without;
 * as announced: USD 180,000 + 95,000 + 40,000 = 315,000 (3), the branch network without.
 */
class CompareToleranceTest {
  private static final String[] LEVELS = {
    "--scenario", CompareCommandTest.ZERO, "--scenario", CompareCommandTest.BROAD,
    "--scenario", CompareCommandTest.AS_ANNOUNCED
  };

  private static String[] args(String... more) {
    String[] all = new String[3 + LEVELS.length + more.length];
    all[0] = "compare";
    all[1] = ACME;
    all[2] = "--tolerance";
    System.arraycopy(LEVELS, 0, all, 3, LEVELS.length);
    System.arraycopy(more, 0, all, 3 + LEVELS.length, more.length);
    return all;
  }

  @Test
  void fromZeroToleranceToAsAnnouncedAsATable() throws IOException {
    CliRun run = spillover(args());

    assertThat(run.exitCode()).as(run.toString()).isZero();
    assertThat(run.out())
        .contains("Exposure: 14 products, components and systems cut at some level")
        .contains("zero tolerance  2020-09-21  14          0           0          14          100.0 %           "
            // 17 assets: the example's card payments, security monitoring and backup are exposed to no one;
            // WeChat Pay, cut, is degraded rather than stopped: card payments substitute for it.
            + "13 of 17  1         193,545 of 193,545 (100.0 %)  EUR 12,000; USD 1,765,000  9")
        .contains("broad           2020-09-21  5           0           0          5           35.7 %            "
            + "6 of 17   0         9,310 of 193,545 (4.8 %)      USD 1,765,000              1")
        .contains("as announced    2020-09-21  4           0           0          4           28.6 %            "
            + "4 of 17   0         6,410 of 193,545 (3.3 %)      USD 315,000                1")
        .contains("Replacement cost: the declared replacement costs of the assets cut, summed per currency");
    GoldenFiles.assertMatches("compare-acme-2020-tolerance.txt", run.out());
  }

  @Test
  void asJson() throws IOException {
    CliRun run = spillover(args("--format", "json"));

    assertThat(run.exitCode()).as(run.toString()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.get("schema").asText()).isEqualTo("spillover-tolerance/1");
    assertThat(json.get("exposedAssets").asInt()).isEqualTo(14);
    JsonNode zero = json.get("levels").get(0);
    assertThat(zero.get("scenario").asText()).isEqualTo("zero tolerance");
    assertThat(zero.get("prohibited").asInt()).isEqualTo(14);
    assertThat(zero.get("otherSubjectsCut").asInt()).isEqualTo(1);
    assertThat(zero.get("exposureRemoved").asDouble()).isEqualTo(1.0);
    assertThat(zero.get("replacementCost").isNull()).isTrue();
    assertThat(zero.get("replacementCostByCurrency").toString())
        .isEqualTo("[{\"currency\":\"EUR\",\"amount\":12000,\"assets\":1},"
            + "{\"currency\":\"USD\",\"amount\":1765000,\"assets\":4}]");
    assertThat(zero.get("assetsCutWithoutCost").asInt()).isEqualTo(9);
    JsonNode broad = json.get("levels").get(1);
    assertThat(broad.get("assetsCut").asInt()).isEqualTo(5);
    assertThat(broad.get("exposureRemoved").asDouble()).isEqualTo(0.3571);
    assertThat(broad.get("technology").get("stopped").asInt()).isEqualTo(6);
    assertThat(broad.get("users").get("stopped").asLong()).isEqualTo(9310);
    assertThat(broad.get("replacementCostByCurrency").get(0).get("amount").decimalValue())
        .isEqualByComparingTo("1765000");
    assertThat(broad.get("assetsCutWithoutCost").asInt()).isEqualTo(1);
    JsonNode announced = json.get("levels").get(2);
    assertThat(announced.get("assetsCut").asInt()).isEqualTo(4);
    assertThat(announced.get("users").get("stopped").asLong()).isEqualTo(6410);
    assertThat(announced.get("replacementCostByCurrency")).singleElement().satisfies(usd -> {
      assertThat(usd.get("currency").asText()).isEqualTo("USD");
      assertThat(usd.get("amount").decimalValue()).isEqualByComparingTo("315000");
      assertThat(usd.get("assets").asInt()).isEqualTo(3);
    });
    assertThat(announced.get("assetsCutWithoutCost").asInt()).isEqualTo(1);
    GoldenFiles.assertMatches("compare-acme-2020-tolerance.json", run.out());
  }
}
