package dev.spillover.bench;

import java.nio.file.Path;

/**
 * Writes the benchmark SBOMs (see docs/performance.md):
 *
 * <pre>
 * java -cp spillover-bench/target/benchmarks.jar dev.spillover.bench.GenerateSboms one FILE [COMPONENTS EDGES SEED]
 * java -cp spillover-bench/target/benchmarks.jar dev.spillover.bench.GenerateSboms portfolio DIR [COUNT SEED]
 * </pre>
 *
 * Defaults: one SBOM of 10,000 components and 50,000 edges from a universe of 20,000, seed 42; a
 * portfolio of 10,000 SBOMs from a universe of 20,000, seed 42.
 */
public final class GenerateSboms {
  /** The size of the shared universe of components. */
  public static final int UNIVERSE = 20_000;

  private GenerateSboms() {}

  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: GenerateSboms one FILE [COMPONENTS EDGES SEED] | portfolio DIR [COUNT SEED]");
      System.exit(2);
    }
    long started = System.nanoTime();
    SbomGenerator.Counts counts;
    if (args[0].equals("one")) {
      int components = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
      int edges = args.length > 3 ? Integer.parseInt(args[3]) : 50_000;
      long seed = args.length > 4 ? Long.parseLong(args[4]) : 42;
      counts = new SbomGenerator(UNIVERSE, seed).sbom("big-application", components, edges, seed, Path.of(args[1]));
    } else {
      int count = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
      long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;
      counts = new SbomGenerator(UNIVERSE, seed).portfolio(Path.of(args[1]), count, seed);
    }
    System.out.printf("wrote %,d components and %,d dependency edges in %.1f s%n", counts.components(), counts.edges(),
        (System.nanoTime() - started) / 1e9);
  }
}
