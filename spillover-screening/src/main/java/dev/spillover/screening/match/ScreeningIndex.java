package dev.spillover.screening.match;

import dev.spillover.screening.list.ListEntry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Screening against a whole list: candidates from an inverted index, then each candidate scored
 * by the {@link Matcher}.
 *
 * <p>{@link #build} prepares every name of every entry once (transliteration, legal forms,
 * phonetic keys) and files each entry under the keys of {@link IndexKeys}. The postings are one
 * sorted {@code long[]} of key hashes with CSR offsets into one {@code int[]} of entry numbers:
 * no object per key. A key filed under more entries than the cap ("company", "mohammed" in a
 * large list) keeps its count but not its postings: a query never walks it. {@link #search} lets
 * the query's keys vote for entries (each vote weighted by the key's kind and rarity, in a
 * per-thread array reused from query to query), scores the {@value #CANDIDATES} entries with the
 * most votes and returns the best. A query is never compared with the whole list.
 *
 * <p>Immutable after build and safe to search from many threads.
 */
public final class ScreeningIndex {

  /** How many entries, by votes, are scored per query. */
  static final int CANDIDATES = 64;

  private static final int ENTRY_BITS = 26;
  private static final long ENTRY_MASK = (1L << ENTRY_BITS) - 1;
  /** The largest list an index takes: entry numbers share a long with the key hash. */
  public static final int MAX_ENTRIES = 1 << ENTRY_BITS;

  private final Matcher matcher;
  private final PreparedEntry[] entries;
  /** Key hashes (top bits of the 64-bit hash), sorted, without repeats. */
  private final long[] keys;
  /** How many entries each key is filed under, capped or not. */
  private final int[] frequency;
  /** Where each key's postings start in {@link #postings}; one more than keys. */
  private final int[] offsets;
  private final int[] postings;
  private final int cap;
  private final ThreadLocal<Votes> votes;

  private ScreeningIndex(Matcher matcher, PreparedEntry[] entries, long[] keys, int[] frequency, int[] offsets,
      int[] postings, int cap) {
    this.matcher = matcher;
    this.entries = entries;
    this.keys = keys;
    this.frequency = frequency;
    this.offsets = offsets;
    this.postings = postings;
    this.cap = cap;
    this.votes = ThreadLocal.withInitial(() -> new Votes(entries.length));
  }

  /** An index of {@code entries} scored with a {@link Matcher} of default thresholds. */
  public static ScreeningIndex build(List<ListEntry> entries) {
    return build(entries, new Matcher());
  }

  /**
   * An index of {@code entries} scored with {@code matcher}. Uses the common fork-join pool to
   * prepare names. The cap on postings per key is {@link #defaultCap} of the list's size.
   *
   * @throws IllegalArgumentException when there are more than {@link #MAX_ENTRIES} entries
   */
  public static ScreeningIndex build(List<ListEntry> entries, Matcher matcher) {
    return build(entries, matcher, defaultCap(entries.size()));
  }

  /**
   * How many entries a key may be filed under before it stops being walked: 1,000, or 1 in 200
   * entries of a larger list, at most 5,000. At a million entries that skips "mohammed",
   * "company" and the most common trigrams, while token pairs and whole names still find them.
   */
  public static int defaultCap(int size) {
    return Math.max(1_000, Math.min(size / 200, 5_000));
  }

  static ScreeningIndex build(List<ListEntry> list, Matcher matcher, int cap) {
    Objects.requireNonNull(matcher, "matcher");
    int n = list.size();
    if (n > MAX_ENTRIES) {
      throw new IllegalArgumentException("an index takes at most " + MAX_ENTRIES + " entries, got " + n);
    }
    PreparedEntry[] entries = new PreparedEntry[n];
    IntStream.range(0, n).parallel().forEach(i -> entries[i] = new PreparedEntry(Objects.requireNonNull(list.get(i), "entry")));
    // Two passes: count each entry's keys, then write them at their offsets, both in parallel.
    int[] counts = new int[n];
    IntStream.range(0, n).parallel().forEach(i -> {
      int[] c = {0};
      forEachKey(entries[i], (h, w) -> c[0]++);
      counts[i] = c[0];
    });
    long[] start = new long[n + 1];
    for (int i = 0; i < n; i++) {
      start[i + 1] = start[i] + counts[i];
    }
    if (start[n] > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("too many index keys: " + start[n]);
    }
    long[] filed = new long[(int) start[n]];
    IntStream.range(0, n).parallel().forEach(i -> {
      int[] at = {(int) start[i]};
      long entry = i;
      forEachKey(entries[i], (h, w) -> filed[at[0]++] = (keyOf(h) << ENTRY_BITS) | entry);
    });
    Arrays.parallelSort(filed);
    // One walk over the sorted keys: a key's entries are adjacent, repeats of an entry too.
    int distinct = 0;
    long last = -1;
    boolean first = true;
    for (long f : filed) {
      long key = f >>> ENTRY_BITS;
      if (first || key != last) {
        distinct++;
        last = key;
        first = false;
      }
    }
    long[] keys = new long[distinct];
    int[] frequency = new int[distinct];
    int[] offsets = new int[distinct + 1];
    int[] postings = new int[filed.length];
    int k = -1;
    int p = 0;
    long previous = 0;
    for (int i = 0; i < filed.length; i++) {
      long key = filed[i] >>> ENTRY_BITS;
      if (k < 0 || key != keys[k]) {
        if (k >= 0 && frequency[k] > cap) {
          p = offsets[k]; // too common: keep the count, drop the postings
        }
        k++;
        keys[k] = key;
        offsets[k] = p;
      } else if (filed[i] == previous) {
        continue; // the same entry filed twice under one key (two names sharing a token)
      }
      previous = filed[i];
      postings[p++] = (int) (filed[i] & ENTRY_MASK);
      frequency[k]++;
    }
    if (k >= 0 && frequency[k] > cap) {
      p = offsets[k];
    }
    offsets[distinct] = p;
    return new ScreeningIndex(matcher, entries, keys, frequency, offsets, Arrays.copyOf(postings, p), cap);
  }

  /**
   * The top bits of a key hash that the index keeps: few enough that key and entry number fit in
   * one non-negative long, so that a plain signed sort orders by key. 37 bits: two keys of a
   * million-entry list collide about once in thousands of queries, and a collision only adds
   * candidates.
   */
  private static long keyOf(long hash) {
    return hash >>> (ENTRY_BITS + 1);
  }

  private static void forEachKey(PreparedEntry entry, IndexKeys.Sink sink) {
    for (PreparedName name : entry.names) {
      IndexKeys.keys(name, sink);
      IndexKeys.foldedEntryKeys(name, sink);
    }
    IndexKeys.identifiers(entry.entry.identifiers(), sink);
  }

  /** The number of entries. */
  public int size() {
    return entries.length;
  }

  /** The matcher that scores candidates. */
  public Matcher matcher() {
    return matcher;
  }

  /**
   * The {@code limit} best matches of {@code query}, best first, NO_MATCH ones included (filter on
   * {@link Match#decision()}). Ties keep list order.
   */
  public List<Match> search(Query query, int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1, got " + limit);
    }
    PreparedQuery prepared = new PreparedQuery(query);
    int[] candidates = candidates(prepared, Math.max(CANDIDATES, limit));
    Arrays.sort(candidates); // list order, so that equal scores keep it after the stable sort below
    List<Match> matches = new ArrayList<>(candidates.length);
    for (int e : candidates) {
      matches.add(matcher.score(prepared, entries[e]));
    }
    matches.sort(Comparator.comparingDouble(Match::score).reversed());
    return matches.size() > limit ? List.copyOf(matches.subList(0, limit)) : List.copyOf(matches);
  }

  /** Entry numbers with the most votes, at most {@code max}. */
  int[] candidates(PreparedQuery query, int max) {
    Votes v = votes.get();
    double n = entries.length;
    IndexKeys.Sink vote = (hash, weight) -> {
      int k = Arrays.binarySearch(keys, keyOf(hash));
      if (k < 0 || frequency[k] > cap) {
        return;
      }
      float w = (float) (weight * Math.log(1 + n / frequency[k]));
      for (int i = offsets[k], end = offsets[k + 1]; i < end; i++) {
        v.add(postings[i], w);
      }
    };
    IndexKeys.keys(query.name, vote);
    IndexKeys.foldedQueryKeys(query.name, vote);
    IndexKeys.identifiers(query.query.identifiers(), vote);
    return v.top(max);
  }

  /** Per-thread vote counts, one slot per entry, cleared after each query by the touched list. */
  private static final class Votes {
    private final float[] score;
    private int[] touched = new int[1024];
    private int size;

    Votes(int entries) {
      score = new float[entries];
    }

    void add(int entry, float w) {
      if (score[entry] == 0) {
        if (size == touched.length) {
          touched = Arrays.copyOf(touched, Math.min(score.length, size * 2));
        }
        touched[size++] = entry;
      }
      score[entry] += w;
    }

    /** The best {@code max} entries by votes (a small min-heap), then resets. */
    int[] top(int max) {
      int k = Math.min(max, size);
      int[] heap = new int[k];
      int filled = 0;
      for (int i = 0; i < size; i++) {
        int e = touched[i];
        if (filled < k) {
          heap[filled++] = e;
          siftUp(heap, filled - 1);
        } else if (better(e, heap[0])) {
          heap[0] = e;
          siftDown(heap, k);
        }
      }
      for (int i = 0; i < size; i++) {
        score[touched[i]] = 0;
      }
      size = 0;
      return heap;
    }

    /** More votes, or as many and earlier in the list. */
    private boolean better(int a, int b) {
      return score[a] > score[b] || (score[a] == score[b] && a < b);
    }

    private void siftUp(int[] heap, int i) {
      while (i > 0) {
        int parent = (i - 1) / 2;
        if (!better(heap[parent], heap[i])) {
          break;
        }
        int t = heap[parent];
        heap[parent] = heap[i];
        heap[i] = t;
        i = parent;
      }
    }

    private void siftDown(int[] heap, int n) {
      int i = 0;
      while (true) {
        int l = 2 * i + 1;
        int r = l + 1;
        int worst = i;
        if (l < n && better(heap[worst], heap[l])) {
          worst = l;
        }
        if (r < n && better(heap[worst], heap[r])) {
          worst = r;
        }
        if (worst == i) {
          return;
        }
        int t = heap[worst];
        heap[worst] = heap[i];
        heap[i] = t;
        i = worst;
      }
    }
  }
}
