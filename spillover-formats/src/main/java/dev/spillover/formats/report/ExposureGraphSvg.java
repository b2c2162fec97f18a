package dev.spillover.formats.report;

import dev.spillover.model.Node;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws explained paths as one layered SVG graph: subjects in the first column, each further step
 * one column to the right (a node reached at several depths sits at the deepest), edges labelled
 * with their relation. Parties on a list are outlined in red.
 */
final class ExposureGraphSvg {
  private static final int COLUMN = 250;
  private static final int ROW = 64;
  private static final int BOX_WIDTH = 200;
  private static final int BOX_HEIGHT = 40;
  private static final int MARGIN = 20;

  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final Map<String, Integer> column = new LinkedHashMap<>();
  private final Set<List<String>> edges = new LinkedHashSet<>();
  private final Set<String> listed = new LinkedHashSet<>();

  /** Adds one path, given as its steps in reading order. */
  void add(List<PathStep> steps) {
    for (int i = 0; i < steps.size(); i++) {
      PathStep step = steps.get(i);
      place(step.from(), i);
      place(step.to(), i + 1);
      edges.add(List.of(step.from().id(), step.to().id(), step.relation()));
    }
  }

  /** Marks a node as listed (drawn with a red outline). */
  void markListed(String id) {
    listed.add(id);
  }

  boolean isEmpty() {
    return nodes.isEmpty();
  }

  private void place(Node node, int depth) {
    nodes.putIfAbsent(node.id(), node);
    column.merge(node.id(), depth, Math::max);
  }

  /** The SVG element, with a title and description for screen readers. */
  String render() {
    Map<Integer, List<String>> byColumn = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> entry : column.entrySet()) {
      byColumn.computeIfAbsent(entry.getValue(), c -> new ArrayList<>()).add(entry.getKey());
    }
    int columns = byColumn.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    int rows = byColumn.values().stream().mapToInt(List::size).max().orElse(1);
    Map<String, int[]> position = new LinkedHashMap<>();
    byColumn.forEach((c, ids) -> {
      for (int r = 0; r < ids.size(); r++) {
        position.put(ids.get(r), new int[] {MARGIN + c * COLUMN, MARGIN + r * ROW});
      }
    });
    int width = MARGIN * 2 + (columns - 1) * COLUMN + BOX_WIDTH;
    int height = MARGIN * 2 + (rows - 1) * ROW + BOX_HEIGHT;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"graph-title\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\">\n")
        .append("<title id=\"graph-title\">Exposure paths from the subjects (left) to the parties (right)</title>\n")
        .append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
        .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n");
    for (List<String> edge : edges) {
      int[] from = position.get(edge.get(0));
      int[] to = position.get(edge.get(1));
      int x1 = from[0] + BOX_WIDTH;
      int y1 = from[1] + BOX_HEIGHT / 2;
      int x2 = to[0];
      int y2 = to[1] + BOX_HEIGHT / 2;
      if (x2 <= x1) {
        x1 = from[0] + BOX_WIDTH / 2;
        x2 = to[0] + BOX_WIDTH / 2;
        y1 = from[1] + BOX_HEIGHT;
        y2 = to[1];
      }
      svg.append("<line class=\"edge\" x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
          .append("\" y2=\"").append(y2).append("\" stroke=\"#555\" marker-end=\"url(#arrow)\"/>\n");
      svg.append("<text class=\"relation\" x=\"").append((x1 + x2) / 2).append("\" y=\"").append((y1 + y2) / 2 - 4)
          .append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"#333\">").append(Html.escape(edge.get(2))).append("</text>\n");
    }
    for (Map.Entry<String, int[]> entry : position.entrySet()) {
      Node node = nodes.get(entry.getKey());
      int[] at = entry.getValue();
      String stroke = listed.contains(node.id()) ? "#b00020" : "#345";
      String fill = switch (node.kind()) {
        case SYSTEM -> "#e8f0fe";
        case PRODUCT, COMPONENT -> "#eef7ee";
        case DATASET -> "#fdf3e1";
        default -> "#f5f5f5";
      };
      svg.append("<g class=\"node\" data-id=\"").append(Html.escape(node.id())).append("\">")
          .append("<rect x=\"").append(at[0]).append("\" y=\"").append(at[1]).append("\" width=\"").append(BOX_WIDTH)
          .append("\" height=\"").append(BOX_HEIGHT).append("\" rx=\"6\" fill=\"").append(fill).append("\" stroke=\"")
          .append(stroke).append("\" stroke-width=\"").append(listed.contains(node.id()) ? 2.5 : 1).append("\"/>")
          .append("<text x=\"").append(at[0] + 8).append("\" y=\"").append(at[1] + 17).append("\" font-size=\"12\">")
          .append(Html.escape(Text.abbreviate(node.name(), 30))).append("</text>")
          .append("<text x=\"").append(at[0] + 8).append("\" y=\"").append(at[1] + 32)
          .append("\" font-size=\"10\" fill=\"#666\">").append(Html.escape(node.kind().label() + " · " + node.id()))
          .append("</text><title>").append(Html.escape(node.name())).append("</title></g>\n");
    }
    svg.append("</svg>");
    return svg.toString();
  }
}
