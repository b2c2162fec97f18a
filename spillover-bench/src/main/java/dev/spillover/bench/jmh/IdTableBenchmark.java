package dev.spillover.bench.jmh;

import dev.spillover.bench.OwnershipGraph;
import dev.spillover.model.IdTable;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Id look-ups in an {@link IdTable} of {@code entities} ids ({@code e0, e1, ...}, the bench graphs'
 * ids), one at a time ({@code indexOf}, {@code add}) against a batch at a time ({@code indexOfAll},
 * {@code addAll}, 128 ids per call). The queries are {@value #QUERIES} ids drawn at random, each its
 * own {@code String} (as a parser cuts them out of a line), so every look-up meets the memory the
 * way a loader's does. Time per look-up.
 *
 * <ul>
 *   <li>{@code find*}: every query is in the filled table (the estate resolving its edge ends);
 *   <li>{@code number*}: a fresh table numbers the queries, new ids and repeats mixed, after the
 *       first half of the ids went in (a loader reading a file).
 * </ul>
 *
 * <pre>
 * ./mvnw -B -q -pl spillover-bench -am package -DskipTests
 * java -jar spillover-bench/target/benchmarks.jar IdTableBenchmark
 * java -jar spillover-bench/target/benchmarks.jar IdTableBenchmark -p entities=10000000
 * </pre>
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx8g")
@State(Scope.Benchmark)
public class IdTableBenchmark {
  static final int QUERIES = 1 << 20;
  private static final int BATCH = 128;

  @Param({"1000000"})
  public int entities;

  private IdTable filled;
  private String[] half;
  private String[] queries;
  private final int[] numbers = new int[BATCH];

  @Setup(Level.Trial)
  public void fill() {
    filled = new IdTable(entities);
    for (int n = 0; n < entities; n++) {
      filled.add(OwnershipGraph.id(n));
    }
    half = new String[entities / 2];
    for (int n = 0; n < half.length; n++) {
      half[n] = OwnershipGraph.id(n);
    }
    SplittableRandom random = new SplittableRandom(42);
    queries = new String[QUERIES];
    for (int q = 0; q < QUERIES; q++) {
      queries[q] = new String(OwnershipGraph.id(random.nextInt(entities)));
    }
  }

  /** The table of {@code number*}: the first half of the ids already in, built outside the measurement. */
  @State(Scope.Thread)
  public static class Fresh {
    IdTable table;

    @Setup(Level.Invocation)
    public void build(IdTableBenchmark bench) {
      table = new IdTable(bench.entities);
      int[] numbers = new int[BATCH];
      for (int from = 0; from < bench.half.length; from += BATCH) {
        bench.numberIn(table, bench.half, from, numbers);
      }
    }
  }

  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public long findOneAtATime() {
    long sum = 0;
    for (String query : queries) {
      sum += filled.indexOf(query);
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public long findBatched() {
    long sum = 0;
    for (int from = 0; from < QUERIES; from += BATCH) {
      filled.indexOfAll(slice(queries, from), BATCH, numbers);
      for (int number : numbers) {
        sum += number;
      }
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public long numberOneAtATime(Fresh fresh) {
    long sum = 0;
    for (String query : queries) {
      sum += fresh.table.add(query);
    }
    return sum;
  }

  @Benchmark
  @OperationsPerInvocation(QUERIES)
  public long numberBatched(Fresh fresh) {
    long sum = 0;
    for (int from = 0; from < QUERIES; from += BATCH) {
      sum += numberIn(fresh.table, queries, from, numbers);
    }
    return sum;
  }

  private long numberIn(IdTable table, String[] ids, int from, int[] into) {
    int count = Math.min(BATCH, ids.length - from);
    table.addAll(slice(ids, from), count, into);
    long sum = 0;
    for (int i = 0; i < count; i++) {
      sum += into[i];
    }
    return sum;
  }

  private final String[] window = new String[BATCH];

  /** {@code ids[from..from+BATCH)} copied into one reused array, as a loader fills its batch. */
  private String[] slice(String[] ids, int from) {
    int count = Math.min(BATCH, ids.length - from);
    System.arraycopy(ids, from, window, 0, count);
    return window;
  }
}
