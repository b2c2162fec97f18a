package dev.spillover.policy;

import dev.spillover.exposure.ExposurePath;
import dev.spillover.policy.facts.Listing;
import java.util.List;

/**
 * Why a rule matched a subject through one party: the snapshot index of the {@code party} (or -1
 * for a rule over the subject alone), the shortest paths to it on which the condition held, the
 * party's listings, the attributed party of the first of those paths ({@code attributedTo}, a
 * snapshot index, or -1; see the exposure fact of that name), and the party's look-through share in
 * it (percent, lower and upper bound) with whether it controls it.
 */
public record Evidence(
    int party, List<ExposurePath> paths, List<Listing> listings, int attributedTo, double shareMin, double shareMax,
    boolean controls) {
  public Evidence {
    paths = List.copyOf(paths);
    listings = List.copyOf(listings);
  }
}
