package dev.spillover.snapshot;

import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.NodeKind;
import dev.spillover.model.Validity;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Test fixture: small random estates from a seed, the same estate for the same seed. Edges only
 * join the node kinds their {@link EdgeKind} allows; cycles (cross-holdings, dependency rings) are
 * common. The known maximum shares held in any one owned node never sum above its limit, so
 * look-through series converge; unknown shares are not counted against it.
 */
public final class RandomEstates {
  private static final NodeKind[] MIXED_KINDS = {
    NodeKind.ORGANIZATION, NodeKind.ORGANIZATION, NodeKind.ORGANIZATION, NodeKind.PERSON,
    NodeKind.PRODUCT, NodeKind.PRODUCT, NodeKind.COMPONENT, NodeKind.SYSTEM, NodeKind.SYSTEM, NodeKind.DATASET
  };

  /** Edge kinds the exposure walk follows appear more often than the ones it ignores. */
  private static final EdgeKind[] MIXED_EDGES = {
    EdgeKind.OWNS, EdgeKind.OWNS, EdgeKind.OWNS, EdgeKind.CONTROLS, EdgeKind.DEVELOPS, EdgeKind.DEVELOPS,
    EdgeKind.PUBLISHES, EdgeKind.MANUFACTURES, EdgeKind.OPERATES, EdgeKind.DEPENDS_ON, EdgeKind.DEPENDS_ON,
    EdgeKind.EMBEDS, EdgeKind.USES, EdgeKind.USES, EdgeKind.HOSTED_IN, EdgeKind.TRANSFERS_DATA,
    EdgeKind.TRANSFERS_DATA, EdgeKind.TRANSFERS_DATA, EdgeKind.LISTED_ON, EdgeKind.SUBSTITUTES, EdgeKind.COMPLEMENTS,
    EdgeKind.MONITORS, EdgeKind.BACKS_UP
  };

  private final Random random;
  private final EstateBuilder builder = new EstateBuilder();
  private final List<String> ids = new ArrayList<>();
  private final List<NodeKind> kinds = new ArrayList<>();
  private final Map<String, Double> heldPercent = new HashMap<>();
  private final double heldLimit;
  private final boolean unknownShares;

  private RandomEstates(long seed, double heldLimit, boolean unknownShares) {
    this.random = new Random(seed);
    this.heldLimit = heldLimit;
    this.unknownShares = unknownShares;
  }

  /**
   * 4 to 12 nodes of mixed kinds (organizations, persons, products, components, systems, datasets,
   * now and then a jurisdiction or a list) and about one to two edges per node of every kind, some
   * of them valid only before, from or around {@link EstateBuilder#DAY}.
   */
  public static Estate mixed(long seed) {
    RandomEstates r = new RandomEstates(seed, 100, true);
    int n = 4 + r.random.nextInt(9);
    for (int i = 0; i < n; i++) {
      NodeKind kind = MIXED_KINDS[r.random.nextInt(MIXED_KINDS.length)];
      if (r.random.nextInt(20) == 0) {
        kind = r.random.nextBoolean() ? NodeKind.JURISDICTION : NodeKind.LIST;
      }
      r.addNode(kind);
    }
    int edges = n + r.random.nextInt(n + 1);
    for (int attempt = 0; attempt < 10 * edges && r.builder.edgeCount() < edges; attempt++) {
      EdgeKind kind = MIXED_EDGES[r.random.nextInt(MIXED_EDGES.length)];
      r.randomEdge(kind, 0, n, 0, n, r.randomValidity());
    }
    return r.builder.build();
  }

  /** 3 to 10 organizations and persons; an owner always comes later in load order than what it holds. */
  public static Estate ownershipDag(long seed) {
    return ownership(seed, true, 100, true, false);
  }

  /**
   * 3 to 10 organizations and persons holding each other in cycles, with known shares only (exact
   * or ranges) and at most 50 percent of any organization held in all, so that no effective share
   * can exceed 1 and no cap is ever reached.
   */
  public static Estate crossHoldings(long seed) {
    return ownership(seed, false, 50, false, false);
  }

  /**
   * 3 to 10 organizations and persons with holdings in cycles, shares often near 50 percent (some
   * unknown) and declared control; for control analyses.
   */
  public static Estate controlWebs(long seed) {
    return ownership(seed, false, 100, true, true);
  }

  private static Estate ownership(long seed, boolean acyclic, double heldLimit, boolean unknown, boolean controls) {
    RandomEstates r = new RandomEstates(seed, heldLimit, unknown);
    int n = 3 + r.random.nextInt(8);
    for (int i = 0; i < n; i++) {
      r.addNode(r.random.nextInt(4) == 0 ? NodeKind.PERSON : NodeKind.ORGANIZATION);
    }
    int edges = n - 1 + r.random.nextInt(n + 2);
    for (int attempt = 0; attempt < 10 * edges && r.builder.edgeCount() < edges; attempt++) {
      EdgeKind kind = controls && r.random.nextInt(4) == 0 ? EdgeKind.CONTROLS : EdgeKind.OWNS;
      if (acyclic) {
        // Owner above what it holds: the holder is drawn from the nodes after the held one.
        int held = r.random.nextInt(n - 1);
        r.randomEdge(kind, held + 1, n, held, held + 1, Validity.ALWAYS);
      } else {
        r.randomEdge(kind, 0, n, 0, n, Validity.ALWAYS);
      }
    }
    return r.builder.build();
  }

  private void addNode(NodeKind kind) {
    String id = kind.label() + ids.size();
    ids.add(id);
    kinds.add(kind);
    builder.node(kind, id);
  }

  /** Adds one edge of {@code kind} from a node in [fromLo, fromHi) to one in [toLo, toHi), if any fit. */
  private void randomEdge(EdgeKind kind, int fromLo, int fromHi, int toLo, int toHi, Validity validity) {
    int from = pick(kind.fromKinds(), fromLo, fromHi);
    int to = pick(kind.toKinds(), toLo, toHi);
    if (from < 0 || to < 0) {
      return;
    }
    EdgeTerms terms = EstateBuilder.defaultTerms(kind);
    if (kind == EdgeKind.OWNS) {
      terms = randomShare(ids.get(to));
      if (terms == null) {
        return;
      }
    }
    builder.edge(kind, ids.get(from), ids.get(to), terms, validity);
  }

  private int pick(Set<NodeKind> allowed, int lo, int hi) {
    List<Integer> fits = new ArrayList<>();
    for (int i = lo; i < hi; i++) {
      if (allowed.contains(kinds.get(i))) {
        fits.add(i);
      }
    }
    return fits.isEmpty() ? -1 : fits.get(random.nextInt(fits.size()));
  }

  /** A share in {@code owned}: unknown, exact or a range; null when nothing is left to hold. */
  private EdgeTerms.Share randomShare(String owned) {
    if (unknownShares && random.nextInt(5) == 0) {
      return EstateBuilder.unknownShare();
    }
    double left = heldLimit - heldPercent.getOrDefault(owned, 0.0);
    if (left < 1) {
      return unknownShares ? EstateBuilder.unknownShare() : null;
    }
    double[] favourites = {50, 51, 60, 100};
    double max = favourites[random.nextInt(favourites.length)];
    if (max > left || random.nextBoolean()) {
      max = 1 + random.nextInt((int) left);
      if (random.nextInt(4) == 0 && max > 1) {
        max -= 0.5;
      }
    }
    double min = random.nextInt(5) < 3 ? max : random.nextInt((int) max + 1);
    heldPercent.merge(owned, max, Double::sum);
    return EstateBuilder.share(min, max);
  }

  /** Mostly always valid; otherwise a window that does or does not contain {@link EstateBuilder#DAY}. */
  private Validity randomValidity() {
    LocalDate day = EstateBuilder.DAY;
    return switch (random.nextInt(16)) {
      case 0 -> new Validity(day, null);
      case 1 -> new Validity(null, day);
      case 2 -> new Validity(day.minusDays(30), day.plusDays(30));
      case 3 -> new Validity(day.plusDays(1), null);
      case 4 -> new Validity(day.minusYears(2), day.minusYears(1));
      default -> Validity.ALWAYS;
    };
  }
}
