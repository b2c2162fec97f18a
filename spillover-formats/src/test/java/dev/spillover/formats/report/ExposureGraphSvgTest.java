package dev.spillover.formats.report;

import static dev.spillover.formats.report.ReportFixtures.acme;
import static dev.spillover.formats.report.ReportFixtures.acmeComparison;
import static dev.spillover.formats.report.ReportFixtures.acmeEstate;
import static dev.spillover.formats.report.ReportFixtures.cut;
import static dev.spillover.formats.report.ReportFixtures.html;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.exposure.ExposurePath;
import dev.spillover.policy.AssessmentResult;
import dev.spillover.policy.Evidence;
import dev.spillover.policy.Finding;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** Graphs and charts that share a page: every id on it once, every reference to an id in its own SVG. */
class ExposureGraphSvgTest {
  private static final Pattern URL_REFERENCE = Pattern.compile("url\\(#([^)]+)\\)");

  @Test
  void twoGraphsOnOnePageHaveNoIdInCommon() throws IOException {
    AssessmentResult result = acme();
    ExposureGraphSvg first = graph("first-graph", result);
    ExposureGraphSvg second = graph("second-graph", result);
    StringWriter page = new StringWriter();

    new HtmlPage("two graphs", "acme", "2020-09-21", List.of()).write(first.render() + "\n" + second.render(), page);

    Document document = Jsoup.parse(page.toString());
    assertThat(document.select("svg")).hasSize(2);
    assertThat(ids(document)).doesNotHaveDuplicates()
        .contains("first-graph", "first-graph-title", "first-graph-arrow",
            "second-graph", "second-graph-title", "second-graph-arrow");
    assertReferencesStayInTheirOwnSvg(document);
  }

  @Test
  void drawsTheSameGraphTwiceTheSameWay() {
    AssessmentResult result = acme();

    assertThat(graph("g", result).render()).isEqualTo(graph("g", result).render());
  }

  @Test
  void everyReportPageHasEachIdOnce() {
    List<String> pages = List.of(
        html(acme()),
        html(cut(acmeEstate(), null, "named with --node", "huawei-tech")),
        html(acmeComparison(), ToleranceCurve.of(List.of(
            cut(acmeEstate(), "all", "prohibited by test/all", "huawei-ar-routers", "hikvision-cameras"),
            cut(acmeEstate(), "cameras", "prohibited by test/cameras", "hikvision-cameras")))));
    for (String page : pages) {
      Document document = Jsoup.parse(page);

      assertThat(ids(document)).as(document.title()).doesNotHaveDuplicates();
      assertReferencesStayInTheirOwnSvg(document);
    }
  }

  /** The graph FindingsHtml draws for {@code result}, under {@code id}. */
  private static ExposureGraphSvg graph(String id, AssessmentResult result) {
    ExposureGraphSvg graph = new ExposureGraphSvg(id);
    for (Finding finding : result.findings()) {
      for (Evidence evidence : finding.evidence()) {
        for (ExposurePath path : evidence.paths()) {
          graph.add(PathStep.of(result.snapshot(), finding.subjectIndex(), path));
        }
      }
    }
    assertThat(graph.isEmpty()).as("the fixture has exposure paths").isFalse();
    return graph;
  }

  private static List<String> ids(Document document) {
    return document.select("[id]").eachAttr("id");
  }

  /** Each aria-labelledby and url(#...) inside an SVG names an id of that same SVG. */
  private static void assertReferencesStayInTheirOwnSvg(Document document) {
    for (Element svg : document.select("svg")) {
      List<String> own = svg.select("[id]").eachAttr("id");
      List<String> referenced = new ArrayList<>(svg.select("[aria-labelledby]").eachAttr("aria-labelledby"));
      Matcher matcher = URL_REFERENCE.matcher(svg.outerHtml());
      while (matcher.find()) {
        referenced.add(matcher.group(1));
      }
      assertThat(own).as("ids of %s", svg.id()).containsAll(referenced);
    }
  }
}
