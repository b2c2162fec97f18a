package dev.spillover.exposure;

import dev.spillover.snapshot.Snapshot;
import java.util.List;

/** A path from a subject to a party, as the steps walked; empty when the subject is the party. */
public record ExposurePath(List<Step> steps) {
  public ExposurePath {
    steps = List.copyOf(steps);
  }

  /** The nodes visited, the subject first, given the snapshot the path was found in. */
  public int[] nodes(Snapshot snapshot, int subject) {
    int[] nodes = new int[steps.size() + 1];
    nodes[0] = subject;
    for (int i = 0; i < steps.size(); i++) {
      Step step = steps.get(i);
      nodes[i + 1] = step.forward() ? snapshot.edgeTo(step.edge()) : snapshot.edgeFrom(step.edge());
    }
    return nodes;
  }
}
