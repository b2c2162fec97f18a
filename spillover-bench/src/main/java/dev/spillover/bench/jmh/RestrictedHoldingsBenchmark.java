package dev.spillover.bench.jmh;

import dev.spillover.ownership.LookThroughOwnership;
import dev.spillover.ownership.RestrictedHoldings;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Look-through of the restricted seeds into every entity ({@link RestrictedHoldings}, both bounds):
 * {@code lookThrough} prepares the kernel from the snapshot and solves, {@code solve} reuses a
 * prepared kernel.
 *
 * <pre>
 * ./mvnw -B -q -pl spillover-bench -am package -DskipTests
 * java -jar spillover-bench/target/benchmarks.jar RestrictedHoldingsBenchmark
 * java -jar spillover-bench/target/benchmarks.jar RestrictedHoldingsBenchmark -p entities=10000000 -jvmArgs -Xmx20g
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx12g")
public class RestrictedHoldingsBenchmark {

  /** A kernel prepared once per trial, for {@link #solve}. */
  @State(Scope.Benchmark)
  public static class Prepared {
    RestrictedHoldings kernel;

    @Setup(Level.Trial)
    public void prepare(GraphState graph) {
      kernel = new RestrictedHoldings(graph.snapshot);
    }
  }

  @Benchmark
  public RestrictedHoldings.Result lookThrough(GraphState graph) {
    return new RestrictedHoldings(graph.snapshot).of(graph.seeds, LookThroughOwnership.Links.PROPORTIONAL);
  }

  @Benchmark
  public RestrictedHoldings.Result solve(GraphState graph, Prepared prepared) {
    return prepared.kernel.of(graph.seeds, LookThroughOwnership.Links.PROPORTIONAL);
  }
}
