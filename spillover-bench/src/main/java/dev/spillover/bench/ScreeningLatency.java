package dev.spillover.bench;

import dev.spillover.screening.list.ListEntry;
import dev.spillover.screening.match.Decision;
import dev.spillover.screening.match.Match;
import dev.spillover.screening.match.Query;
import dev.spillover.screening.match.ScreeningIndex;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Screening speed and quality on a generated list (docs/performance.md, issue 5):
 *
 * <pre>
 * java -Xmx3g -cp spillover-bench/target/benchmarks.jar dev.spillover.bench.ScreeningLatency [ENTRIES QUERIES BASELINE_QUERIES SEED]
 * </pre>
 *
 * Generates {@code ENTRIES} entries with {@link ListGenerator} (default 1,000,000), builds the
 * index and reports its time and the live heap after it; then times {@code QUERIES} queries
 * (default 20,000, after 2,000 warm-up ones), half variants of listed names and half names of the
 * generator that are not on the list: per-query latency on one thread (median, p99), throughput
 * on every core, and recall (the listed entry among the results at "review" or above) with the
 * rate of "review" or "match" answers to the unlisted names. Side by side, on the same list, the
 * baseline the issue names: Jaro-Winkler similarity ({@code commons-text}) of the lower-cased
 * query against every name of the list, on {@code BASELINE_QUERIES} of the same queries (default
 * 20), with its throughput and its recall (the listed entry ranked first).
 */
public final class ScreeningLatency {
  /** Results asked for per query. */
  private static final int LIMIT = 10;

  private ScreeningLatency() {}

  public static void main(String[] args) throws Exception {
    int size = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
    int queries = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
    int baselineQueries = args.length > 2 ? Integer.parseInt(args[2]) : 20;
    long seed = args.length > 3 ? Long.parseLong(args[3]) : 42;

    long t = System.nanoTime();
    ListGenerator generator = new ListGenerator(seed);
    List<ListEntry> entries = generator.entries("bench", size);
    System.out.printf("generate\t%d entries\t%.1f s%n", size, (System.nanoTime() - t) / 1e9);

    long before = liveHeap();
    t = System.nanoTime();
    ScreeningIndex index = ScreeningIndex.build(entries);
    double build = (System.nanoTime() - t) / 1e9;
    long after = liveHeap();
    System.out.printf("index\t%.1f s\tlive heap: list %d MiB, list and index %d MiB, max heap %d MiB%n", build,
        before >> 20, after >> 20, Runtime.getRuntime().maxMemory() >> 20);

    Random random = new Random(seed + 1);
    ListGenerator unlisted = new ListGenerator(seed + 2);
    String[] names = new String[queries + 2_000];
    String[] changes = new String[names.length];
    int[] expected = new int[names.length];
    for (int i = 0; i < names.length; i++) {
      if (i % 2 == 0) {
        expected[i] = random.nextInt(size);
        ListGenerator.Variant variant = generator.variant(entries.get(expected[i]));
        names[i] = variant.name();
        changes[i] = variant.change();
      } else {
        expected[i] = -1;
        names[i] = random.nextDouble() < 0.55 ? unlisted.person() : unlisted.company();
      }
    }
    for (int i = 0; i < 2_000; i++) {
      index.search(Query.of(names[queries + i]), LIMIT);
    }
    double[] millis = new double[queries];
    java.util.Map<String, int[]> byChange = new java.util.TreeMap<>();
    int found = 0;
    int missedByIndex = 0;
    int missedByScore = 0;
    int crowdedOut = 0;
    int positives = 0;
    int flagged = 0;
    for (int i = 0; i < queries; i++) {
      long q = System.nanoTime();
      List<Match> matches = index.search(Query.of(names[i]), LIMIT);
      millis[i] = (System.nanoTime() - q) / 1e6;
      if (expected[i] >= 0) {
        positives++;
        ListEntry want = entries.get(expected[i]);
        int[] tally = byChange.computeIfAbsent(changes[i], k -> new int[2]);
        tally[1]++;
        if (matches.stream().anyMatch(m -> m.entry() == want && m.decision() != Decision.NO_MATCH)) {
          found++;
          tally[0]++;
        } else {
          Match own = index.matcher().score(Query.of(names[i]), want);
          if (own.decision() == Decision.NO_MATCH) {
            missedByScore++;
          } else if (matches.size() == LIMIT && matches.get(LIMIT - 1).score() >= own.score()) {
            crowdedOut++; // as many entries as asked for, each scoring at least as high (namesakes)
          } else {
            missedByIndex++; // it scores at review or above, but was not among the candidates
          }
        }
      } else if (matches.stream().anyMatch(m -> m.decision() != Decision.NO_MATCH)) {
        flagged++;
      }
    }
    double[] sorted = millis.clone();
    Arrays.sort(sorted);
    System.out.printf("query, 1 thread\t%d queries\tmedian %.3f ms\tp99 %.3f ms\tmax %.1f ms\t%.0f queries/s%n", queries,
        sorted[queries / 2], sorted[(int) Math.ceil(queries * 0.99) - 1], sorted[queries - 1],
        queries / (Arrays.stream(millis).sum() / 1000));
    System.out.printf("quality\trecall %.4f (%d of %d listed names found at review or above)\t"
        + "unlisted names flagged %.4f (%d of %d)%n", (double) found / positives, found, positives,
        (double) flagged / (queries - positives), flagged, queries - positives);
    System.out.printf("misses\t%d: %d scored below review; %d crowded out (%d results asked for, each scoring at"
        + " least as high as the listed entry); %d scored at review or above but were not among the index's"
        + " candidates%n", positives - found, missedByScore, crowdedOut, LIMIT, missedByIndex);

    byChange.forEach((change, tally) -> System.out.printf("recall, %s\t%.4f (%d of %d)%n", change,
        (double) tally[0] / tally[1], tally[0], tally[1]));

    int threads = Runtime.getRuntime().availableProcessors();
    AtomicInteger next = new AtomicInteger();
    t = System.nanoTime();
    List<Thread> workers = new ArrayList<>();
    for (int w = 0; w < threads; w++) {
      Thread worker = new Thread(() -> {
        for (int i = next.getAndIncrement(); i < queries; i = next.getAndIncrement()) {
          index.search(Query.of(names[i]), LIMIT);
        }
      });
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    System.out.printf("query, %d threads\t%.0f queries/s%n", threads, queries / ((System.nanoTime() - t) / 1e9));

    // The baseline: every name of the list, lower-cased once, compared with each query.
    List<String> all = new ArrayList<>();
    List<ListEntry> owner = new ArrayList<>();
    for (ListEntry entry : entries) {
      entry.names().forEach(n -> {
        all.add(n.text().toLowerCase(Locale.ROOT));
        owner.add(entry);
      });
    }
    JaroWinklerSimilarity similarity = new JaroWinklerSimilarity();
    int baselineFound = 0;
    int baselinePositives = 0;
    t = System.nanoTime();
    for (int i = 0; i < baselineQueries; i++) {
      String query = names[i].toLowerCase(Locale.ROOT);
      double best = -1;
      int bestAt = -1;
      for (int n = 0; n < all.size(); n++) {
        double s = similarity.apply(query, all.get(n));
        if (s > best) {
          best = s;
          bestAt = n;
        }
      }
      if (expected[i] >= 0) {
        baselinePositives++;
        if (owner.get(bestAt) == entries.get(expected[i])) {
          baselineFound++;
        }
      }
    }
    double baselineSeconds = (System.nanoTime() - t) / 1e9;
    System.out.printf("baseline: Jaro-Winkler against all %d names, 1 thread\t%d queries\t%.2f queries/s\t"
        + "recall %.2f (%d of %d listed names ranked first)%n", all.size(), baselineQueries,
        baselineQueries / baselineSeconds, (double) baselineFound / Math.max(1, baselinePositives), baselineFound,
        baselinePositives);
  }

  private static long liveHeap() throws InterruptedException {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(100);
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }
}
