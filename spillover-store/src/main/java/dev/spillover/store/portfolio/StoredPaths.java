package dev.spillover.store.portfolio;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The shortest paths kept in a {@code sbom_node} row: for each project of the SBOM that reaches the
 * row's node, the path from the project to it, in node ids of the index. A path longer than {@link
 * #MAX_LINKS} keeps only its last {@code MAX_LINKS} links and names the node where they start; the
 * rest of the path is that node's own path to the same project, in that node's row (every prefix of
 * a shortest-path tree's path is the tree's path to the node where it ends). So a row holds at most
 * {@code MAX_LINKS} links per project, whatever the depth of the SBOM.
 *
 * <p>Packed as, per path: project (int), full length in links (int), start node (int; the project
 * itself when the path is whole), links kept {@code n} (short), the {@code n} nodes after the start
 * (ints) and the {@code n} link kinds (bytes).
 */
final class StoredPaths {
  /** The most links a row keeps of one path. */
  static final int MAX_LINKS = 32;

  /**
   * One path, or the end of one.
   *
   * @param project the project (subject) the path starts from
   * @param length the whole path's length in links
   * @param start where the kept part starts: {@code project} when the path is whole
   * @param nodes the nodes after {@code start}, the row's node last
   * @param kinds how each node uses the next, from {@code start} on: as many as {@code nodes}
   */
  record Path(int project, int length, int start, int[] nodes, LinkKind[] kinds) {
    boolean whole() {
      return start == project;
    }
  }

  private StoredPaths() {}

  /**
   * The paths to local node {@code node} in {@code trees}, in ids of the index ({@code global}
   * maps local numbers to them), packed; null when no project reaches the node (or it is a project
   * and nothing else reaches it).
   */
  static byte[] encode(int node, List<SbomSummary.PathTree> trees, int[] global) {
    int reached = 0;
    int size = 0;
    for (SbomSummary.PathTree tree : trees) {
      if (tree.reaches(node) && tree.subject() != node) {
        reached++;
        size += 14 + 5 * Math.min(MAX_LINKS, tree.depth()[node]);
      }
    }
    if (reached == 0) {
      return null;
    }
    ByteBuffer out = ByteBuffer.allocate(size);
    int[] nodes = new int[MAX_LINKS];
    byte[] kinds = new byte[MAX_LINKS];
    for (SbomSummary.PathTree tree : trees) {
      if (!tree.reaches(node) || tree.subject() == node) {
        continue;
      }
      int kept = Math.min(MAX_LINKS, tree.depth()[node]);
      int x = node;
      for (int i = kept - 1; i >= 0; i--) {
        nodes[i] = global[x];
        kinds[i] = (byte) tree.kind()[x].code;
        x = tree.parent()[x];
      }
      out.putInt(global[tree.subject()]).putInt(tree.depth()[node]).putInt(global[x]).putShort((short) kept);
      for (int i = 0; i < kept; i++) {
        out.putInt(nodes[i]);
      }
      out.put(kinds, 0, kept);
    }
    return out.array();
  }

  /** The paths packed in {@code bytes}; none for null. */
  static List<Path> decode(byte[] bytes) {
    if (bytes == null) {
      return List.of();
    }
    List<Path> paths = new ArrayList<>(1);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    while (in.hasRemaining()) {
      int project = in.getInt();
      int length = in.getInt();
      int start = in.getInt();
      int kept = in.getShort();
      int[] nodes = new int[kept];
      for (int i = 0; i < kept; i++) {
        nodes[i] = in.getInt();
      }
      LinkKind[] kinds = new LinkKind[kept];
      for (int i = 0; i < kept; i++) {
        kinds[i] = LinkKind.of(in.get());
      }
      paths.add(new Path(project, length, start, nodes, kinds));
    }
    return paths;
  }

  /** The path {@code head} then {@code tail}, where {@code tail} starts at the node {@code head} ends at. */
  static Path join(Path head, Path tail) {
    int[] nodes = Arrays.copyOf(head.nodes(), head.nodes().length + tail.nodes().length);
    System.arraycopy(tail.nodes(), 0, nodes, head.nodes().length, tail.nodes().length);
    LinkKind[] kinds = Arrays.copyOf(head.kinds(), head.kinds().length + tail.kinds().length);
    System.arraycopy(tail.kinds(), 0, kinds, head.kinds().length, tail.kinds().length);
    return new Path(head.project(), tail.length(), head.start(), nodes, kinds);
  }
}
