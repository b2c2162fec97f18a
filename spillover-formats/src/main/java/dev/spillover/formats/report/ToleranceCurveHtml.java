package dev.spillover.formats.report;

import java.util.List;
import java.util.Locale;

/**
 * The tolerance curve as a section of an HTML page: a line chart ({@link LineChartSvg}) with the
 * levels along x, the assets cut on the left axis and the share of the exposure removed on the
 * right, and beside it the same figures as a table, for screen readers and for print. Each measure
 * is one {@link LineChartSvg.Series} and one table column: a further measure is one more of each.
 */
final class ToleranceCurveHtml {
  private static final String CUT_COLOR = "#1565c0";
  private static final String REMOVED_COLOR = "#b00020";
  private static final String DASHED = "6 4";

  private ToleranceCurveHtml() {}

  /** The section, headed "Tolerance curve". */
  static String section(ToleranceCurve curve) {
    List<ToleranceCurve.Level> levels = curve.levels();
    List<String> names = levels.stream().map(ToleranceCurve.Level::scenario).toList();
    double[] cut = new double[levels.size()];
    double[] removed = new double[levels.size()];
    for (int i = 0; i < levels.size(); i++) {
      cut[i] = levels.get(i).assetsCut();
      removed[i] = curve.exposureRemoved(levels.get(i));
    }
    LineChartSvg.Axis assets = new LineChartSvg.Axis("assets cut", v -> String.format(Locale.ROOT, "%,.0f", v),
        niceMax(curve.exposedAssets()));
    LineChartSvg.Axis share = new LineChartSvg.Axis("share of exposure removed", ToleranceCurveHtml::percent, 1);
    String chart = new LineChartSvg("tolerance-curve", "Tolerance curve of " + curve.estate()
        + ": assets cut and share of the exposure removed at each level", "level (scenario, in the order given)", names)
        .add(new LineChartSvg.Series("assets cut", assets, cut, CUT_COLOR, ""))
        .add(new LineChartSvg.Series("exposure removed", share, removed, REMOVED_COLOR, DASHED))
        .render();
    StringBuilder html = new StringBuilder(8_192);
    html.append("<h2 id=\"tolerance\">Tolerance curve</h2>\n<p>").append(levels.size())
        .append(" levels, in the order given. Exposure: ").append(curve.exposedAssets())
        .append(" products, components and systems cut at some level; a level removes the share of them it cuts.</p>\n")
        .append("<div class=\"curve\">\n<figure class=\"tolerance\">").append(chart)
        .append("<figcaption class=\"muted\">Assets cut (left axis, solid) and share of the exposure removed "
            + "(right axis, dashed) per level.</figcaption></figure>\n")
        .append("<div class=\"scroll\"><table class=\"data tolerance\">\n<tr><th>level</th><th>as of</th>")
        .append("<th class=\"num\">prohibited</th><th class=\"num\">restricted</th><th class=\"num\">withdrawn</th>")
        .append("<th class=\"num\">assets cut</th><th class=\"num\">exposure removed</th><th class=\"num\">stopped</th>")
        .append("<th class=\"num\">degraded</th><th class=\"num\">users stopped</th>")
        .append("<th class=\"num\">replacement cost</th><th class=\"num\">no cost declared</th></tr>\n");
    for (ToleranceCurve.Level level : levels) {
      html.append("<tr><th>").append(Html.escape(level.scenario())).append("</th><td class=\"num\">").append(Html.escape(level.asOf()))
          .append("</td>").append(num(level.prohibited())).append(num(level.restricted())).append(num(level.withdrawn()))
          .append(num(level.assetsCut())).append("<td class=\"num\">").append(percent(curve.exposureRemoved(level)))
          .append("</td><td class=\"num\">").append(level.technology().stopped()).append(" of ")
          .append(level.technology().total()).append("</td>").append(num(level.technology().degraded()))
          .append("<td class=\"num\">").append(String.format(Locale.ROOT, "%,d of %,d (%s)", level.users().stopped(),
              level.users().total(), percent(level.users().stoppedShare()))).append("</td><td class=\"num\">")
          .append(Html.escape(ToleranceCurveOutput.costs(level.replacementCosts()))).append("</td>")
          .append(num(level.assetsWithoutCost())).append("</tr>\n");
    }
    html.append("</table></div>\n</div>\n<p class=\"muted\">Replacement cost: the declared replacement costs of the assets cut, "
        + "summed per currency (never converted); 'no cost declared' counts the assets cut that declare none, which "
        + "the sums leave out.</p>\n");
    return html.toString();
  }

  /** The top of a count axis: at least 1, rounded up to a multiple of the tick count so ticks are whole. */
  static double niceMax(int max) {
    int ticks = LineChartSvg.TICKS;
    return Math.max(ticks, (int) Math.ceil(max / (double) ticks) * ticks);
  }

  private static String num(int value) {
    return "<td class=\"num\">" + String.format(Locale.ROOT, "%,d", value) + "</td>";
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", share * 100);
  }
}
