package dev.spillover.exposure;

import java.util.List;

/**
 * That {@code subject} is exposed to {@code party} (an organization or person) at
 * {@code distance} steps, explained by the shortest {@code paths} (at most the analysis' limit;
 * {@code shortestPathCount} tells how many there are in all, saturating at {@link Long#MAX_VALUE}).
 */
public record Exposure(int subject, int party, int distance, List<ExposurePath> paths, long shortestPathCount) {
  public Exposure {
    paths = List.copyOf(paths);
  }
}
