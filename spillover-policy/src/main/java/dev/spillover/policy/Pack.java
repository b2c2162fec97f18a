package dev.spillover.policy;

import dev.spillover.dataflow.BulkThreshold;
import java.util.List;
import java.util.Map;

/**
 * A policy pack as loaded from a file: rules, the lists and holding tests they refer to and the
 * sources they cite. {@code origin} says where it came from (a file path, or {@code bundled:NAME}).
 * {@code thresholds} are the bulk thresholds the pack gives for data flows (at most one per
 * category; often none). {@code aggregates} are its aggregate-ownership declarations (often none).
 */
public record Pack(
    String id,
    String title,
    String description,
    String citation,
    String perspective,
    String origin,
    Map<String, PackSource> sources,
    List<PackList> lists,
    List<Rule> rules,
    List<PackHolding> holdings,
    List<BulkThreshold> thresholds,
    List<PackAggregate> aggregates) {

  public Pack {
    aggregates = List.copyOf(aggregates);
    sources = Map.copyOf(sources);
    lists = List.copyOf(lists);
    rules = List.copyOf(rules);
    holdings = List.copyOf(holdings);
    thresholds = List.copyOf(thresholds);
  }

  /** A pack without holding tests, bulk thresholds or aggregate-ownership declarations. */
  public Pack(String id, String title, String description, String citation, String perspective, String origin,
      Map<String, PackSource> sources, List<PackList> lists, List<Rule> rules) {
    this(id, title, description, citation, perspective, origin, sources, lists, rules, List.of(), List.of(), List.of());
  }
}
