package dev.spillover.formats.report;

import dev.spillover.model.Edge;
import dev.spillover.model.Node;
import dev.spillover.model.SystemAsset;
import dev.spillover.snapshot.Snapshot;
import dev.spillover.spill.BlastRadius;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A blast radius with what caused it, ready to write: the cut nodes each with the reasons it is
 * cut, the scenario (null when nodes were named), and the radius computed on the estate as
 * declared, as of the day.
 *
 * @param scenario the scenario's name, or null when the cut nodes were named directly
 * @param scenarioDescription the scenario's description, or null
 * @param cuts the cut nodes in snapshot order, each with why it is cut
 */
public record BlastRadiusReport(String scenario, String scenarioDescription, List<Cut> cuts, BlastRadius radius) {
  public BlastRadiusReport {
    cuts = List.copyOf(cuts);
  }

  /** One cut node and why it is cut (for a node named on the command line: "named on the command line"). */
  public record Cut(int node, List<String> reasons) {
    public Cut {
      reasons = List.copyOf(reasons);
    }
  }

  public Snapshot snapshot() {
    return radius.snapshot();
  }

  /** One step of the path that explains a hit node: the node, and the edge from the previous node (null first). */
  record Step(Node node, Edge edge, boolean forward) {
    /** How the previous node relates to this one, for example "uses" or "is manufactured by". */
    String verb() {
      return forward ? edge.kind().verb() : edge.kind().inverseVerb();
    }
  }

  /** The path from {@code n} back to a cut node: {@code n} first, each later step with its edge. */
  List<Step> path(int n) {
    Snapshot snapshot = snapshot();
    List<Step> steps = new ArrayList<>();
    Integer previous = null;
    for (int x : radius.pathToCut(n)) {
      if (previous == null) {
        steps.add(new Step(snapshot.node(x), null, true));
      } else {
        int e = radius.viaEdge(previous);
        // Forward: the previous node is the edge's source (it uses, depends on... this one).
        steps.add(new Step(snapshot.node(x), snapshot.edge(e), snapshot.edgeFrom(e) == previous));
      }
      previous = x;
    }
    return steps;
  }

  /** The declared criticality of a system, lower case (medium when not declared); null for other nodes. */
  static String criticality(Node node) {
    if (node instanceof SystemAsset system) {
      SystemAsset.Criticality c = system.criticality() == null ? SystemAsset.Criticality.MEDIUM : system.criticality();
      return c.name().toLowerCase(Locale.ROOT);
    }
    return null;
  }

  /** The declared users of a system, or null. */
  static Long users(Node node) {
    return node instanceof SystemAsset system ? system.users() : null;
  }
}
