package dev.spillover.model;

import java.util.Arrays;

/**
 * Ids numbered densely in the order they are added ({@code 0, 1, 2, ...}), found again by open
 * addressing with linear probing over plain arrays: no entry objects and no boxed integers, which
 * matters at millions of ids. Each slot keeps an id's number next to its hash, so a probe reads
 * one place in memory, and the id itself only when the hashes agree. Not thread-safe while ids
 * are added; safe to share once filled.
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
