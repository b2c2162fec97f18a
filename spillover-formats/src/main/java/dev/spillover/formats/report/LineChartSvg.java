package dev.spillover.formats.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoubleFunction;

/**
 * A line chart over named categories as an SVG with a {@code viewBox}, drawn at the width of its
 * container: the categories along x, one or two value axes (the first on the left, the second on
 * the right), and any number of series, each a line with a marker per point on its own axis. A
 * legend names the series; every point carries its value as a tooltip. A series is added with one
 * call ({@link #add}), so a further measure (a cost, for example) needs no change here.
 */
final class LineChartSvg {
  private static final int WIDTH = 520;
  private static final int HEIGHT = 340;
  private static final int LEFT = 70;
  private static final int RIGHT = 76;
  private static final int TOP = 36;
  private static final int BOTTOM = 84;
  /** Ticks on each value axis above zero; an axis top that is a multiple of it gives whole ticks. */
  static final int TICKS = 4;
  private static final int CATEGORY_CHARS = 14;
  private static final int LEGEND_STEP = 190;

  /** A value axis: its label, how a value is written, and its largest value (the top of the chart). */
  record Axis(String label, DoubleFunction<String> format, double max) {
    Axis {
      max = max > 0 ? max : 1;
    }
  }

  /** A series: its name, its axis, one value per category, its color and dash pattern ("" for solid). */
  record Series(String name, Axis axis, double[] values, String color, String dash) {
    Series {
      values = values.clone();
    }
  }

  private final String id;
  private final String title;
  private final String xLabel;
  private final List<String> categories;
  private final Map<Axis, Boolean> axes = new LinkedHashMap<>();
  private final List<Series> series = new ArrayList<>();

  /**
   * @param id a prefix for the ids inside the SVG, unique on the page
   * @param title the chart's title, for screen readers
   * @param xLabel the label of the category axis
   * @param categories the categories, left to right
   */
  LineChartSvg(String id, String title, String xLabel, List<String> categories) {
    this.id = id;
    this.title = title;
    this.xLabel = xLabel;
    this.categories = List.copyOf(categories);
  }

  /**
   * Adds a series; its axis is drawn on the left if it is the first axis, on the right if the second.
   *
   * @throws IllegalArgumentException when the series has not one value per category, or would need a third axis
   */
  LineChartSvg add(Series line) {
    if (line.values().length != categories.size()) {
      throw new IllegalArgumentException("series '" + line.name() + "' has " + line.values().length
          + " values, expected one per category (" + categories.size() + ")");
    }
    if (!axes.containsKey(line.axis()) && axes.size() == 2) {
      throw new IllegalArgumentException("series '" + line.name() + "' needs a third axis; a chart has at most two");
    }
    axes.putIfAbsent(line.axis(), Boolean.TRUE);
    series.add(line);
    return this;
  }

  String render() {
    int plotWidth = WIDTH - LEFT - RIGHT;
    int plotHeight = HEIGHT - TOP - BOTTOM;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"chart line\" id=\"").append(Html.escape(id)).append("\" xmlns=\"http://www.w3.org/2000/svg\"")
        .append(" role=\"img\" aria-labelledby=\"").append(Html.escape(id)).append("-title\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(HEIGHT).append("\" preserveAspectRatio=\"xMinYMin meet\">\n<title id=\"")
        .append(Html.escape(id)).append("-title\">").append(Html.escape(title)).append("</title>\n");
    // Grid and value axes.
    List<Axis> drawn = new ArrayList<>(axes.keySet());
    for (int t = 0; t <= TICKS; t++) {
      double y = TOP + plotHeight - (double) plotHeight * t / TICKS;
      svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(LEFT + plotWidth).append("\" y1=\"").append(num(y))
          .append("\" y2=\"").append(num(y)).append("\" stroke=\"").append(t == 0 ? "#333" : "#ddd").append("\"/>");
      for (int a = 0; a < drawn.size(); a++) {
        Axis axis = drawn.get(a);
        String value = axis.format().apply(axis.max() * t / TICKS);
        svg.append("<text class=\"tick\" x=\"").append(a == 0 ? LEFT - 6 : LEFT + plotWidth + 6).append("\" y=\"")
            .append(num(y + 4)).append("\" text-anchor=\"").append(a == 0 ? "end" : "start")
            .append("\" font-size=\"13\" fill=\"#444\">").append(Html.escape(value)).append("</text>");
      }
      svg.append('\n');
    }
    for (int a = 0; a < drawn.size(); a++) {
      int x = a == 0 ? 14 : WIDTH - 10;
      int y = TOP + plotHeight / 2;
      svg.append("<text class=\"axis-label\" transform=\"translate(").append(x).append(' ').append(y)
          .append(") rotate(").append(a == 0 ? -90 : 90).append(")\" text-anchor=\"middle\" font-size=\"14\">")
          .append(Html.escape(drawn.get(a).label())).append("</text>\n");
    }
    // Categories.
    for (int c = 0; c < categories.size(); c++) {
      double x = x(c, plotWidth);
      List<String> lines = ExposureGraphSvg.wrap(categories.get(c), CATEGORY_CHARS);
      svg.append("<text class=\"category\" x=\"").append(num(x)).append("\" y=\"").append(TOP + plotHeight + 18)
          .append("\" text-anchor=\"middle\" font-size=\"13\">");
      for (int i = 0; i < lines.size(); i++) {
        svg.append("<tspan x=\"").append(num(x)).append("\" dy=\"").append(i == 0 ? 0 : 15).append("\">")
            .append(Html.escape(lines.get(i))).append("</tspan>");
      }
      svg.append("<title>").append(Html.escape(categories.get(c))).append("</title></text>\n");
    }
    svg.append("<text class=\"axis-label\" x=\"").append(LEFT + plotWidth / 2).append("\" y=\"").append(HEIGHT - 8)
        .append("\" text-anchor=\"middle\" font-size=\"14\">").append(Html.escape(xLabel)).append("</text>\n");
    // Series and legend.
    for (int s = 0; s < series.size(); s++) {
      Series line = series.get(s);
      StringBuilder points = new StringBuilder();
      StringBuilder markers = new StringBuilder();
      for (int c = 0; c < categories.size(); c++) {
        double x = x(c, plotWidth);
        double y = TOP + plotHeight - plotHeight * Math.min(1, line.values()[c] / line.axis().max());
        points.append(c == 0 ? "" : " ").append(num(x)).append(',').append(num(y));
        markers.append("<circle cx=\"").append(num(x)).append("\" cy=\"").append(num(y)).append("\" r=\"4\" fill=\"")
            .append(line.color()).append("\"><title>").append(Html.escape(line.name() + ", " + categories.get(c) + ": "
                + line.axis().format().apply(line.values()[c]))).append("</title></circle>");
      }
      svg.append("<g class=\"series\" data-name=\"").append(Html.escape(line.name())).append("\"><polyline points=\"")
          .append(points).append("\" fill=\"none\" stroke=\"").append(line.color()).append("\" stroke-width=\"2.5\"");
      if (!line.dash().isEmpty()) {
        svg.append(" stroke-dasharray=\"").append(line.dash()).append('"');
      }
      svg.append("/>").append(markers).append("</g>\n");
      int lx = LEFT + s * LEGEND_STEP;
      svg.append("<g class=\"legend\"><line x1=\"").append(lx).append("\" x2=\"").append(lx + 24).append("\" y1=\"14\" y2=\"14\" stroke=\"")
          .append(line.color()).append("\" stroke-width=\"2.5\"");
      if (!line.dash().isEmpty()) {
        svg.append(" stroke-dasharray=\"").append(line.dash()).append('"');
      }
      svg.append("/><text x=\"").append(lx + 30).append("\" y=\"18\" font-size=\"14\">")
          .append(Html.escape(line.name() + " (" + (drawn.indexOf(line.axis()) == 0 ? "left" : "right") + ")"))
          .append("</text></g>\n");
    }
    svg.append("</svg>");
    return svg.toString();
  }

  /** The x of category {@code c}: categories spread evenly, half a step in from each side. */
  private double x(int c, int plotWidth) {
    return LEFT + plotWidth * (c + 0.5) / categories.size();
  }

  private static String num(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }
}
