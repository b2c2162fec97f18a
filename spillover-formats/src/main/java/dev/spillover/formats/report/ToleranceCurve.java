package dev.spillover.formats.report;

import dev.spillover.model.NodeKind;
import dev.spillover.snapshot.Snapshot;
import dev.spillover.spill.Splinter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The tolerance curve: one level per scenario, in the order given (broadest first, by convention),
 * each with what it prohibits, restricts or withdraws, how much of the exposure it removes and what
 * stops because of it. Documented in {@code docs/scenarios.md} (section "Tolerance curve").
 *
 * <p>Assets are products, components and systems. An asset is <em>cut</em> at a level when the
 * level's scenario prohibits, restricts or withdraws it (as {@code spill --scenario} cuts). The
 * <em>exposure</em> is the set of assets cut at any level; a level <em>removes</em> the share of
 * it that it cuts. What <em>stops</em> is the blast radius of the level's cut nodes. No cost is
 * computed: the estate format declares none.
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
   */
  public record Level(String scenario, String description, String asOf, int prohibited, int restricted,
      int withdrawn, int otherSubjects, Splinter.Count technology, Splinter.Users users) {
    /** Assets cut at this level. */
    public int assetsCut() {
      return prohibited + restricted + withdrawn;
    }
  }

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
      for (BlastRadiusReport.Cut cut : report.cuts()) {
        NodeKind kind = snapshot.kind(cut.node());
        if (kind != NodeKind.PRODUCT && kind != NodeKind.COMPONENT && kind != NodeKind.SYSTEM) {
          other++;
          continue;
        }
        exposed.add(snapshot.node(cut.node()).id());
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
          restricted, withdrawn, other, splinter.technology(), splinter.users()));
    }
    return new ToleranceCurve(name, exposed.size(), levels);
  }

  /** The share of the exposed assets that {@code level} cuts, 0 to 1 (0 when nothing is exposed). */
  public double exposureRemoved(Level level) {
    return exposedAssets == 0 ? 0 : (double) level.assetsCut() / exposedAssets;
  }
}
