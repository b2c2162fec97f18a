package dev.spillover.bench;

import dev.spillover.ownership.AggregateOwnership;
import dev.spillover.ownership.LookThroughOwnership;
import dev.spillover.ownership.OwnershipMethod;
import dev.spillover.ownership.OwnershipQueries;
import dev.spillover.ownership.RestrictedHoldings;
import dev.spillover.snapshot.Snapshot;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;

/**
 * Spillover's side of the whole-process baselines:
 * {@code java -Xmx20g -cp spillover-bench/target/benchmarks.jar dev.spillover.bench.EndToEnd DIR}
 * loads {@code DIR} ({@link EdgeListFiles}) into an estate and a snapshot, then runs the three
 * computations once each, as a command would: look-through of the seeds into every entity
 * ({@link RestrictedHoldings}), the aggregate 50 % fixpoint ({@link AggregateOwnership}) and
 * downstream reachability ({@link DownstreamReach}); then the two other methods, which the
 * baselines do not run: the majority-chain multiplier ({@link RestrictedHoldings} with
 * {@code MAJORITY_AS_WHOLE}) and the control query ({@code OwnershipQueries.heldBy(..., CONTROL, 50)}).
 * {@code methods} is the time of all four ownership methods together.
 *
 * <p>Prints one {@code key<TAB>value} line per phase (seconds), per memory figure (MiB, heap used
 * after a full collection, outside the timed phases) and per check figure; the Python baselines
 * print the same keys, so the check figures must agree between tools.
 */
public final class EndToEnd {
  private EndToEnd() {}

  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: EndToEnd DIR");
      System.exit(2);
    }
    Path dir = Path.of(args[0]);
    print("tool", "spillover");
    print("heap.max_mib", Runtime.getRuntime().maxMemory() >> 20);

    long t0 = System.nanoTime();
    EdgeListFiles.Parsed parsed = EdgeListFiles.parse(dir);
    long tParsed = System.nanoTime();
    EdgeListFiles.Loaded loaded = parsed.estate();
    parsed = null;
    long t1 = System.nanoTime();
    Snapshot snapshot = Snapshot.of(loaded.estate(), OwnershipEstates.DAY);
    BitSet seeds = new BitSet(snapshot.nodeCount());
    for (String id : loaded.seeds()) {
      seeds.set(snapshot.indexOf(id));
    }
    long t2 = System.nanoTime();
    print("entities", snapshot.nodeCount());
    print("edges", snapshot.edgeCount());
    print("seeds", seeds.cardinality());
    seconds("load.read", t0, t1);
    seconds("load.read.parse", t0, tParsed);
    seconds("load.read.estate", tParsed, t1);
    seconds("load.snapshot", t1, t2);
    seconds("load", t0, t2);
    long heapLoaded = heapAfterGc();
    print("heap.loaded_mib", heapLoaded);

    long t3 = System.nanoTime();
    RestrictedHoldings kernel = new RestrictedHoldings(snapshot);
    long t4 = System.nanoTime();
    RestrictedHoldings.Result holdings = kernel.of(seeds, LookThroughOwnership.Links.PROPORTIONAL);
    long t5 = System.nanoTime();
    AggregateOwnership.Result aggregate = new AggregateOwnership(snapshot).of(seeds, AggregateOwnership.FIFTY_PERCENT);
    long t6 = System.nanoTime();
    BitSet reached = DownstreamReach.of(snapshot, seeds);
    long t7 = System.nanoTime();
    // The multiplier solves over the kernel look-through prepared: same holdings, other links.
    RestrictedHoldings.Result multiplied = kernel.of(seeds, LookThroughOwnership.Links.MAJORITY_AS_WHOLE);
    long t8 = System.nanoTime();
    List<OwnershipQueries.Held> controlled = OwnershipQueries.heldBy(snapshot, seeds, OwnershipMethod.CONTROL, 50);
    long t9 = System.nanoTime();
    seconds("lookthrough.prepare", t3, t4);
    seconds("lookthrough.solve", t4, t5);
    seconds("lookthrough", t3, t5);
    seconds("aggregate", t5, t6);
    seconds("reach", t6, t7);
    seconds("multiplier", t7, t8);
    seconds("control", t8, t9);
    seconds("compute", t3, t7);
    // Every ownership method over every entity: look-through, aggregate, multiplier and control.
    print("methods", String.format("%.3f", ((t5 - t3) + (t6 - t5) + (t9 - t7)) / 1e9));

    int atLeastHalf = 0;
    double sum = 0;
    for (int n = 0; n < snapshot.nodeCount(); n++) {
      if (!seeds.get(n)) {
        double share = holdings.share(n).min();
        sum += share;
        if (share >= 0.5 - 1e-9) {
          atLeastHalf++;
        }
      }
    }
    print("lookthrough.components", kernel.components().count());
    print("lookthrough.largest_component", kernel.components().largest());
    print("check.lookthrough_ge50", atLeastHalf);
    print("check.lookthrough_sum", String.format("%.4f", sum));
    int multipliedHalf = 0;
    for (int n = 0; n < snapshot.nodeCount(); n++) {
      if (!seeds.get(n) && multiplied.share(n).min() >= 0.5 - 1e-9) {
        multipliedHalf++;
      }
    }
    print("multiplier.ge50", multipliedHalf);
    print("check.aggregate_restricted", aggregate.definitely().cardinality());
    print("check.reach", reached.cardinality());
    print("check.control", controlled.size());
    print("heap.peak_mib", peakHeap());
    print("rss.peak_mib", peakRss());
  }

  private static void seconds(String key, long from, long to) {
    print(key, String.format("%.3f", (to - from) / 1e9));
  }

  private static void print(String key, Object value) {
    System.out.println(key + "\t" + value);
  }

  /** Heap in use after a full collection, in MiB: what the live objects take. */
  private static long heapAfterGc() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
  }

  /** The most heap the pools ever held, in MiB (garbage included). */
  private static long peakHeap() {
    long peak = 0;
    for (var pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == java.lang.management.MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak >> 20;
  }

  /** The process's peak resident set (VmHWM), in MiB, or -1 where /proc is missing. */
  static long peakRss() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return -1;
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmHWM:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
      }
    }
    return -1;
  }
}
