package dev.spillover.formats.report;

import dev.spillover.model.Node;
import dev.spillover.model.SystemAsset;
import dev.spillover.snapshot.Snapshot;
import dev.spillover.spill.BlastRadius;
import dev.spillover.spill.ComplementLoss;
import dev.spillover.spill.Splinter;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A blast radius as a self-contained HTML page ({@link HtmlPage}): what was cut and why, the
 * splinter measures (as a bar chart and a table), the blast radius drawn as a graph from the cut
 * nodes to what stops or degrades through them (substitutes named on degraded nodes), and the
 * table of every node that stops or degrades with its path. The graph draws at most
 * {@value #MAX_DRAWN} nodes, nearest the cut first, and says how many it leaves out; the table
 * holds them all. The same content as {@link BlastRadiusTable}, drawn.
 */
public final class BlastRadiusHtml {
  /** The most nodes the graph draws: beyond it, a layered graph no longer reads on a page. */
  public static final int MAX_DRAWN = 40;

  private BlastRadiusHtml() {}

  /** Writes {@code report} to {@code out} (which stays open). */
  public static void write(BlastRadiusReport report, Writer out) throws IOException {
    Snapshot snapshot = report.snapshot();
    BlastRadius radius = report.radius();
    StringBuilder html = new StringBuilder(32_768);
    if (report.scenario() != null) {
      html.append("<p>Scenario <strong>").append(Html.escape(report.scenario())).append("</strong>");
      if (report.scenarioDescription() != null) {
        html.append(": ").append(Html.escape(report.scenarioDescription().strip().replaceAll("\\s+", " ")));
      }
      html.append("</p>\n");
    }
    cuts(html, report);
    splinter(html, radius.splinter());
    graph(html, report);
    hits(html, report);
    complements(html, report);
    String title = "Spillover: blast radius in " + snapshot.estate().name()
        + (report.scenario() == null ? "" : ", scenario " + report.scenario());
    new HtmlPage(title, snapshot.estate().name(), snapshot.asOf().toString(), List.of()).write(html, out);
  }

  private static void cuts(StringBuilder html, BlastRadiusReport report) {
    Snapshot snapshot = report.snapshot();
    html.append("<h2 id=\"cut\">Cut (").append(report.cuts().size()).append(")</h2>\n");
    if (report.cuts().isEmpty()) {
      html.append("<p>Nothing is cut.</p>\n");
      return;
    }
    html.append("<div class=\"scroll\"><table class=\"data cuts\">\n<tr><th>node</th><th>kind</th><th>status</th>")
        .append("<th>why</th></tr>\n");
    for (BlastRadiusReport.Cut cut : report.cuts()) {
      Node node = snapshot.node(cut.node());
      BlastRadius.Status status = report.radius().status(cut.node());
      html.append("<tr><td>").append(Html.escape(node.name())).append(" <span class=\"muted\">(").append(Html.escape(node.id()))
          .append(")</span></td><td>").append(Html.escape(node.kind().label())).append("</td><td class=\"")
          .append(status.label()).append("\">").append(status.label()).append("</td><td>")
          .append(Html.escape(String.join("; ", cut.reasons())));
      String substitutes = substitutes(report, cut.node());
      if (!substitutes.isEmpty()) {
        html.append("<br>substitute available: ").append(Html.escape(substitutes));
      }
      html.append("</td></tr>\n");
    }
    html.append("</table></div>\n");
  }

  private static void splinter(StringBuilder html, Splinter splinter) {
    Splinter.Count technology = splinter.technology();
    html.append("<h2 id=\"splinter\">Splinter</h2>\n<div class=\"charts\">\n<figure class=\"splinter\"><figcaption>")
        .append("Products, components and systems</figcaption>")
        .append(new BarChartSvg("Products, components and systems: stopped, degraded, unaffected", technology.total())
            .add("stopped", technology.stopped(), "#b00020", "stopped")
            .add("degraded", technology.degraded(), "#e65100", "degraded")
            .add("unaffected", technology.total() - technology.stopped() - technology.degraded(), "#90a4ae", "unaffected")
            .render())
        .append("</figure>\n</div>\n<div class=\"scroll\"><table class=\"data splinter\">\n<tr><th>of</th>")
        .append("<th class=\"num\">total</th><th class=\"num\">stopped</th><th class=\"num\">share stopped</th>")
        .append("<th class=\"num\">degraded</th></tr>\n");
    row(html, "products, components, systems", technology);
    SystemAsset.Criticality[] levels = SystemAsset.Criticality.values();
    for (int i = levels.length - 1; i >= 0; i--) {
      Splinter.Count c = splinter.systemsByCriticality().get(levels[i]);
      if (c.total() > 0) {
        row(html, levels[i].name().toLowerCase(Locale.ROOT) + " systems", c);
      }
    }
    Splinter.Users users = splinter.users();
    html.append("<tr><th>users of systems</th><td class=\"num\">").append(String.format(Locale.ROOT, "%,d", users.total()))
        .append("</td><td class=\"num\">").append(String.format(Locale.ROOT, "%,d", users.stopped()))
        .append("</td><td class=\"num\">").append(percent(users.stoppedShare())).append("</td><td class=\"num\">")
        .append(String.format(Locale.ROOT, "%,d", users.degraded())).append("</td></tr>\n</table></div>\n");
    if (users.systemsWithoutUsers() > 0) {
      html.append("<p class=\"muted\">").append(users.systemsWithoutUsers()).append(" systems declare no users.</p>\n");
    }
  }

  private static void row(StringBuilder html, String label, Splinter.Count c) {
    html.append("<tr><th>").append(Html.escape(label)).append("</th><td class=\"num\">").append(c.total())
        .append("</td><td class=\"num\">").append(c.stopped()).append("</td><td class=\"num\">")
        .append(percent(c.stoppedShare())).append("</td><td class=\"num\">").append(c.degraded()).append("</td></tr>\n");
  }

  /** The graph of the first {@value #MAX_DRAWN} hit nodes: each one's path back to a cut node comes before it. */
  private static void graph(StringBuilder html, BlastRadiusReport report) {
    BlastRadius radius = report.radius();
    Snapshot snapshot = report.snapshot();
    int[] hit = radius.hitNodes();
    html.append("<h2 id=\"graph\">Blast radius</h2>\n");
    if (hit.length == 0) {
      html.append("<p>Nothing stops or degrades.</p>\n");
      return;
    }
    ExposureGraphSvg graph = new ExposureGraphSvg("blast-radius-graph",
        "Blast radius: the cut nodes (left) and what stops or degrades through them (to the right)");
    int drawn = Math.min(hit.length, MAX_DRAWN);
    for (int i = 0; i < drawn; i++) {
      int n = hit[i];
      Node node = snapshot.node(n);
      String substitutes = substitutes(report, n);
      BlastRadius.Status status = radius.status(n);
      ExposureGraphSvg.Mark mark = radius.isCut(n) ? ExposureGraphSvg.Mark.CUT
          : status == BlastRadius.Status.DEGRADED ? ExposureGraphSvg.Mark.DEGRADED : ExposureGraphSvg.Mark.STOPPED;
      String note = radius.isCut(n) ? "cut · " + status.label() + " · " + node.id()
          : substitutes.isEmpty() ? status.label() + " · " + node.id() : "substitute: " + substitutes;
      graph.mark(node.id(), mark, note);
      if (radius.isCut(n)) {
        graph.addNode(node);
      } else {
        graph.add(stepsFromCut(report, n));
      }
    }
    html.append("<p class=\"muted\">Outlined in red: cut; red: stopped; amber, dashed: degraded (a substitute is available). ");
    if (drawn < hit.length) {
      html.append("Drawn: the ").append(drawn).append(" nodes nearest the cut; ").append(hit.length - drawn)
          .append(" more are left out of the graph. The table below lists all ").append(hit.length).append(".");
    } else {
      html.append("All ").append(hit.length).append(" nodes hit are drawn.");
    }
    html.append("</p>\n<div class=\"graph\">").append(graph.render()).append("</div>\n");
  }

  /** The path of hit node {@code n}, from its cut node to it, each step read in that direction. */
  private static List<PathStep> stepsFromCut(BlastRadiusReport report, int n) {
    List<BlastRadiusReport.Step> path = report.path(n);
    List<PathStep> steps = new ArrayList<>();
    for (int i = path.size() - 1; i >= 1; i--) {
      BlastRadiusReport.Step step = path.get(i);
      // step.verb() reads "previous verb this"; walking the other way, the inverse reads "this ... previous".
      String relation = step.forward() ? step.edge().kind().inverseVerb() : step.edge().kind().verb();
      steps.add(new PathStep(step.node(), relation, path.get(i - 1).node(), step.edge(), step.forward()));
    }
    return steps;
  }

  private static void hits(StringBuilder html, BlastRadiusReport report) {
    BlastRadius radius = report.radius();
    Snapshot snapshot = report.snapshot();
    List<Integer> rows = new ArrayList<>();
    for (int n : radius.hitNodes()) {
      if (!radius.isCut(n)) {
        rows.add(n);
      }
    }
    html.append("<h2 id=\"hit\">Stopped or degraded through them (").append(rows.size()).append(")</h2>\n");
    if (rows.isEmpty()) {
      html.append("<p>Nothing else.</p>\n");
      return;
    }
    html.append("<div class=\"scroll\"><table class=\"data hits\">\n<tr><th>status</th><th>kind</th><th>node</th>")
        .append("<th>criticality</th><th class=\"num\">users</th><th>why</th></tr>\n");
    for (int n : rows) {
      Node node = snapshot.node(n);
      String criticality = BlastRadiusReport.criticality(node);
      Long users = BlastRadiusReport.users(node);
      String status = radius.status(n).label();
      html.append("<tr data-id=\"").append(Html.escape(node.id())).append("\"><td class=\"").append(status).append("\">")
          .append(status).append("</td><td>").append(Html.escape(node.kind().label())).append("</td><td>")
          .append(Html.escape(node.name())).append(" <span class=\"muted\">(").append(Html.escape(node.id()))
          .append(")</span></td><td>").append(criticality == null ? "-" : criticality).append("</td><td class=\"num\">")
          .append(users == null ? "-" : String.format(Locale.ROOT, "%,d", users)).append("</td><td class=\"why\">")
          .append(Html.escape(why(report, n))).append("</td></tr>\n");
    }
    html.append("</table></div>\n");
  }

  private static void complements(StringBuilder html, BlastRadiusReport report) {
    List<ComplementLoss> losses = ComplementLoss.of(report.radius());
    if (losses.isEmpty()) {
      return;
    }
    Snapshot snapshot = report.snapshot();
    html.append("<h2 id=\"complements\">Complements lost (").append(losses.size()).append(")</h2>\n")
        .append("<p class=\"muted\">Users prefer the complement R to 1, so R/(R+1) of them are expected to drop the node.</p>\n")
        .append("<div class=\"scroll\"><table class=\"data complements\">\n<tr><th>node</th><th>status</th>")
        .append("<th>complements</th><th class=\"num\">ratio</th><th class=\"num\">share lost</th><th class=\"num\">users</th>")
        .append("<th class=\"num\">users lost</th></tr>\n");
    for (ComplementLoss loss : losses) {
      html.append("<tr><td>").append(Html.escape(snapshot.node(loss.node()).id())).append("</td><td>")
          .append(report.radius().status(loss.node()).label()).append("</td><td>")
          .append(Html.escape(snapshot.node(loss.complement()).id())).append("</td><td class=\"num\">")
          .append(BlastRadiusTable.ratio(loss.ratio())).append(" to 1</td><td class=\"num\">").append(percent(loss.share()))
          .append("</td><td class=\"num\">").append(loss.users() == null ? "-" : String.format(Locale.ROOT, "%,d", loss.users()))
          .append("</td><td class=\"num\">")
          .append(loss.usersLost() == null ? "-" : String.format(Locale.ROOT, "%,d", loss.usersLost())).append("</td></tr>\n");
    }
    html.append("</table></div>\n");
  }

  private static String why(BlastRadiusReport report, int n) {
    StringBuilder text = new StringBuilder();
    List<BlastRadiusReport.Step> path = report.path(n);
    for (int i = 1; i < path.size(); i++) {
      text.append(i == 1 ? "" : ", which ").append(path.get(i).verb()).append(' ').append(path.get(i).node().id());
    }
    String substitutes = substitutes(report, n);
    if (!substitutes.isEmpty()) {
      text.append("; substitute available: ").append(substitutes);
    }
    return text.toString();
  }

  private static String substitutes(BlastRadiusReport report, int n) {
    List<String> ids = new ArrayList<>();
    report.radius().availableSubstitutes(n).forEach(s -> ids.add(report.snapshot().node(s).id()));
    return String.join(", ", ids);
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", share * 100);
  }
}
