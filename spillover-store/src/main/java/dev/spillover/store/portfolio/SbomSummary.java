package dev.spillover.store.portfolio;

import java.util.List;

/**
 * What one SBOM file contributes to the index, read at once and kept only until it is written: the
 * file's identity, every node it names, and for each of its subjects the tree of shortest paths
 * from that subject to everything it uses.
 *
 * @param path the file relative to the portfolio folder, with {@code /} separators
 * @param size its size in bytes
 * @param modified its last-modified time, in milliseconds since the epoch
 * @param sha256 the hex SHA-256 of its content
 * @param format the format read, as {@code SbomInventory} names it (for example {@code CycloneDX JSON})
 * @param nodes every product, component and party the SBOM names; a node's position here is its
 *     local number in {@code trees}
 * @param trees one per subject (project) of the SBOM, in the order the SBOM names them
 */
record SbomSummary(String path, long size, long modified, String sha256, String format,
    List<IndexedNode> nodes, List<PathTree> trees) {
  SbomSummary {
    nodes = List.copyOf(nodes);
    trees = List.copyOf(trees);
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

  /**
   * The shortest paths from one subject, as a breadth-first search over the SBOM's links in document
   * order finds them: {@code parent[x]} is the node before {@code x} on its path (-1 for the subject,
   * -2 when the subject does not reach {@code x}), {@code kind[x]} how the parent uses {@code x}, and
   * {@code depth[x]} the path's length in links. All in local numbers.
   */
  record PathTree(int subject, int[] parent, LinkKind[] kind, int[] depth) {
    static final int ROOT = -1;
    static final int UNREACHED = -2;

    boolean reaches(int node) {
      return parent[node] != UNREACHED;
    }
  }
}
