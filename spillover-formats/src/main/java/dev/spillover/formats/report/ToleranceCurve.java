package dev.spillover.formats.report;

import dev.spillover.model.Node;
import dev.spillover.model.NodeKind;
import dev.spillover.model.ReplacementCost;
import dev.spillover.snapshot.Snapshot;
import dev.spillover.spill.Splinter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tolerance curve: one level per scenario, in the order given (broadest first, by convention),
 * each with what it prohibits, restricts or withdraws, how much of the exposure it removes and what
 * stops because of it. Documented in {@code docs/scenarios.md} (section "Tolerance curve").
 *
 * <p>Assets are products, components and systems. An asset is <em>cut</em> at a level when the
 * level's scenario prohibits, restricts or withdraws it (as {@code spill --scenario} cuts). The
 * <em>exposure</em> is the set of assets cut at any level; a level <em>removes</em> the share of
 * it that it cuts. What <em>stops</em> is the blast radius of the level's cut nodes. What
 * <em>replacing</em> the assets cut would cost is the sum of their declared replacement costs
 * ({@link ReplacementCost}), one sum per currency (amounts in different currencies are never
 * added), with the number of assets cut that declare none, which the sums leave out. An asset cut
 * at several levels counts at each. Only the costs the estate declares are summed: none is
 * estimated, and what stops without being cut (the blast radius) is not costed.
 */
public record ToleranceCurve(String estate, int exposedAssets, List<Level> levels) {
  public ToleranceCurve {
    levels = List.copyOf(levels);
  }

  /**
   * One level.
   *
   * @param scenario the scenario's name
   * @param description its description, or null
   * @param asOf its day
   * @param prohibited assets with a prohibited verdict that counts
   * @param restricted assets with a restricted verdict that counts and none prohibited
   * @param withdrawn assets only withdrawn (neither prohibited nor restricted)
   * @param otherSubjects subjects cut that are not assets (organizations, persons, datasets...)
   * @param technology over the estate's assets: how many, how many stopped or degraded by the cut
   * @param users users declared by systems: in all, of stopped systems, of degraded ones
   * @param replacementCosts the declared replacement costs of the assets cut, one sum per currency,
   *     in currency-code order (empty when none declares a cost)
   * @param assetsWithoutCost assets cut that declare no replacement cost
   */
  public record Level(String scenario, String description, String asOf, int prohibited, int restricted,
      int withdrawn, int otherSubjects, Splinter.Count technology, Splinter.Users users,
      List<CostSum> replacementCosts, int assetsWithoutCost) {
    public Level {
      replacementCosts = List.copyOf(replacementCosts);
    }

    /** Assets cut at this level. */
    public int assetsCut() {
      return prohibited + restricted + withdrawn;
    }
  }

  /**
   * The sum of the declared replacement costs in one currency.
   *
   * @param currency the ISO 4217 code
   * @param amount the exact sum
   * @param assets how many assets' costs it adds
   */
  public record CostSum(String currency, BigDecimal amount, int assets) {}

  /** The curve of {@code reports}, one per scenario, in order. */
  public static ToleranceCurve of(List<BlastRadiusReport> reports) {
    Set<String> exposed = new TreeSet<>();
    List<Level> levels = new ArrayList<>();
    String name = null;
    for (BlastRadiusReport report : reports) {
      Snapshot snapshot = report.snapshot();
      name = snapshot.estate().name();
      int prohibited = 0;
      int restricted = 0;
      int withdrawn = 0;
      int other = 0;
      int withoutCost = 0;
      Map<String, BigDecimal> sums = new TreeMap<>();
      Map<String, Integer> costed = new TreeMap<>();
      for (BlastRadiusReport.Cut cut : report.cuts()) {
        NodeKind kind = snapshot.kind(cut.node());
        if (kind != NodeKind.PRODUCT && kind != NodeKind.COMPONENT && kind != NodeKind.SYSTEM) {
          other++;
          continue;
        }
        Node node = snapshot.node(cut.node());
        exposed.add(node.id());
        ReplacementCost cost = ReplacementCost.of(node);
        if (cost == null) {
          withoutCost++;
        } else {
          sums.merge(cost.currency(), cost.amount(), BigDecimal::add);
          costed.merge(cost.currency(), 1, Integer::sum);
        }
        if (cut.reasons().stream().anyMatch(r -> r.startsWith("prohibited by "))) {
          prohibited++;
        } else if (cut.reasons().stream().anyMatch(r -> r.startsWith("restricted by "))) {
          restricted++;
        } else {
          withdrawn++;
        }
      }
      Splinter splinter = report.radius().splinter();
      levels.add(new Level(report.scenario(), report.scenarioDescription(), snapshot.asOf().toString(), prohibited,
          restricted, withdrawn, other, splinter.technology(), splinter.users(),
          sums.entrySet().stream().map(e -> new CostSum(e.getKey(), e.getValue(), costed.get(e.getKey()))).toList(),
          withoutCost));
    }
    return new ToleranceCurve(name, exposed.size(), levels);
  }

  /** The share of the exposed assets that {@code level} cuts, 0 to 1 (0 when nothing is exposed). */
  public double exposureRemoved(Level level) {
    return exposedAssets == 0 ? 0 : (double) level.assetsCut() / exposedAssets;
  }
}
