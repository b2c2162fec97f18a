package dev.spillover.bench.jmh;

import dev.spillover.bench.DownstreamReach;
import dev.spillover.ownership.OwnershipMethod;
import dev.spillover.ownership.OwnershipQueries;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Downstream reachability from the restricted seeds: {@code ownsAnyShare} is a breadth-first
 * search over the snapshot's ownership CSR ({@link DownstreamReach}, what the baselines compute);
 * {@code controlQuery} is the product's query of what the seeds control, with a path per entity
 * ({@code OwnershipQueries.heldBy(..., CONTROL, 50)}).
 *
 * <pre>
 * ./mvnw -B -q -pl spillover-bench -am package -DskipTests
 * java -jar spillover-bench/target/benchmarks.jar ReachabilityBenchmark
 * java -jar spillover-bench/target/benchmarks.jar ReachabilityBenchmark -p entities=10000000 -jvmArgs -Xmx20g
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx12g")
public class ReachabilityBenchmark {

  @Benchmark
  public BitSet ownsAnyShare(GraphState graph) {
    return DownstreamReach.of(graph.snapshot, graph.seeds);
  }

  @Benchmark
  public List<OwnershipQueries.Held> controlQuery(GraphState graph) {
    return OwnershipQueries.heldBy(graph.snapshot, graph.seeds, OwnershipMethod.CONTROL, 50);
  }
}
