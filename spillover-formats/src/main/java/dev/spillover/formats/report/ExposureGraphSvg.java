package dev.spillover.formats.report;

import dev.spillover.model.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Draws explained paths as one layered SVG graph: subjects in the first column, each further step
 * one column to the right (a node reached at several depths sits at the deepest). Within a column,
 * nodes are ordered by the mean row of the nodes that lead to them, which keeps most edges from
 * crossing. Edge labels sit in the gap between columns, over the lines, on a white halo. Parties on
 * a list are outlined in red; in a blast radius, cut nodes are outlined in red, stopped ones filled
 * red, degraded ones amber with their substitute named ({@link Mark}). Names wrap onto two lines;
 * the full name is the node's tooltip.
 *
 * <p>The ids inside the SVG (its own, its title's, its arrow marker's) start with the id the caller
 * gives, so that several graphs can share one page.
 */
final class ExposureGraphSvg {
  private static final int BOX_WIDTH = 210;
  private static final int GAP = 130;
  private static final int COLUMN = BOX_WIDTH + GAP;
  private static final int BOX_HEIGHT = 52;
  private static final int ROW = 70;
  private static final int MARGIN = 20;
  private static final int LINE_CHARS = 30;
  /** The last line of a box is in a smaller font: more characters fit. */
  private static final int NOTE_CHARS = 38;

  private final Map<String, Node> nodes = new LinkedHashMap<>();
  private final Map<String, Integer> column = new LinkedHashMap<>();
  private final Set<List<String>> edges = new LinkedHashSet<>();
  private final Set<String> listed = new LinkedHashSet<>();
  private final Map<String, Mark> marks = new HashMap<>();
  private final Map<String, String> notes = new HashMap<>();
  private final String id;
  private final String title;

  /** How a node of a blast radius is drawn: its CSS class, fill and outline. */
  enum Mark {
    CUT("cut", "#fde0e0", "#b00020", "2.5"),
    STOPPED("stopped", "#fde0e0", "#7a1020", "1"),
    DEGRADED("degraded", "#fff4d6", "#b35300", "1.5");

    final String cssClass;
    final String fill;
    final String stroke;
    final String strokeWidth;

    Mark(String cssClass, String fill, String stroke, String strokeWidth) {
      this.cssClass = cssClass;
      this.fill = fill;
      this.stroke = stroke;
      this.strokeWidth = strokeWidth;
    }
  }

  /**
   * A graph of exposure paths, from the subjects (left) to the parties (right).
   *
   * @param id the SVG's id and the prefix of the ids inside it; unique on the page
   */
  ExposureGraphSvg(String id) {
    this(id, "Exposure paths from the subjects (left) to the parties (right)");
  }

  /**
   * A graph with {@code title} as its accessible title.
   *
   * @param id the SVG's id and the prefix of the ids inside it; unique on the page
   */
  ExposureGraphSvg(String id, String title) {
    this.id = java.util.Objects.requireNonNull(id, "id");
    this.title = title;
  }

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

  /** Draws node {@code id} with {@code mark}, and {@code note} (or null) as its last line instead of its kind and id. */
  void mark(String id, Mark mark, String note) {
    marks.put(id, mark);
    if (note != null) {
      notes.put(id, note);
    }
  }

  /** Adds a node on no path, in the first column. */
  void addNode(Node node) {
    place(node, 0);
  }

  boolean isEmpty() {
    return nodes.isEmpty();
  }

  private void place(Node node, int depth) {
    nodes.putIfAbsent(node.id(), node);
    column.merge(node.id(), depth, Math::max);
  }

  /** The rows of each node: first column in order of appearance, the others by barycenter. */
  private Map<String, Integer> rows() {
    Map<Integer, List<String>> byColumn = new java.util.TreeMap<>();
    column.forEach((id, c) -> byColumn.computeIfAbsent(c, k -> new ArrayList<>()).add(id));
    Map<String, Integer> rows = new HashMap<>();
    for (Map.Entry<Integer, List<String>> entry : byColumn.entrySet()) {
      List<String> ids = entry.getValue();
      if (entry.getKey() > 0) {
        Map<String, Double> mean = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
          String id = ids.get(i);
          double sum = 0;
          int count = 0;
          for (List<String> edge : edges) {
            if (edge.get(1).equals(id) && rows.containsKey(edge.get(0))) {
              sum += rows.get(edge.get(0));
              count++;
            }
          }
          mean.put(id, count == 0 ? i : sum / count);
        }
        ids.sort(Comparator.comparingDouble(mean::get));
      }
      for (int r = 0; r < ids.size(); r++) {
        rows.put(ids.get(r), r);
      }
    }
    return rows;
  }

  /** The SVG element, with a title for screen readers. */
  String render() {
    Map<String, Integer> rows = rows();
    int columns = column.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    int maxRows = rows.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    Map<String, int[]> position = new LinkedHashMap<>();
    rows.forEach((node, row) -> position.put(node, new int[] {MARGIN + column.get(node) * COLUMN, MARGIN + row * ROW}));
    int width = MARGIN * 2 + (columns - 1) * COLUMN + BOX_WIDTH;
    int height = MARGIN * 2 + (maxRows - 1) * ROW + BOX_HEIGHT;
    String escapedId = Html.escape(id);
    String arrow = escapedId + "-arrow";
    StringBuilder svg = new StringBuilder();
    svg.append("<svg id=\"").append(escapedId).append("\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"")
        .append(escapedId).append("-title\" viewBox=\"0 0 ")
        .append(width).append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"")
        .append(height).append("\">\n")
        .append("<title id=\"").append(escapedId).append("-title\">").append(Html.escape(title)).append("</title>\n")
        .append("<defs><marker id=\"").append(arrow).append("\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto\">")
        .append("<path d=\"M0,0 L10,5 L0,10 z\" fill=\"#555\"/></marker></defs>\n");
    StringBuilder labels = new StringBuilder();
    Set<String> usedLabelSpots = new java.util.HashSet<>();
    for (List<String> edge : edges) {
      int[] from = position.get(edge.get(0));
      int[] to = position.get(edge.get(1));
      int x1 = from[0] + BOX_WIDTH;
      int y1 = from[1] + BOX_HEIGHT / 2;
      int x2 = to[0];
      int y2 = to[1] + BOX_HEIGHT / 2;
      int lx;
      int ly;
      if (x2 <= x1) {
        // Same column (a node reached at two depths): a short vertical link.
        x1 = from[0] + BOX_WIDTH / 2;
        x2 = to[0] + BOX_WIDTH / 2;
        y1 = from[1] + (to[1] > from[1] ? BOX_HEIGHT : 0);
        y2 = to[1] + (to[1] > from[1] ? 0 : BOX_HEIGHT);
        lx = x1 + 6;
        ly = (y1 + y2) / 2;
      } else {
        // The label sits in the gap next to the source box, where lines from one box fan out.
        lx = x1 + GAP / 2;
        ly = y1 + (int) Math.round((y2 - y1) * (GAP / 2.0) / (x2 - x1)) - 4;
      }
      while (!usedLabelSpots.add(lx + ":" + ly / 12)) {
        ly += 12;
      }
      svg.append("<line class=\"edge\" x1=\"").append(x1).append("\" y1=\"").append(y1).append("\" x2=\"").append(x2)
          .append("\" y2=\"").append(y2).append("\" stroke=\"#667\" marker-end=\"url(#")
          .append(arrow).append(")\"/>\n");
      labels.append("<text class=\"relation\" x=\"").append(lx).append("\" y=\"").append(ly)
          .append("\" text-anchor=\"middle\" font-size=\"10\" fill=\"#222\" stroke=\"#fff\" stroke-width=\"3\"")
          .append(" paint-order=\"stroke\">").append(Html.escape(edge.get(2))).append("</text>\n");
    }
    for (Map.Entry<String, int[]> entry : position.entrySet()) {
      appendNode(svg, nodes.get(entry.getKey()), entry.getValue());
    }
    svg.append(labels).append("</svg>");
    return svg.toString();
  }

  private void appendNode(StringBuilder svg, Node node, int[] at) {
    boolean isListed = listed.contains(node.id());
    Mark mark = marks.get(node.id());
    String fill = mark != null ? mark.fill : switch (node.kind()) {
      case SYSTEM -> "#e8f0fe";
      case PRODUCT, COMPONENT -> "#eef7ee";
      case DATASET -> "#fdf3e1";
      default -> "#f5f5f5";
    };
    String stroke = mark != null ? mark.stroke : isListed ? "#b00020" : "#345";
    String strokeWidth = mark != null ? mark.strokeWidth : isListed ? "2.5" : "1";
    List<String> lines = wrap(node.name());
    svg.append("<g class=\"node").append(mark == null ? "" : " " + mark.cssClass).append("\" data-id=\"")
        .append(Html.escape(node.id())).append("\">")
        .append("<rect x=\"").append(at[0]).append("\" y=\"").append(at[1]).append("\" width=\"").append(BOX_WIDTH)
        .append("\" height=\"").append(BOX_HEIGHT).append("\" rx=\"6\" fill=\"").append(fill).append("\" stroke=\"")
        .append(stroke).append("\" stroke-width=\"").append(strokeWidth).append("\"");
    if (mark == Mark.DEGRADED) {
      svg.append(" stroke-dasharray=\"6 3\"");
    }
    svg.append("/>");
    for (int i = 0; i < lines.size(); i++) {
      svg.append("<text x=\"").append(at[0] + 8).append("\" y=\"").append(at[1] + 16 + i * 14)
          .append("\" font-size=\"12\">").append(Html.escape(lines.get(i))).append("</text>");
    }
    svg.append("<text x=\"").append(at[0] + 8).append("\" y=\"").append(at[1] + BOX_HEIGHT - 7)
        .append("\" font-size=\"10\" fill=\"#555\">")
        .append(Html.escape(Text.abbreviate(notes.getOrDefault(node.id(), node.kind().label() + " · " + node.id()),
            NOTE_CHARS)))
        .append("</text><title>").append(Html.escape(node.name())).append("</title></g>\n");
  }

  /** A name on at most two lines of {@value #LINE_CHARS} characters, broken between words where possible. */
  static List<String> wrap(String name) {
    return wrap(name, LINE_CHARS);
  }

  /** A name on at most two lines of {@code lineChars} characters, broken between words where possible. */
  static List<String> wrap(String name, int lineChars) {
    if (name.codePointCount(0, name.length()) <= lineChars) {
      return List.of(name);
    }
    int limit = name.offsetByCodePoints(0, lineChars);
    int cut = name.lastIndexOf(' ', limit);
    if (cut <= 0) {
      cut = limit;
    }
    return List.of(name.substring(0, cut).strip(), Text.abbreviate(name.substring(cut).strip(), lineChars));
  }
}
