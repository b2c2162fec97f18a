package dev.spillover.bench;

import java.util.Arrays;
import java.util.BitSet;
import java.util.SplittableRandom;

/**
 * A seeded generator of ownership graphs shaped like company registers: the same seed and size
 * always give the same graph.
 *
 * <p>Entities are created in order, each owned by earlier ones (older companies own younger ones):
 * {@value #ROOT_PERCENT} % have no owner, the others a power-law number of owners (a discrete
 * Pareto tail of exponent {@value #OWNER_EXPONENT}, at most {@value #MAX_OWNERS}), chosen half the
 * time in proportion to how much they already own (so holdings are power-law too) and otherwise
 * uniformly. The shares of one entity add up to at most 100 percent (one owner often holds all or
 * a majority; several owners split 40 to 100 percent). About {@value #CROSS_HOLDING_PERCENT} % of
 * entities also hold 1 to 10 percent of one of their ancestors, one to four steps up, closing a
 * cross-holding cycle, within what that ancestor's owners leave free. Shares are whole hundredths
 * of a percent. One percent of the entities, drawn uniformly, are the restricted seeds. The graph
 * has about two edges per entity.
 */
public final class OwnershipGraphs {
  static final int ROOT_PERCENT = 10;
  static final double OWNER_EXPONENT = 2.6;
  static final int MAX_OWNERS = 64;
  static final int CROSS_HOLDING_PERCENT = 2;
  /** Shares are counted in hundredths of a percent; a whole entity is this many. */
  private static final int WHOLE = 10_000;

  private OwnershipGraphs() {}

  /**
   * The graph of {@code entities} entities (at least 2) generated from {@code seed}.
   *
   * @throws IllegalArgumentException when {@code entities} is below 2
   */
  public static OwnershipGraph generate(int entities, long seed) {
    if (entities < 2) {
      throw new IllegalArgumentException("entities must be at least 2, got " + entities);
    }
    SplittableRandom random = new SplittableRandom(seed);
    int capacity = entities * 2 + entities / 8 + 16;
    int[] owner = new int[capacity];
    int[] owned = new int[capacity];
    int[] cents = new int[capacity];
    int edges = 0;
    int[] free = new int[entities];
    int[] firstOwner = new int[entities];
    int[] chosen = new int[MAX_OWNERS];
    double[] weight = new double[MAX_OWNERS];
    for (int i = 0; i < entities; i++) {
      firstOwner[i] = -1;
      free[i] = WHOLE;
      int wanted = Math.min(ownerCount(random), i);
      int k = 0;
      for (int attempt = 0; k < wanted && attempt < wanted * 4; attempt++) {
        int candidate = edges > 0 && random.nextBoolean() ? owner[random.nextInt(edges)] : random.nextInt(i);
        if (candidate != i && !contains(chosen, k, candidate)) {
          chosen[k++] = candidate;
        }
      }
      if (k == 0) {
        continue;
      }
      int total;
      if (k == 1) {
        total = random.nextInt(4) == 0 ? WHOLE : 1_000 + random.nextInt(WHOLE - 1_000 + 1);
      } else {
        total = 4_000 + random.nextInt(WHOLE - k - 4_000 + 1);
      }
      double sum = 0;
      for (int j = 0; j < k; j++) {
        weight[j] = -Math.log(1 - random.nextDouble());
        sum += weight[j];
      }
      for (int j = 0; j < k; j++) {
        // Rounded down, at least one hundredth: the total stays at most WHOLE - k + k.
        int part = Math.max(1, (int) (total * weight[j] / sum));
        owner[edges] = chosen[j];
        owned[edges] = i;
        cents[edges] = part;
        edges++;
        free[i] -= part;
      }
      firstOwner[i] = chosen[0];
      if (random.nextInt(100) < CROSS_HOLDING_PERCENT) {
        int ancestor = i;
        for (int steps = 1 + random.nextInt(4); steps > 0 && firstOwner[ancestor] >= 0; steps--) {
          ancestor = firstOwner[ancestor];
        }
        if (ancestor != i && free[ancestor] >= 100) {
          int part = 100 + random.nextInt(Math.min(free[ancestor], 1_000) - 100 + 1);
          owner[edges] = i;
          owned[edges] = ancestor;
          cents[edges] = part;
          edges++;
          free[ancestor] -= part;
        }
      }
    }
    double[] share = new double[edges];
    for (int j = 0; j < edges; j++) {
      share[j] = cents[j] / 100.0;
    }
    return new OwnershipGraph(entities, Arrays.copyOf(owner, edges), Arrays.copyOf(owned, edges), share,
        seeds(entities, random));
  }

  /** 0 for a root, otherwise a discrete Pareto draw: P(k >= m) = m^-(exponent - 1), capped. */
  private static int ownerCount(SplittableRandom random) {
    if (random.nextInt(100) < ROOT_PERCENT) {
      return 0;
    }
    double u = 1 - random.nextDouble();
    double k = Math.floor(Math.pow(u, -1 / (OWNER_EXPONENT - 1)));
    return (int) Math.min(MAX_OWNERS, k);
  }

  private static boolean contains(int[] values, int count, int value) {
    for (int j = 0; j < count; j++) {
      if (values[j] == value) {
        return true;
      }
    }
    return false;
  }

  private static int[] seeds(int entities, SplittableRandom random) {
    int count = Math.max(1, entities / 100);
    BitSet picked = new BitSet(entities);
    for (int found = 0; found < count; ) {
      int candidate = random.nextInt(entities);
      if (!picked.get(candidate)) {
        picked.set(candidate);
        found++;
      }
    }
    return picked.stream().toArray();
  }
}
