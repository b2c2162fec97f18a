package dev.spillover.bench;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes a generated graph for the whole-process baselines:
 * {@code java -cp spillover-bench/target/benchmarks.jar dev.spillover.bench.GenerateGraph ENTITIES SEED DIR}
 * writes {@code DIR/edges.csv} and {@code DIR/seeds.txt} (see {@link EdgeListFiles}). Exit code 2
 * on bad arguments.
 */
public final class GenerateGraph {
  private GenerateGraph() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 3) {
      System.err.println("usage: GenerateGraph ENTITIES SEED DIR");
      System.exit(2);
    }
    int entities;
    long seed;
    try {
      entities = Integer.parseInt(args[0].replace("_", ""));
      seed = Long.parseLong(args[1]);
    } catch (NumberFormatException e) {
      System.err.println("ENTITIES and SEED must be integers, got " + args[0] + " and " + args[1]);
      System.exit(2);
      return;
    }
    long start = System.nanoTime();
    OwnershipGraph graph = OwnershipGraphs.generate(entities, seed);
    EdgeListFiles.write(graph, Path.of(args[2]));
    System.out.printf("wrote %d entities, %d holdings, %d seeds to %s in %.1f s%n", graph.entities(),
        graph.edgeCount(), graph.seeds().length, args[2], (System.nanoTime() - start) / 1e9);
  }
}
