package dev.spillover.model;

import java.util.Arrays;

/**
 * Ids numbered densely in the order they are added ({@code 0, 1, 2, ...}), found again by open
 * addressing with linear probing over plain arrays: no entry objects and no boxed integers, which
 * matters at millions of ids. Each slot keeps an id's number next to its hash, so a probe reads
 * one place in memory, and the id itself only when the hashes agree. Not thread-safe while ids
 * are added; safe to share once filled.
 *
 * <p>At millions of ids a look-up is bound by memory latency: the slot, the id's place in the id
 * array, the id and its bytes are four reads from far apart, each waiting for the one before.
 * {@link #addAll} and {@link #indexOfAll} look a batch of ids up in stages instead (every slot of
 * the batch, then every candidate id, then every candidate's bytes), so that the reads of
 * different ids are independent and the processor overlaps them. They give exactly the numbers
 * that {@link #add} and {@link #indexOf} give one at a time.
 */
public final class IdTable {
  private static final int EMPTY = -1;

  private String[] ids;
  /** Slot {@code s} is {@code table[2s]} (the number of its id, or EMPTY) and {@code table[2s + 1]} (the id's hash). */
  private int[] table;
  private int size;

  /** An empty table with room for {@code expected} ids before it grows. */
  public IdTable(int expected) {
    ids = new String[Math.max(4, expected)];
    allocateSlots(capacityFor(Math.max(4, expected)));
  }

  /**
   * The number of {@code id}: the one it already has, or the next free one when it is new.
   * Compare with {@link #size()} before and after to tell which.
   */
  public int add(String id) {
    int hash = mix(id.hashCode());
    int mask = table.length - 2;
    int at = (hash << 1) & mask;
    for (int number; (number = table[at]) != EMPTY; at = (at + 2) & mask) {
      if (table[at + 1] == hash && ids[number].equals(id)) {
        return number;
      }
    }
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, ids.length + (ids.length >> 1) + 1);
    }
    int number = size++;
    ids[number] = id;
    table[at] = number;
    table[at + 1] = hash;
    if (size > table.length / 2 * 3 / 5) {
      rehash(capacityFor(size * 2));
    }
    return number;
  }

  /** The number of {@code id}, or -1 when it was never added. */
  public int indexOf(String id) {
    int hash = mix(id.hashCode());
    int mask = table.length - 2;
    for (int at = (hash << 1) & mask, number; (number = table[at]) != EMPTY; at = (at + 2) & mask) {
      if (table[at + 1] == hash && ids[number].equals(id)) {
        return number;
      }
    }
    return -1;
  }

  /**
   * The numbers of {@code batch[0..count)} into {@code numbers[0..count)}: what {@link #add} would
   * give for each in turn (new ids numbered in batch order, an id repeated in the batch numbered
   * once), looked up in overlapping stages. Worth it from a few dozen ids per call.
   */
  public void addAll(String[] batch, int count, int[] numbers) {
    String[] candidates = stage(batch, count, numbers);
    for (int i = 0; i < count; i++) {
      // A number, once given, never changes: a candidate equal to the id is its number even after
      // earlier ids of the batch were added. Anything else (a new id, a hash shared by two ids)
      // goes the one-at-a-time way, which sees those earlier additions.
      if (candidates[i] == null || !candidates[i].equals(batch[i])) {
        numbers[i] = add(batch[i]);
      }
    }
  }

  /**
   * The numbers of {@code batch[0..count)} into {@code numbers[0..count)}, -1 for an id never added:
   * what {@link #indexOf} gives for each, looked up in overlapping stages. Once the table is filled,
   * safe from several threads at once (each with its own {@code numbers}).
   */
  public void indexOfAll(String[] batch, int count, int[] numbers) {
    String[] candidates = stage(batch, count, numbers);
    for (int i = 0; i < count; i++) {
      if (candidates[i] == null || !candidates[i].equals(batch[i])) {
        numbers[i] = indexOf(batch[i]);
      }
    }
  }

  /**
   * The first stored id with the same hash as each of {@code batch[0..count)} (null when none),
   * its number in {@code numbers}. Each stage is a loop of reads that do not depend on each other:
   * the slots, then the candidates in the id array, then each candidate's bytes (its length is
   * read from them), so that the processor has many reads in flight instead of one.
   */
  private String[] stage(String[] batch, int count, int[] numbers) {
    int[] table = this.table;
    int mask = table.length - 2;
    for (int i = 0; i < count; i++) {
      int hash = mix(batch[i].hashCode());
      int found = EMPTY;
      for (int at = (hash << 1) & mask, number; (number = table[at]) != EMPTY; at = (at + 2) & mask) {
        if (table[at + 1] == hash) {
          found = number;
          break;
        }
      }
      numbers[i] = found;
    }
    String[] ids = this.ids;
    String[] candidates = new String[count];
    for (int i = 0; i < count; i++) {
      if (numbers[i] != EMPTY) {
        candidates[i] = ids[numbers[i]];
      }
    }
    for (int i = 0; i < count; i++) {
      // Reading the length reads the candidate and the start of its bytes; a different length
      // rules the candidate out before the comparison reads more. The id itself (an estate looking
      // up the ids its nodes gave) needs neither.
      String candidate = candidates[i];
      if (candidate != null && candidate != batch[i] && candidate.length() != batch[i].length()) {
        candidates[i] = null;
      }
    }
    return candidates;
  }

  /** The id numbered {@code index}. */
  public String id(int index) {
    if (index < 0 || index >= size) {
      throw new IndexOutOfBoundsException(index);
    }
    return ids[index];
  }

  /** How many ids have been added. */
  public int size() {
    return size;
  }

  private void rehash(int capacity) {
    int[] old = table;
    allocateSlots(capacity);
    int mask = table.length - 2;
    for (int s = 0; s < old.length; s += 2) {
      if (old[s] != EMPTY) {
        int at = (old[s + 1] << 1) & mask;
        while (table[at] != EMPTY) {
          at = (at + 2) & mask;
        }
        table[at] = old[s];
        table[at + 1] = old[s + 1];
      }
    }
  }

  private void allocateSlots(int capacity) {
    table = new int[capacity * 2];
    Arrays.fill(table, EMPTY);
  }

  /** A power of two with the table at most 60 % full for {@code count} ids. */
  private static int capacityFor(int count) {
    long wanted = (long) count * 5 / 3 + 1;
    if (wanted > 1 << 29) {
      throw new IllegalStateException("too many ids for one table: " + count);
    }
    return Integer.highestOneBit((int) wanted - 1) << 1;
  }

  /** Spreads the bits of a string hash, which are poor in the low bits for ids like "e123". */
  private static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
