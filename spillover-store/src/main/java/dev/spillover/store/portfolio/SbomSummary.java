package dev.spillover.store.portfolio;

import java.util.List;

/**
 * What one SBOM file contributes to the index, read at once and kept only until it is written: the
 * file's identity, its subjects, every node it names and every link between them.
 *
 * @param path the file relative to the portfolio folder, with {@code /} separators
 * @param size its size in bytes
 * @param modified its last-modified time, in milliseconds since the epoch
 * @param sha256 the hex SHA-256 of its content
 * @param format the format read, as {@code SbomInventory} names it (for example {@code CycloneDX JSON})
 * @param subjects node keys of the SBOM's subjects (its projects)
 * @param nodes every product, component and party the SBOM names
 * @param links the links between them, in document order
 */
record SbomSummary(String path, long size, long modified, String sha256, String format,
    List<String> subjects, List<IndexedNode> nodes, List<Link> links) {
  SbomSummary {
    subjects = List.copyOf(subjects);
    nodes = List.copyOf(nodes);
    links = List.copyOf(links);
  }

  /**
   * A node as the index keeps it.
   *
   * @param key the Spillover node id (a canonical package URL, {@code product:…}, {@code org:…})
   * @param kind what it is
   * @param name its name as the SBOM gives it
   * @param purlBase its package URL without version, qualifiers or subpath; null without one
   * @param version its version; null when not known
   */
  record IndexedNode(String key, NodeRole kind, String name, String purlBase, String version) {}

  /** {@code user} uses {@code used} by {@code kind}: a project or component depends on or embeds a component, or a component is published, manufactured, developed or operated by a party. */
  record Link(String user, String used, LinkKind kind) {}
}
