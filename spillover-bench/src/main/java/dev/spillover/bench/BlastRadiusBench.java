package dev.spillover.bench;

import dev.spillover.model.Component;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.Node;
import dev.spillover.model.Product;
import dev.spillover.model.SystemAsset;
import dev.spillover.model.Validity;
import dev.spillover.snapshot.Snapshot;
import dev.spillover.spill.BlastRadius;
import dev.spillover.spill.Splinter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * The blast radius on a generated technology estate (issue 6: within 10 s at 1M nodes on 2 cores).
 * {@code java -cp spillover-bench/target/benchmarks.jar dev.spillover.bench.BlastRadiusBench [NODES [SEED [CUTS]]]}
 * (defaults 1,000,000, 42, 10). Prints the time to generate, to take the snapshot, and of each of
 * five blast radii (cutting {@code CUTS} random vendors each time) with its splinter measure.
 *
 * <p>The estate: 1 % vendors (organizations), 30 % components, 30 % products, 39 % systems. Each
 * component and product has one supplier ({@code develops} or {@code manufactures}); half the
 * components depend on another component, each product embeds a component and one in five
 * depends on another product (cycles happen), each system uses one or two products; one product
 * and component in ten has a substitute of its kind. About 2.1 edges per node.
 */
public final class BlastRadiusBench {
  private BlastRadiusBench() {}

  public static void main(String[] args) {
    int nodes = args.length > 0 ? Integer.parseInt(args[0].replace("_", "")) : 1_000_000;
    long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
    int cuts = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    long t0 = System.nanoTime();
    Estate estate = generate(nodes, seed);
    long t1 = System.nanoTime();
    Snapshot snapshot = Snapshot.of(estate, OwnershipEstates.DAY);
    long t2 = System.nanoTime();
    System.out.printf(Locale.ROOT, "estate: %,d nodes, %,d edges; generated in %.2f s, snapshot in %.2f s%n",
        snapshot.nodeCount(), snapshot.edgeCount(), (t1 - t0) / 1e9, (t2 - t1) / 1e9);
    int vendors = Math.max(1, nodes / 100);
    Random random = new Random(seed + 1);
    for (int run = 1; run <= 5; run++) {
      int[] cut = new int[cuts];
      for (int i = 0; i < cuts; i++) {
        cut[i] = random.nextInt(vendors);
      }
      long s = System.nanoTime();
      BlastRadius radius = BlastRadius.of(snapshot, cut);
      long m = System.nanoTime();
      Splinter splinter = radius.splinter();
      long e = System.nanoTime();
      System.out.printf(Locale.ROOT,
          "run %d: cut %d vendors: %,d hit (%,d stopped, %,d degraded of %,d technology nodes; users %.1f %% stopped)"
              + " in %.3f s, splinter in %.3f s%n",
          run, cuts, radius.hitNodes().length, splinter.technology().stopped(), splinter.technology().degraded(),
          splinter.technology().total(), splinter.users().stoppedShare() * 100, (m - s) / 1e9, (e - m) / 1e9);
    }
  }

  /** The generated estate of {@code count} nodes (see the class comment), the same for the same seed. */
  static Estate generate(int count, long seed) {
    Random random = new Random(seed);
    int vendors = Math.max(1, count / 100);
    int components = count * 30 / 100;
    int products = count * 30 / 100;
    int systems = count - vendors - components - products;
    int c0 = vendors;
    int p0 = c0 + components;
    int s0 = p0 + products;
    List<Node> nodes = new ArrayList<>(count);
    String[] ids = new String[count];
    SystemAsset.Criticality[] levels = SystemAsset.Criticality.values();
    for (int n = 0; n < count; n++) {
      String id = (n < c0 ? "v" : n < p0 ? "c" : n < s0 ? "p" : "s") + n;
      ids[n] = id;
      Node node;
      if (n < c0) {
        node = OwnershipEstates.organization(id);
      } else if (n < p0) {
        node = new Component(id, id, List.of(), Map.of(), OwnershipEstates.PROVENANCE, "1.0.0");
      } else if (n < s0) {
        node = new Product(id, id, List.of(), Map.of(), OwnershipEstates.PROVENANCE, Product.ProductType.SOFTWARE);
      } else {
        node = new SystemAsset(id, id, List.of(), Map.of(), OwnershipEstates.PROVENANCE,
            levels[random.nextInt(levels.length)], (long) (1 + random.nextInt(10_000)));
      }
      nodes.add(node);
    }
    List<Edge> edges = new ArrayList<>(count * 5 / 2);
    EdgeTerms uses = new EdgeTerms.Usage(List.of());
    EdgeTerms dependency = new EdgeTerms.Dependency("required");
    for (int n = c0; n < s0; n++) {
      add(edges, random.nextBoolean() ? EdgeKind.DEVELOPS : EdgeKind.MANUFACTURES, ids[random.nextInt(vendors)], ids[n],
          EdgeTerms.NONE);
      if (random.nextInt(10) == 0) {
        int lo = n < p0 ? c0 : p0;
        int hi = n < p0 ? p0 : s0;
        add(edges, EdgeKind.SUBSTITUTES, ids[lo + random.nextInt(hi - lo)], ids[n], EdgeTerms.NONE);
      }
    }
    for (int n = c0; n < p0; n++) {
      if (random.nextBoolean()) {
        add(edges, EdgeKind.DEPENDS_ON, ids[n], ids[c0 + random.nextInt(components)], dependency);
      }
    }
    for (int n = p0; n < s0; n++) {
      add(edges, EdgeKind.EMBEDS, ids[n], ids[c0 + random.nextInt(components)], EdgeTerms.NONE);
      if (random.nextInt(5) == 0) {
        add(edges, EdgeKind.DEPENDS_ON, ids[n], ids[p0 + random.nextInt(products)], dependency);
      }
    }
    for (int n = s0; n < count; n++) {
      int used = 1 + random.nextInt(2);
      for (int u = 0; u < used; u++) {
        add(edges, EdgeKind.USES, ids[n], ids[p0 + random.nextInt(products)], uses);
      }
    }
    return OwnershipEstates.estate(nodes, edges);
  }

  private static void add(List<Edge> edges, EdgeKind kind, String from, String to, EdgeTerms terms) {
    edges.add(Edge.numbered("b", edges.size(), kind, from, to, Validity.ALWAYS, OwnershipEstates.PROVENANCE, terms));
  }
}
