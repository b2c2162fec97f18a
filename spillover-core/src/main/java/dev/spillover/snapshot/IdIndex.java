package dev.spillover.snapshot;

/**
 * Node id to index, in open addressing with linear probing over two arrays: no entry objects and
 * no boxed integers, which matters at millions of nodes. Built once, then read-only.
 */
final class IdIndex {
  private final String[] keys;
  private final int[] values;
  private final int mask;

  /** Indexes {@code ids[i]} as {@code i}; ids are unique (the estate guarantees it). */
  IdIndex(String[] ids) {
    int capacity = Integer.highestOneBit(Math.max(4, ids.length * 2 - 1)) << 1;
    keys = new String[capacity];
    values = new int[capacity];
    mask = capacity - 1;
    for (int i = 0; i < ids.length; i++) {
      int slot = mix(ids[i].hashCode()) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = ids[i];
      values[slot] = i;
    }
  }

  /** The index of {@code id}, or -1. */
  int get(String id) {
    int slot = mix(id.hashCode()) & mask;
    while (keys[slot] != null) {
      if (keys[slot].equals(id)) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  /** Spreads the bits of a string hash, which are poor in the low bits for ids like "e123". */
  private static int mix(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
