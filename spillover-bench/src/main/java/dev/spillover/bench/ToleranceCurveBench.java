package dev.spillover.bench;

import dev.spillover.formats.report.BlastRadiusReport;
import dev.spillover.formats.report.ToleranceCurve;
import dev.spillover.formats.report.ToleranceCurveOutput;
import dev.spillover.model.Estate;
import dev.spillover.model.Node;
import dev.spillover.model.Organization;
import dev.spillover.model.Seats;
import dev.spillover.policy.Pack;
import dev.spillover.policy.pack.PackCatalog;
import dev.spillover.policy.scenario.Scenario;
import dev.spillover.policy.scenario.ScenarioChange;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The tolerance curve on a generated estate (issue 6: blast radius and tolerance curve within 10 s
 * at 1M nodes on 2 cores).
 * {@code java -cp spillover-bench/target/benchmarks.jar dev.spillover.bench.ToleranceCurveBench [NODES [SEED]]}
 * (defaults 1,000,000 and 42).
 *
 * <p>The estate is {@link BlastRadiusBench}'s, with one vendor in {@value #CN_ONE_IN} headquartered
 * in China. Three levels, broadest first, each a {@link Scenario} with bundled packs as
 * {@code compare --tolerance} reads them: <em>zero tolerance</em> (the {@code zero-tolerance}
 * pack), <em>broad</em> ({@code ndaa-889} with {@value #BROAD_LISTED} vendors added to its
 * covered list by {@code list} changes) and <em>narrow</em> ({@code ndaa-889} with the first
 * {@value #NARROW_LISTED} of them). Each level is computed by the path {@code compare --tolerance}
 * runs, {@link BlastRadiusReport#ofScenario} (the scenario's changes, the assessment, the snapshot,
 * the blast radius), then the curve by {@link ToleranceCurve#of}; reading the estate folder is not
 * included (the estate is generated in memory). Prints the time of each level, of the curve and of
 * the whole computation, and the curve's table.
 */
public final class ToleranceCurveBench {
  /** One vendor in this many is headquartered in China. */
  static final int CN_ONE_IN = 20;
  /** Vendors added to the covered list of section 889 in the broad level. */
  static final int BROAD_LISTED = 20;
  /** Of those, the ones added in the narrow level. */
  static final int NARROW_LISTED = 3;
  private static final ScenarioChange.Place PLACE = new ScenarioChange.Place("ToleranceCurveBench", 0, 0);

  private ToleranceCurveBench() {}

  public static void main(String[] args) throws IOException {
    int count = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
    long t0 = System.nanoTime();
    Estate estate = generate(count, seed);
    List<Scenario> levels = levels(count, seed);
    long t1 = System.nanoTime();
    System.out.printf(Locale.ROOT, "estate: %,d nodes, %,d edges; generated in %.2f s%n",
        estate.nodeCount(), estate.edges().size(), (t1 - t0) / 1e9);
    List<BlastRadiusReport> reports = new ArrayList<>();
    for (Scenario level : levels) {
      long s = System.nanoTime();
      BlastRadiusReport report = BlastRadiusReport.ofScenario(estate, level);
      long e = System.nanoTime();
      reports.add(report);
      System.out.printf(Locale.ROOT, "level '%s': %,d cut, %,d hit in %.2f s%n",
          level.name(), report.cuts().size(), report.radius().hitNodes().length, (e - s) / 1e9);
    }
    long c0 = System.nanoTime();
    ToleranceCurve curve = ToleranceCurve.of(reports);
    long c1 = System.nanoTime();
    System.out.printf(Locale.ROOT, "curve in %.3f s; the three levels and the curve in %.2f s%n",
        (c1 - c0) / 1e9, (c1 - t1) / 1e9);
    StringWriter table = new StringWriter();
    ToleranceCurveOutput.table(curve, new PrintWriter(table));
    System.out.print(table);
  }

  /** {@link BlastRadiusBench#generate}'s estate with one vendor in {@link #CN_ONE_IN} headquartered in China. */
  static Estate generate(int count, long seed) {
    Estate generated = BlastRadiusBench.generate(count, seed);
    int vendors = Math.max(1, count / 100);
    Random random = new Random(seed + 2);
    List<Node> nodes = new ArrayList<>(count);
    for (int n = 0; n < generated.nodeCount(); n++) {
      Node node = generated.node(n);
      if (n < vendors && random.nextInt(CN_ONE_IN) == 0) {
        Organization o = (Organization) node;
        node = new Organization(o.id(), o.name(), o.aliases(), o.identifiers(), o.provenance(), o.type(),
            new Seats(null, "CN", null, null), o.stateOwned());
      }
      nodes.add(node);
    }
    return OwnershipEstates.estate(nodes, new ArrayList<>(generated.edges()));
  }

  /** Zero tolerance, broad and narrow (see the class comment), as of {@link OwnershipEstates#DAY}. */
  static List<Scenario> levels(int count, long seed) {
    int vendors = Math.max(1, count / 100);
    Random random = new Random(seed + 3);
    List<ScenarioChange> listed = new ArrayList<>();
    for (int i = 0; i < BROAD_LISTED; i++) {
      listed.add(new ScenarioChange.AddToList(PLACE, i + 1, "v" + random.nextInt(vendors), "ndaa-889-covered", null,
          "generated: vendor added to the covered list", null));
    }
    Pack ndaa = PackCatalog.bundled("ndaa-889");
    return List.of(
        new Scenario("zero tolerance", null, PLACE.file(), List.of(PackCatalog.bundled("zero-tolerance")),
            OwnershipEstates.DAY, List.of()),
        new Scenario("broad", null, PLACE.file(), List.of(ndaa), OwnershipEstates.DAY, listed),
        new Scenario("narrow", null, PLACE.file(), List.of(ndaa), OwnershipEstates.DAY,
            listed.subList(0, NARROW_LISTED)));
  }
}
