package dev.spillover.formats.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as an SVG with a {@code viewBox}, drawn at the width of its container:
 * one labelled bar per value, each with its count written after it. Charts drawn with the same
 * {@code scale} can be compared by eye (the scenario summaries share the largest count).
 */
final class BarChartSvg {
  private static final int WIDTH = 360;
  private static final int LABEL_WIDTH = 92;
  private static final int VALUE_SPACE = 44;
  private static final int BAR_HEIGHT = 18;
  private static final int ROW = 26;
  private static final int TOP = 6;

  /** One bar: its label, its value, its color and the CSS class of its group. */
  record Bar(String label, int value, String color, String cssClass) {}

  private final String title;
  private final int scale;
  private final List<Bar> bars = new ArrayList<>();

  /**
   * @param title the chart's title, for screen readers and as its tooltip
   * @param scale the value a full-length bar stands for (at least 1)
   */
  BarChartSvg(String title, int scale) {
    this.title = title;
    this.scale = Math.max(1, scale);
  }

  BarChartSvg add(String label, int value, String color, String cssClass) {
    bars.add(new Bar(label, value, color, cssClass));
    return this;
  }

  String render() {
    int height = TOP * 2 + bars.size() * ROW;
    int room = WIDTH - LABEL_WIDTH - VALUE_SPACE;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg class=\"chart bars\" xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 ")
        .append(WIDTH).append(' ').append(height).append("\" preserveAspectRatio=\"xMinYMin meet\">")
        .append("<title>").append(Html.escape(title)).append("</title>\n");
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = TOP + i * ROW;
      int length = bar.value() == 0 ? 0 : Math.max(2, (int) Math.round((double) bar.value() * room / scale));
      svg.append("<g class=\"bar ").append(Html.escape(bar.cssClass())).append("\" data-value=\"").append(bar.value())
          .append("\"><text x=\"").append(LABEL_WIDTH - 6).append("\" y=\"").append(y + BAR_HEIGHT - 5)
          .append("\" text-anchor=\"end\" font-size=\"12\">").append(Html.escape(bar.label())).append("</text>")
          .append("<rect x=\"").append(LABEL_WIDTH).append("\" y=\"").append(y).append("\" width=\"").append(length)
          .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"").append(bar.color()).append("\"/>")
          .append("<text x=\"").append(LABEL_WIDTH + length + 4).append("\" y=\"").append(y + BAR_HEIGHT - 5)
          .append("\" font-size=\"12\">").append(String.format(Locale.ROOT, "%,d", bar.value())).append("</text></g>\n");
    }
    svg.append("</svg>");
    return svg.toString();
  }
}
