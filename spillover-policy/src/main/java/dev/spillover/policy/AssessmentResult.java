package dev.spillover.policy;

import dev.spillover.policy.facts.Listing;
import dev.spillover.snapshot.Snapshot;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The outcome of an {@link Assessment}: the snapshot it ran on, the packs, each rule's status on
 * the date ({@code statuses}, keyed {@code pack/rule}), every party's listings, and the findings,
 * most severe first.
 */
public record AssessmentResult(
    Snapshot snapshot,
    List<Pack> packs,
    Map<String, RuleStatus> statuses,
    List<List<Listing>> listings,
    List<Finding> findings) {

  public AssessmentResult {
    packs = List.copyOf(packs);
    statuses = Map.copyOf(statuses);
    listings = List.copyOf(listings);
    findings = List.copyOf(findings);
  }

  public LocalDate asOf() {
    return snapshot.asOf();
  }

  /** The status of {@code rule} of {@code pack} on the date. */
  public RuleStatus status(Pack pack, Rule rule) {
    return statuses.get(pack.id() + "/" + rule.id());
  }

  /**
   * The same result with only the findings {@code keep} accepts (in the same order): for a report
   * about part of the estate, such as the components of one SBOM.
   */
  public AssessmentResult only(java.util.function.Predicate<Finding> keep) {
    return new AssessmentResult(snapshot, packs, statuses, listings, findings.stream().filter(keep).toList());
  }

  /** How many findings have each verdict that counts; findings without one are not counted. */
  public Map<Verdict, Integer> verdictCounts() {
    Map<Verdict, Integer> counts = new EnumMap<>(Verdict.class);
    for (Verdict verdict : Verdict.values()) {
      counts.put(verdict, 0);
    }
    for (Finding finding : findings) {
      if (finding.verdict() != null) {
        counts.merge(finding.verdict(), 1, Integer::sum);
      }
    }
    return counts;
  }
}
