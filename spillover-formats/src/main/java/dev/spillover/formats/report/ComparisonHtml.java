package dev.spillover.formats.report;

import dev.spillover.exposure.ExposurePath;
import dev.spillover.policy.Evidence;
import dev.spillover.policy.Finding;
import dev.spillover.policy.Pack;
import dev.spillover.policy.Verdict;
import dev.spillover.policy.scenario.AppliedScenario;
import dev.spillover.policy.scenario.ScenarioComparison;
import dev.spillover.policy.scenario.ScenarioComparison.Difference;
import dev.spillover.policy.scenario.ScenarioComparison.Outcome;
import dev.spillover.policy.scenario.ScenarioComparison.Row;
import java.io.IOException;
import java.io.Writer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A scenario comparison as a self-contained HTML page ({@link HtmlPage}): each scenario with its
 * changes, a bar chart per scenario of its subjects by most severe verdict (and those left), when
 * given the tolerance curve ({@link ToleranceCurveHtml}), the side-by-side table, and what changes
 * between the scenarios compared with the reasons and the evidence. The same content as
 * {@link ComparisonTable}, drawn.
 */
public final class ComparisonHtml {
  /** Bar colors per verdict, and for subjects left without one. */
  private static final Map<Verdict, String> COLORS = Map.of(
      Verdict.PROHIBITED, "#b00020", Verdict.RESTRICTED, "#e65100", Verdict.REVIEW, "#f9a825",
      Verdict.ALLOWED, "#2e7d32");
  private static final String LEFT_COLOR = "#90a4ae";

  private ComparisonHtml() {}

  /**
   * Writes {@code comparison} to {@code out} (which stays open), with {@code curve} drawn after the
   * summary charts when it is not null.
   */
  public static void write(ScenarioComparison comparison, ToleranceCurve curve, Writer out) throws IOException {
    List<Outcome> outcomes = comparison.outcomes();
    StringBuilder html = new StringBuilder(32_768);
    scenarios(html, outcomes);
    summary(html, outcomes);
    if (curve != null) {
      // The pictures first: the curve before the long tables.
      html.append(ToleranceCurveHtml.section(curve));
    }
    sideBySide(html, comparison);
    changes(html, comparison);
    Set<String> days = new TreeSet<>();
    Set<String> packs = new LinkedHashSet<>();
    for (Outcome outcome : outcomes) {
      days.add(outcome.scenario().asOf().toString());
      outcome.result().packs().forEach(pack -> packs.add(pack.id()));
    }
    String title = "Spillover: " + outcomes.size() + " scenarios compared in " + comparison.estate().name();
    new HtmlPage(title, comparison.estate().name(), String.join(", ", days), List.copyOf(packs)).write(html, out);
  }

  private static void scenarios(StringBuilder html, List<Outcome> outcomes) {
    html.append("<h2 id=\"scenarios\">Scenarios</h2>\n<ol class=\"scenarios\">\n");
    for (Outcome outcome : outcomes) {
      var scenario = outcome.scenario();
      html.append("<li class=\"scenario\"><strong>").append(Html.escape(scenario.name())).append("</strong> <span class=\"muted\">(")
          .append(Html.escape(scenario.origin())).append(")</span>");
      if (scenario.description() != null) {
        html.append("<br>").append(Html.escape(scenario.description().strip().replaceAll("\\s+", " ")));
      }
      html.append("<br>as of ").append(scenario.asOf()).append(", packs ").append(Html.escape(String.join(", ",
          outcome.result().packs().stream().map(Pack::id).toList())));
      if (outcome.applied().effects().isEmpty()) {
        html.append("<br><span class=\"muted\">no changes to the estate</span>");
      } else {
        html.append("<ul>");
        for (AppliedScenario.Effect effect : outcome.applied().effects()) {
          html.append("<li>change ").append(effect.change().number()).append(": ")
              .append(Html.escape(effect.change().describe())).append("<br><span class=\"muted\">why: ")
              .append(Html.escape(effect.change().reason()));
          if (effect.change().source() != null) {
            html.append("; source: ").append(Html.escape(effect.change().source()));
          }
          html.append("</span>");
          for (String said : effect.effects()) {
            html.append("<br><span class=\"muted\">did: ").append(Html.escape(said)).append("</span>");
          }
          html.append("</li>");
        }
        html.append("</ul>");
      }
      html.append("</li>\n");
    }
    html.append("</ol>\n");
  }

  /** One bar chart per scenario on one scale (the most subjects assessed), then the counts as a table. */
  private static void summary(StringBuilder html, List<Outcome> outcomes) {
    int scale = outcomes.stream().mapToInt(Outcome::subjectsAssessed).max().orElse(1);
    html.append("<h2 id=\"summary\">Subjects by most severe verdict</h2>\n<div class=\"charts\">\n");
    for (Outcome outcome : outcomes) {
      String name = outcome.scenario().name();
      BarChartSvg chart = new BarChartSvg("Subjects by most severe verdict in scenario " + name, scale);
      Map<Verdict, Integer> counts = outcome.subjectsByWorstVerdict();
      for (Verdict verdict : Verdict.values()) {
        chart.add(verdict.label(), counts.get(verdict), COLORS.get(verdict), verdict.label());
      }
      chart.add("left", left(outcome), LEFT_COLOR, "left");
      html.append("<figure class=\"scenario-summary\" data-scenario=\"").append(Html.escape(name)).append("\"><figcaption>")
          .append(Html.escape(name)).append(" <span class=\"muted\">(of ").append(outcome.subjectsAssessed())
          .append(" subjects assessed)</span></figcaption>").append(chart.render()).append("</figure>\n");
    }
    html.append("</div>\n<div class=\"scroll\"><table class=\"data counts\">\n<caption class=\"muted\">")
        .append("The charts' counts: subjects by the most severe verdict that counts; left: no verdict that counts</caption>\n<tr><th></th>");
    for (Outcome outcome : outcomes) {
      html.append("<th class=\"num\">").append(Html.escape(outcome.scenario().name())).append("</th>");
    }
    html.append("</tr>\n");
    for (Verdict verdict : Verdict.values()) {
      html.append("<tr><th>").append(verdict.label()).append("</th>");
      for (Outcome outcome : outcomes) {
        html.append("<td class=\"num\">").append(outcome.subjectsByWorstVerdict().get(verdict)).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("<tr><th>left</th>");
    for (Outcome outcome : outcomes) {
      html.append("<td class=\"num\">").append(left(outcome)).append(" of ").append(outcome.subjectsAssessed()).append("</td>");
    }
    html.append("</tr>\n</table></div>\n");
  }

  /** Subjects assessed that no verdict counts against. */
  static int left(Outcome outcome) {
    int decided = outcome.subjectsByWorstVerdict().values().stream().mapToInt(Integer::intValue).sum();
    return outcome.subjectsAssessed() - decided;
  }

  private static void sideBySide(StringBuilder html, ScenarioComparison comparison) {
    List<Outcome> outcomes = comparison.outcomes();
    html.append("<h2 id=\"side-by-side\">Side by side</h2>\n<p class=\"muted\">- not matched; in brackets: matched, "
        + "but no verdict counts that day.</p>\n");
    if (comparison.rows().isEmpty()) {
      html.append("<p>No rule matched in any scenario.</p>\n");
      return;
    }
    html.append("<div class=\"scroll\"><table class=\"data side-by-side\">\n<tr><th>Subject</th><th>Rule</th>");
    for (Outcome outcome : outcomes) {
      html.append("<th>").append(Html.escape(outcome.scenario().name())).append("</th>");
    }
    html.append("</tr>\n");
    for (Row row : comparison.rows()) {
      html.append("<tr><td>").append(Html.escape(row.subject().name())).append(" <span class=\"muted\">(")
          .append(Html.escape(row.subject().id())).append(")</span></td><td title=\"").append(Html.escape(row.ruleTitle()))
          .append("\">").append(Html.escape(row.pack() + "/" + row.rule())).append("</td>");
      for (int s = 0; s < outcomes.size(); s++) {
        html.append("<td class=\"").append(row.state(s).label()).append("\">")
            .append(Html.escape(ComparisonTable.cell(row.findings().get(s)))).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</table></div>\n");
  }

  private static void changes(StringBuilder html, ScenarioComparison comparison) {
    List<Outcome> outcomes = comparison.outcomes();
    html.append("<h2 id=\"changes\">What changes</h2>\n");
    for (int to = 1; to < outcomes.size(); to++) {
      final int target = to;
      List<Difference> differences = comparison.differences().stream().filter(d -> d.to() == target).toList();
      int from = comparison.baseline() == ScenarioComparison.Baseline.FIRST ? 0 : to - 1;
      html.append("<h3 class=\"pair\">From ‘").append(Html.escape(outcomes.get(from).scenario().name())).append("’ to ‘")
          .append(Html.escape(outcomes.get(to).scenario().name())).append("’: ")
          .append(differences.isEmpty() ? "nothing" : differences.size() + (differences.size() == 1 ? " difference"
              : " differences")).append("</h3>\n");
      for (Difference difference : differences) {
        Row row = difference.row();
        html.append("<section class=\"change ").append(difference.stateAfter().label()).append("\">\n<p><strong>")
            .append(Html.escape(row.subject().name())).append("</strong> <span class=\"muted\">(")
            .append(Html.escape(row.subject().id())).append("), ").append(Html.escape(row.pack() + "/" + row.rule()))
            .append("</span><br><span class=\"badge\">").append(Html.escape(ComparisonTable.label(difference.before())))
            .append(" → ").append(Html.escape(ComparisonTable.label(difference.after()))).append("</span></p>\n<ul class=\"reasons\">");
        for (ScenarioComparison.Reason reason : difference.reasons()) {
          html.append("<li>because ").append(Html.escape(reason.text())).append("</li>");
        }
        html.append("</ul>\n");
        evidence(html, "before", outcomes.get(difference.from()), difference.before());
        evidence(html, "after", outcomes.get(difference.to()), difference.after());
        html.append("</section>\n");
      }
    }
  }

  private static void evidence(StringBuilder html, String when, Outcome outcome, Finding finding) {
    if (finding == null) {
      return;
    }
    for (Evidence evidence : finding.evidence()) {
      for (ExposurePath path : evidence.paths()) {
        html.append("<p class=\"path\"><span class=\"muted\">").append(when).append(":</span> ")
            .append(Html.escape(PathStep.sentence(PathStep.of(outcome.result().snapshot(), finding.subjectIndex(), path))))
            .append("</p>\n");
      }
    }
  }
}
