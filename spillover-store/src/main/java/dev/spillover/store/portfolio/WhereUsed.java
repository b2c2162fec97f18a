package dev.spillover.store.portfolio;

import java.util.List;

/**
 * The answer to a where-used query: what the target matched in the index, and every project that
 * uses it with the shortest path in the project's own SBOM.
 *
 * @param target the query
 * @param matched the nodes the target matched (components, or parties), in index order
 * @param sboms how many SBOMs the index holds
 * @param searched how many of them name a matched node, and so were searched
 * @param uses one per project that uses the target: shortest paths first, then by SBOM path
 */
public record WhereUsed(Target target, List<Step> matched, int sboms, int searched, List<Use> uses) {
  public WhereUsed {
    matched = List.copyOf(matched);
    uses = List.copyOf(uses);
  }

  /**
   * A node of the index.
   *
   * @param id its Spillover node id (a canonical package URL, {@code product:…}, {@code org:…})
   * @param role what it is
   * @param name its name
   * @param version its version, or null
   */
  public record Step(String id, NodeRole role, String name, String version) {}

  /**
   * One project using the target.
   *
   * @param sbom the SBOM file, relative to the portfolio folder
   * @param format the format it was read in
   * @param nodes the path: the project first, the matched component (or party) last
   * @param links how each node uses the next: one fewer than {@code nodes}
   */
  public record Use(String sbom, String format, List<Step> nodes, List<LinkKind> links) {
    public Use {
      nodes = List.copyOf(nodes);
      links = List.copyOf(links);
      if (links.size() != nodes.size() - 1) {
        throw new IllegalArgumentException(nodes.size() + " nodes need " + (nodes.size() - 1) + " links, not " + links.size());
      }
    }

    /** The project (the SBOM's subject). */
    public Step project() {
      return nodes.get(0);
    }

    /** How many links the path has. */
    public int length() {
      return links.size();
    }
  }
}
