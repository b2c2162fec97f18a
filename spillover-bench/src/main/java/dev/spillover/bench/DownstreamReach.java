package dev.spillover.bench;

import dev.spillover.model.EdgeKind;
import dev.spillover.snapshot.Adjacency;
import dev.spillover.snapshot.Snapshot;
import java.util.BitSet;

/**
 * What a set of seeds owns, directly or transitively, by any share: breadth-first search over
 * {@link Snapshot#out} of {@link EdgeKind#OWNS}, the seeds included. The third computation of the
 * baselines, written the way the Python ones are (a frontier over CSR arrays), since core has no
 * "reach by any share" query; {@code OwnershipQueries.heldBy(..., CONTROL, ...)} is the nearest
 * product query and is measured beside it.
 */
public final class DownstreamReach {
  private DownstreamReach() {}

  /** The nodes reachable from {@code seeds} along ownership edges, seeds included. */
  public static BitSet of(Snapshot snapshot, BitSet seeds) {
    Adjacency holdings = snapshot.out(EdgeKind.OWNS);
    BitSet reached = (BitSet) seeds.clone();
    int[] queue = new int[snapshot.nodeCount()];
    int tail = 0;
    for (int s = seeds.nextSetBit(0); s >= 0; s = seeds.nextSetBit(s + 1)) {
      queue[tail++] = s;
    }
    for (int head = 0; head < tail; head++) {
      int node = queue[head];
      for (int i = holdings.start(node), end = holdings.end(node); i < end; i++) {
        int held = holdings.target(i);
        if (!reached.get(held)) {
          reached.set(held);
          queue[tail++] = held;
        }
      }
    }
    return reached;
  }
}
