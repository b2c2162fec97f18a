package dev.spillover.bench;

import dev.spillover.store.portfolio.PortfolioIndex;
import dev.spillover.store.portfolio.Target;
import dev.spillover.store.portfolio.UpdateReport;
import dev.spillover.store.portfolio.WhereUsed;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;

/**
 * Where-used latency on a generated portfolio (docs/performance.md):
 *
 * <pre>
 * java -cp spillover-bench/target/benchmarks.jar dev.spillover.bench.WhereUsedLatency DIR [QUERIES SEED]
 * </pre>
 *
 * Opens (and brings up to date) {@code DIR/.spillover/portfolio}, then times {@code QUERIES}
 * queries (default 200) by package URL without version, for components of the universe of
 * {@link GenerateSboms} drawn by the same Zipf law that filled the SBOMs (popular ones more often),
 * after 50 warm-up queries; and the same for one of the listed manufacturers. Prints median, p95
 * and maximum in milliseconds, and the median number of projects found.
 */
public final class WhereUsedLatency {
  private WhereUsedLatency() {}

  public static void main(String[] args) {
    Path dir = Path.of(args[0]);
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 200;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 42;
    SbomGenerator universe = new SbomGenerator(GenerateSboms.UNIVERSE, seed);
    Random random = new Random(seed + 1);
    try (PortfolioIndex index = PortfolioIndex.open(dir.resolve(".spillover").resolve("portfolio"))) {
      long started = System.nanoTime();
      UpdateReport report = index.update(dir, PortfolioIndex.Listener.NONE);
      System.out.printf("update\t%.3f s\t%s%n", (System.nanoTime() - started) / 1e9, report);
      for (int i = 0; i < 50; i++) {
        index.whereUsed(Target.component(universe.versionless(SbomGenerator.zipf(random, universe.size()))));
      }
      double[] millis = new double[queries];
      int[] found = new int[queries];
      for (int i = 0; i < queries; i++) {
        Target target = Target.component(universe.versionless(SbomGenerator.zipf(random, universe.size())));
        long t = System.nanoTime();
        WhereUsed answer = index.whereUsed(target);
        millis[i] = (System.nanoTime() - t) / 1e6;
        found[i] = answer.uses().size();
      }
      print("component", millis, found);
      double[] org = new double[20];
      int[] orgFound = new int[20];
      for (int i = 0; i < org.length; i++) {
        long t = System.nanoTime();
        WhereUsed answer = index.whereUsed(Target.organization("Hangzhou Hikvision Digital Technology Co., Ltd."));
        org[i] = (System.nanoTime() - t) / 1e6;
        orgFound[i] = answer.uses().size();
      }
      print("organization", org, orgFound);
    }
  }

  private static void print(String what, double[] millis, int[] found) {
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    int[] projects = found.clone();
    Arrays.sort(projects);
    System.out.printf("%s\tqueries %d\tmedian %.1f ms\tp95 %.1f ms\tmax %.1f ms\tmedian projects %d\tmax projects %d%n",
        what, millis.length, sorted[sorted.length / 2], sorted[(int) Math.ceil(sorted.length * 0.95) - 1],
        sorted[sorted.length - 1], projects[projects.length / 2], projects[projects.length - 1]);
  }
}
