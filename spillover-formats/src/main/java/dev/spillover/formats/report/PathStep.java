package dev.spillover.formats.report;

import dev.spillover.exposure.ExposurePath;
import dev.spillover.exposure.Step;
import dev.spillover.model.Edge;
import dev.spillover.model.Node;
import dev.spillover.snapshot.Snapshot;
import java.util.ArrayList;
import java.util.List;

/**
 * One step of an explained path, in reading order: {@code from} {@code relation} {@code to} (for
 * example "WeChat Pay" "is operated by" "Tenpay"), with the edge it walks and that edge's source.
 */
record PathStep(Node from, String relation, Node to, Edge edge, boolean reverse) {

  /** The steps of {@code path}, which starts at node {@code subject} of {@code snapshot}. */
  static List<PathStep> of(Snapshot snapshot, int subject, ExposurePath path) {
    int[] nodes = path.nodes(snapshot, subject);
    List<PathStep> steps = new ArrayList<>(path.steps().size());
    for (int i = 0; i < path.steps().size(); i++) {
      Step step = path.steps().get(i);
      Edge edge = snapshot.edge(step.edge());
      String relation = step.forward() ? edge.kind().verb() : edge.kind().inverseVerb();
      steps.add(new PathStep(snapshot.node(nodes[i]), relation, snapshot.node(nodes[i + 1]), edge, !step.forward()));
    }
    return steps;
  }

  /** The path as one line of text: "A uses B, which is operated by C". */
  static String sentence(List<PathStep> steps) {
    if (steps.isEmpty()) {
      return "(the subject itself)";
    }
    StringBuilder text = new StringBuilder(steps.get(0).from().name());
    for (PathStep step : steps) {
      text.append(" → ").append(step.relation()).append(" → ").append(step.to().name());
    }
    return text.toString();
  }
}
