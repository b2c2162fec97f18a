package dev.spillover.formats.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.spillover.model.Component;
import dev.spillover.model.Confidence;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.Node;
import dev.spillover.model.Organization;
import dev.spillover.model.Product;
import dev.spillover.model.Provenance;
import dev.spillover.model.ReplacementCost;
import dev.spillover.model.Seats;
import dev.spillover.model.Source;
import dev.spillover.model.SystemAsset;
import dev.spillover.model.Validity;
import dev.spillover.snapshot.Snapshot;
import dev.spillover.spill.BlastRadius;
import java.io.IOException;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The declared replacement costs of the tolerance curve, against sums worked by hand: one sum per
 * currency (never added across currencies), exact decimals, assets without a cost counted apart,
 * an asset cut at several levels counted at each, and subjects that are not assets left out.
 */
class ToleranceCurveTest {
  private static final LocalDate DAY = LocalDate.of(2020, 9, 21);
  private static final Provenance PLAN = new Provenance("plan", DAY, Confidence.DECLARED);

  /**
   * Vendor v (an organization); products a (USD 100.50), b (USD 200) and c (EUR 1,000), component
   * d (no cost), system sys (USD 50, 10 users) using a.
   */
  private static Snapshot snapshot() {
    List<Node> nodes = List.of(
        new Organization("v", "V", List.of(), Map.of(), PLAN, Organization.OrganizationType.COMPANY, Seats.UNKNOWN, false),
        new Product("a", "A", List.of(), Map.of(), PLAN, Product.ProductType.APP, cost("100.50", "USD")),
        new Product("b", "B", List.of(), Map.of(), PLAN, Product.ProductType.APP, cost("200", "USD")),
        new Product("c", "C", List.of(), Map.of(), PLAN, Product.ProductType.APP, cost("1000", "EUR")),
        new Component("d", "D", List.of(), Map.of(), PLAN, "1.0"),
        new SystemAsset("sys", "Sys", List.of(), Map.of(), PLAN, SystemAsset.Criticality.HIGH, 10L, cost("50", "USD")));
    List<Edge> edges = List.of(
        new Edge("e1", EdgeKind.USES, "sys", "a", Validity.ALWAYS, PLAN, new EdgeTerms.Usage(List.of())));
    Estate estate = new Estate("Costs", null, List.of(new Source("plan", "Plan (fictional)", null, null, null)),
        nodes, edges, List.of());
    return Snapshot.of(estate, DAY);
  }

  private static ReplacementCost cost(String amount, String currency) {
    return new ReplacementCost(new BigDecimal(amount), currency, PLAN);
  }

  /** A level cutting {@code ids}, each with {@code reason}. */
  private static BlastRadiusReport level(Snapshot snapshot, String name, String reason, String... ids) {
    List<BlastRadiusReport.Cut> cuts = new ArrayList<>();
    int[] nodes = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      nodes[i] = snapshot.indexOf(ids[i]);
      cuts.add(new BlastRadiusReport.Cut(nodes[i], List.of(reason)));
    }
    return new BlastRadiusReport(name, null, cuts, BlastRadius.of(snapshot, nodes));
  }

  private static ToleranceCurve curve() {
    Snapshot snapshot = snapshot();
    return ToleranceCurve.of(List.of(
        level(snapshot, "zero", "prohibited by p/r", "v", "a", "b", "c", "d", "sys"),
        level(snapshot, "broad", "prohibited by p/r", "a", "c", "d"),
        level(snapshot, "narrow", "prohibited by p/r", "a"),
        level(snapshot, "none", "prohibited by p/r")));
  }

  @Test
  void eachLevelSumsTheDeclaredCostsOfItsAssetsPerCurrencyAndCountsThoseWithout() {
    ToleranceCurve curve = curve();

    // zero: USD 100.50 + 200 + 50 = 350.50 (a, b, sys); EUR 1,000 (c); d declares none; v is no asset.
    ToleranceCurve.Level zero = curve.levels().get(0);
    assertThat(zero.replacementCosts()).containsExactly(
        new ToleranceCurve.CostSum("EUR", new BigDecimal("1000"), 1),
        new ToleranceCurve.CostSum("USD", new BigDecimal("350.50"), 3));
    assertThat(zero.assetsWithoutCost()).isEqualTo(1);
    assertThat(zero.otherSubjects()).isEqualTo(1);
    // broad: a is cut again and counts again: USD 100.50; EUR 1,000; d without.
    ToleranceCurve.Level broad = curve.levels().get(1);
    assertThat(broad.replacementCosts()).containsExactly(
        new ToleranceCurve.CostSum("EUR", new BigDecimal("1000"), 1),
        new ToleranceCurve.CostSum("USD", new BigDecimal("100.50"), 1));
    assertThat(broad.assetsWithoutCost()).isEqualTo(1);
    // narrow: a alone; nothing without a cost.
    assertThat(curve.levels().get(2).replacementCosts()).containsExactly(
        new ToleranceCurve.CostSum("USD", new BigDecimal("100.50"), 1));
    assertThat(curve.levels().get(2).assetsWithoutCost()).isZero();
    // none: nothing cut, nothing summed.
    assertThat(curve.levels().get(3).replacementCosts()).isEmpty();
    assertThat(curve.levels().get(3).assetsWithoutCost()).isZero();
  }

  @Test
  void theTableShowsEachCurrencyApartAndTheAssetsWithoutCost() throws IOException {
    StringWriter out = new StringWriter();
    ToleranceCurveOutput.table(curve(), out);

    List<String> lines = out.toString().lines().toList();
    assertThat(lines.get(3)).contains("replacement cost").endsWith("no cost declared");
    assertThat(lines.get(4)).startsWith("  zero ").endsWith("EUR 1,000; USD 350.50  1");
    assertThat(lines.get(5)).startsWith("  broad ").endsWith("EUR 1,000; USD 100.50  1");
    assertThat(lines.get(6)).startsWith("  narrow ").endsWith("USD 100.50" + " ".repeat(13) + "0");
    assertThat(lines.get(7)).startsWith("  none ").endsWith("none declared" + " ".repeat(10) + "0");
  }

  @Test
  void theJsonGivesExactAmountsPerCurrencyAndKeepsTheSingleFigureNull() throws IOException {
    StringWriter out = new StringWriter();
    ToleranceCurveOutput.json(curve(), out);
    JsonNode json = new ObjectMapper().readTree(out.toString());

    JsonNode zero = json.get("levels").get(0);
    List<String> names = new ArrayList<>();
    zero.fieldNames().forEachRemaining(names::add);
    assertThat(names).endsWith("replacementCost", "replacementCostByCurrency", "assetsCutWithoutCost");
    assertThat(zero.get("replacementCost").isNull()).isTrue();
    assertThat(zero.get("assetsCutWithoutCost").asInt()).isEqualTo(1);
    JsonNode usd = zero.get("replacementCostByCurrency").get(1);
    assertThat(usd.get("currency").asText()).isEqualTo("USD");
    assertThat(usd.get("amount").decimalValue()).isEqualByComparingTo("350.50");
    assertThat(usd.get("assets").asInt()).isEqualTo(3);
    assertThat(out.toString()).contains("\"amount\": 350.50");
    assertThat(json.get("levels").get(3).get("replacementCostByCurrency")).isEmpty();
  }
}
