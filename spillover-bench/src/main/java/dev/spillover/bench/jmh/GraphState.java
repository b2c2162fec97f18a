package dev.spillover.bench.jmh;

import dev.spillover.bench.OwnershipEstates;
import dev.spillover.bench.OwnershipGraph;
import dev.spillover.bench.OwnershipGraphs;
import dev.spillover.snapshot.Snapshot;
import java.util.BitSet;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One generated graph per trial ({@code OwnershipGraphs.generate(entities, 42)}), as an estate and
 * its snapshot, with the restricted seeds as a bit set. Building it is outside every measurement.
 */
@State(Scope.Benchmark)
public class GraphState {
  /** Entities in the graph; pass {@code -p entities=10000000} (with a larger heap) for 10M. */
  @Param({"100000", "1000000"})
  public int entities;

  public Snapshot snapshot;
  public BitSet seeds;

  @Setup(Level.Trial)
  public void build() {
    OwnershipGraph graph = OwnershipGraphs.generate(entities, 42);
    snapshot = Snapshot.of(OwnershipEstates.of(graph), OwnershipEstates.DAY);
    seeds = new BitSet(entities);
    for (int seed : graph.seeds()) {
      seeds.set(seed);
    }
  }
}
