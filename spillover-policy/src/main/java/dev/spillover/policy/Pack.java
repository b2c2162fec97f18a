package dev.spillover.policy;

import java.util.List;
import java.util.Map;

/**
 * A policy pack as loaded from a file: rules, the lists and holding tests they refer to and the
 * sources they cite. {@code origin} says where it came from (a file path, or {@code bundled:NAME}).
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
    List<PackHolding> holdings) {

  public Pack {
    sources = Map.copyOf(sources);
    lists = List.copyOf(lists);
    rules = List.copyOf(rules);
    holdings = List.copyOf(holdings);
  }

  /** A pack without holding tests. */
  public Pack(String id, String title, String description, String citation, String perspective, String origin,
      Map<String, PackSource> sources, List<PackList> lists, List<Rule> rules) {
    this(id, title, description, citation, perspective, origin, sources, lists, rules, List.of());
  }
}
