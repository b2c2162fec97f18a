package dev.spillover.formats.report;

import dev.spillover.model.Edge;
import dev.spillover.model.Estate;
import dev.spillover.model.Node;
import dev.spillover.model.SystemAsset;
import dev.spillover.policy.Assessment;
import dev.spillover.policy.AssessmentResult;
import dev.spillover.policy.Finding;
import dev.spillover.policy.Verdict;
import dev.spillover.policy.scenario.AppliedScenario;
import dev.spillover.policy.scenario.Scenario;
import dev.spillover.policy.scenario.ScenarioChange;
import dev.spillover.policy.scenario.ScenarioChanges;
import dev.spillover.snapshot.Snapshot;
import dev.spillover.spill.BlastRadius;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import java.util.TreeSet;

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

  /**
   * What the scenario prohibits or restricts on its day (every finding whose verdict counts), and
   * the products its {@code withdraw} changes withdraw from a day on or before it; cut in the
   * estate as declared on the scenario's day, so that the edges into a withdrawn product still
   * show what needed it. This is what {@code spill --scenario} cuts and each level of
   * {@code compare --tolerance}.
   */
  public static BlastRadiusReport ofScenario(Estate estate, Scenario loaded) {
    AppliedScenario applied = ScenarioChanges.apply(estate, loaded);
    AssessmentResult result = Assessment.run(applied.estate(), applied.packs(), loaded.asOf());
    Snapshot snapshot = Snapshot.of(estate, loaded.asOf());
    TreeMap<Integer, List<String>> reasons = new TreeMap<>();
    for (Finding finding : result.findings()) {
      Verdict verdict = finding.verdict();
      if (verdict != Verdict.PROHIBITED && verdict != Verdict.RESTRICTED) {
        continue;
      }
      int n = snapshot.indexOf(finding.subject().id());
      if (n >= 0) {
        reasons.computeIfAbsent(n, k -> new ArrayList<>()).add(verdict.name().toLowerCase(Locale.ROOT)
            + " by " + finding.pack().id() + "/" + finding.rule().id());
      }
    }
    for (AppliedScenario.Effect effect : applied.effects()) {
      if (effect.change() instanceof ScenarioChange.Withdraw withdraw && !withdraw.from().isAfter(loaded.asOf())) {
        for (String id : new TreeSet<>(effect.nodes())) {
          int n = snapshot.indexOf(id);
          if (n >= 0 && !id.equals(withdraw.vendor())) {
            reasons.computeIfAbsent(n, k -> new ArrayList<>()).add("withdrawn by " + withdraw.vendor() + " from "
                + withdraw.from() + " (change " + withdraw.number() + ": " + withdraw.reason() + ")");
          }
        }
      }
    }
    List<Cut> cuts = new ArrayList<>();
    reasons.forEach((n, why) -> cuts.add(new Cut(n, why)));
    BlastRadius radius = BlastRadius.of(snapshot, reasons.keySet().stream().mapToInt(Integer::intValue).toArray());
    return new BlastRadiusReport(loaded.name(), loaded.description(), cuts, radius);
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
