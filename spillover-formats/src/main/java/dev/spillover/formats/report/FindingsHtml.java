package dev.spillover.formats.report;

import dev.spillover.exposure.ExposurePath;
import dev.spillover.model.Source;
import dev.spillover.policy.AssessmentResult;
import dev.spillover.policy.Evidence;
import dev.spillover.policy.Finding;
import dev.spillover.policy.Verdict;
import dev.spillover.policy.facts.Listing;
import dev.spillover.snapshot.Snapshot;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;

/**
 * A self-contained HTML report in the shared {@link HtmlPage} frame: no scripts, no external
 * resources. The summary, the exposure
 * paths of every finding drawn as one SVG graph, then each finding with its status, evidence and
 * the source of every step. Reads on a phone and prints cleanly.
 */
public final class FindingsHtml {
  private FindingsHtml() {}

  /** Writes {@code result} to {@code out} (which stays open). */
  public static void write(AssessmentResult result, Writer out) throws IOException {
    Snapshot snapshot = result.snapshot();
    String title = "Spillover: " + snapshot.estate().name() + " as of " + result.asOf();
    StringBuilder html = new StringBuilder(16_384);
    Map<Verdict, Integer> counts = result.verdictCounts();
    long withheld = result.findings().stream().filter(f -> f.verdict() == null).count();
    html.append("<p class=\"counts\" id=\"summary\">");
    for (Verdict verdict : Verdict.values()) {
      html.append("<span>").append(counts.get(verdict)).append(' ').append(verdict.label()).append("</span>");
    }
    html.append("<span>").append(withheld).append(" without a verdict that day</span></p>\n");
    html.append("<p>Packs applied:</p>\n<ul class=\"packs\">");
    for (var pack : result.packs()) {
      html.append("<li><strong>").append(Html.escape(pack.id())).append("</strong>: ").append(Html.escape(pack.title()))
          .append(" <span class=\"muted\">(").append(Html.escape(pack.citation())).append(")</span></li>");
    }
    html.append("</ul>\n");

    ExposureGraphSvg graph = new ExposureGraphSvg("exposure-graph");
    for (Finding finding : result.findings()) {
      for (Evidence evidence : finding.evidence()) {
        if (evidence.party() >= 0 && !evidence.listings().isEmpty()) {
          graph.markListed(snapshot.node(evidence.party()).id());
        }
        for (ExposurePath path : evidence.paths()) {
          graph.add(PathStep.of(snapshot, finding.subjectIndex(), path));
        }
      }
    }
    html.append("<h2>Exposure paths</h2>\n");
    if (graph.isEmpty()) {
      html.append("<p>No finding has an exposure path.</p>\n");
    } else {
      html.append("<div class=\"graph\">").append(graph.render()).append("</div>\n");
    }

    html.append("<h2>Findings</h2>\n");
    if (result.findings().isEmpty()) {
      html.append("<p>No rule matched.</p>\n");
    }
    for (Finding finding : result.findings()) {
      appendFinding(html, finding, snapshot);
    }
    List<String> packs = result.packs().stream().map(dev.spillover.policy.Pack::id).toList();
    new HtmlPage(title, snapshot.estate().name(), result.asOf().toString(), packs).write(html, out);
  }

  private static void appendFinding(StringBuilder html, Finding finding, Snapshot snapshot) {
    String verdict = finding.verdict() == null ? "withheld" : finding.verdict().label();
    String badge = finding.verdict() == null
        ? "no verdict (would be " + finding.rule().verdict().label() + ")"
        : finding.verdict().label();
    html.append("<section class=\"finding ").append(verdict).append("\">\n")
        .append("<p><span class=\"badge\">").append(Html.escape(badge)).append("</span> · <span class=\"muted\">")
        .append(Html.escape(finding.pack().id() + "/" + finding.rule().id())).append("</span></p>\n")
        .append("<h3>").append(Html.escape(finding.rule().title())).append("</h3>\n")
        .append("<table class=\"stack\">\n<tr><th>Subject</th><td>").append(Html.escape(finding.subject().name())).append(" (")
        .append(Html.escape(finding.subject().kind().label() + " " + finding.subject().id())).append(")</td></tr>\n")
        .append("<tr><th>Status</th><td>").append(Html.escape(finding.status().describe()));
    if (finding.verdict() != null || finding.status().inForce()) {
      // Withheld although in force: say why (log-only, waived); a status that is not in force says it itself.
      if (finding.verdict() == null) {
        html.append(" — ").append(Html.escape(finding.verdictWithheldBecause()));
      }
    } else {
      html.append(" — no verdict while the rule is not in force");
    }
    if (finding.status().event() != null && finding.status().event().note() != null) {
      html.append("<br><span class=\"muted\">").append(Html.escape(finding.status().event().note())).append("</span>");
    }
    html.append("</td></tr>\n<tr><th>Cites</th><td>").append(Html.escape(finding.rule().citation())).append("</td></tr>\n");
    for (Evidence evidence : finding.evidence()) {
      if (evidence.party() >= 0) {
        html.append("<tr><th>Party</th><td>").append(Html.escape(snapshot.node(evidence.party()).name()));
        for (Listing listing : evidence.listings()) {
          html.append("<br><span class=\"muted\">on ").append(Html.escape(listing.listId()))
              .append(listing.since() == null ? "" : " since " + listing.since()).append(": ")
              .append(Html.escape(listing.basis())).append("</span>");
        }
        html.append("</td></tr>\n");
      }
      for (ExposurePath path : evidence.paths()) {
        html.append("<tr><th>Path</th><td><ol class=\"path\">");
        for (PathStep step : PathStep.of(snapshot, finding.subjectIndex(), path)) {
          Source source = snapshot.estate().sources().get(step.edge().provenance().source());
          html.append("<li>").append(Html.escape(step.from().name())).append(" <em>").append(Html.escape(step.relation()))
              .append("</em> ").append(Html.escape(step.to().name())).append(" <span class=\"muted\">(source: ");
          appendSource(html, source, step.edge().provenance().source());
          html.append(", as of ").append(step.edge().provenance().asOf()).append(")</span></li>");
        }
        html.append("</ol></td></tr>\n");
      }
    }
    appendMeasures(html, finding.measures());
    html.append("</table>\n</section>\n");
  }

  /** Rows for the subject's CIA levels and critical-infrastructure measures, when the assessment computed them. */
  private static void appendMeasures(StringBuilder html, Finding.Measures measures) {
    appendMeasures(html, "CIA", measures.cia(), MeasuresText.CIA, "parties", "through");
    appendMeasures(html, "Critical infrastructure", measures.ci(), MeasuresText.CI, "components", "key components");
  }

  private static void appendMeasures(StringBuilder html, String heading, Map<String, Object> facts, List<String> names,
      String whoKey, String whoLabel) {
    if (facts == null) {
      return;
    }
    html.append("<tr><th>").append(heading).append("</th><td>").append(Html.escape(MeasuresText.summary(facts, names)));
    for (String line : MeasuresText.explanations(facts, names, whoKey, whoLabel)) {
      html.append("<br><span class=\"muted\">").append(Html.escape(line)).append("</span>");
    }
    html.append("</td></tr>\n");
  }

  private static void appendSource(StringBuilder html, Source source, String id) {
    if (source == null) {
      html.append(Html.escape(id));
    } else if (source.url() != null && source.url().matches("(?i)^https?://\\S+$")) {
      html.append("<a href=\"").append(Html.escape(source.url())).append("\">").append(Html.escape(source.title())).append("</a>");
    } else {
      html.append(Html.escape(source.title()));
    }
  }

}
