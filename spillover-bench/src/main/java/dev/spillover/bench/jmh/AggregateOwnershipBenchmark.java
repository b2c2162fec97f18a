package dev.spillover.bench.jmh;

import dev.spillover.ownership.AggregateOwnership;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The aggregate 50 % fixpoint of OFAC and the BIS Affiliates Rule from the restricted seeds
 * ({@link AggregateOwnership}, both bounds).
 *
 * <pre>
 * ./mvnw -B -q -pl spillover-bench -am package -DskipTests
 * java -jar spillover-bench/target/benchmarks.jar AggregateOwnershipBenchmark
 * java -jar spillover-bench/target/benchmarks.jar AggregateOwnershipBenchmark -p entities=10000000 -jvmArgs -Xmx20g
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx12g")
public class AggregateOwnershipBenchmark {

  @Benchmark
  public AggregateOwnership.Result fixpoint(GraphState graph) {
    return new AggregateOwnership(graph.snapshot).of(graph.seeds, AggregateOwnership.FIFTY_PERCENT);
  }
}
