package dev.spillover.spill;

import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.SystemAsset;
import dev.spillover.snapshot.Adjacency;
import dev.spillover.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * One product (component or system) that loses value because a product it complements is hit by a
 * blast radius.
 *
 * <p>For an edge {@code X complements Y} with ratio R (X's users prefer Y R to 1 over X, see
 * {@link EdgeTerms.Complement}) valid on the snapshot's day, when Y is hit (stopped or degraded: a
 * substitute for Y does not change what X's users said about Y itself), X is expected to lose the
 * share R/(R+1) of the users the ratio applies to. Those users are, in this order: the edge's
 * declared {@code users}; else the declared users of X when X is a system; else unknown (null),
 * and only the share is given. Expected users lost = users × R/(R+1), rounded to the nearest
 * whole user. Nothing else is assumed: several lost complements of one node are listed apart and
 * their losses are not added (the same users may have answered both).
 *
 * @param node X, the node that loses value
 * @param complement Y, the hit node it complements
 * @param edge the snapshot edge {@code X complements Y}
 * @param ratio R
 * @param users the users the ratio applies to, or null when none are declared
 * @param usersFrom where {@code users} comes from: {@code edge}, {@code system}, or null
 */
public record ComplementLoss(int node, int complement, int edge, double ratio, Long users, String usersFrom) {
  /** The share of the users expected to drop {@code node}: R/(R+1), 0 to 1. */
  public double share() {
    return ratio / (ratio + 1);
  }

  /** Expected users lost, users × R/(R+1) rounded to the nearest whole user; null when users are unknown. */
  public Long usersLost() {
    return users == null ? null : Math.round(users * share());
  }

  /**
   * The complement losses of {@code radius}: for every node in snapshot order, every
   * {@code complements} edge from it (in edge order) to a hit node.
   */
  public static List<ComplementLoss> of(BlastRadius radius) {
    Snapshot snapshot = radius.snapshot();
    Adjacency complements = snapshot.out(EdgeKind.COMPLEMENTS);
    List<ComplementLoss> losses = new ArrayList<>();
    for (int x = 0; x < snapshot.nodeCount(); x++) {
      for (int i = complements.start(x), end = complements.end(x); i < end; i++) {
        int y = complements.target(i);
        if (radius.status(y) == BlastRadius.Status.UNAFFECTED) {
          continue;
        }
        int e = complements.edge(i);
        EdgeTerms.Complement terms = snapshot.edge(e).terms() instanceof EdgeTerms.Complement c
            ? c : new EdgeTerms.Complement(1);
        Long users = terms.users();
        String usersFrom = users == null ? null : "edge";
        if (users == null && snapshot.node(x) instanceof SystemAsset system && system.users() != null) {
          users = system.users();
          usersFrom = "system";
        }
        losses.add(new ComplementLoss(x, y, e, terms.ratio(), users, usersFrom));
      }
    }
    return losses;
  }
}
