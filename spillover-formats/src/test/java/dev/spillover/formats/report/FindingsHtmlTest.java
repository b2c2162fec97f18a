package dev.spillover.formats.report;

import static dev.spillover.formats.report.ReportFixtures.HOSTILE_PRODUCT;
import static dev.spillover.formats.report.ReportFixtures.HOSTILE_SYSTEM;
import static dev.spillover.formats.report.ReportFixtures.HOSTILE_VENDOR;
import static dev.spillover.formats.report.ReportFixtures.acme;
import static dev.spillover.formats.report.ReportFixtures.hostile;
import static dev.spillover.formats.report.ReportFixtures.hostileWithSourceUrl;
import static dev.spillover.formats.report.ReportFixtures.hostileWithSystemName;
import static dev.spillover.formats.report.ReportFixtures.html;
import static dev.spillover.formats.report.ReportFixtures.nodesOnEvidencePaths;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.policy.AssessmentResult;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The HTML report, parsed with jsoup: self-contained, with one graph node per node on the evidence
 * paths, and safe to open whatever the estate's names say.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FindingsHtmlTest {
  private AssessmentResult acme;
  private AssessmentResult hostile;

  @BeforeAll
  void assess() {
    acme = acme();
    hostile = hostile();
  }

  @Test
  void parsesAsHtmlWithoutAnyError() {
    for (AssessmentResult result : List.of(acme, hostile)) {
      Parser parser = Parser.htmlParser().setTrackErrors(20);

      Document document = Jsoup.parse(html(result), "", parser);

      assertThat(parser.getErrors()).as("parse errors").isEmpty();
      assertThat(document.documentType()).isNotNull();
      assertThat(document.title()).startsWith("Spillover: ");
    }
  }

  @Test
  void isSelfContained() {
    for (AssessmentResult result : List.of(acme, hostile)) {
      String html = html(result);
      Document document = Jsoup.parse(html);

      assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script");
      assertThat(document.select("script, link, iframe, frame, object, embed, img, base")).isEmpty();
      assertThat(document.select("[src]")).as("elements that load something").isEmpty();
      assertThat(document.select("[href]")).allSatisfy(element -> {
        if (element.attr("href").matches("(?i)^\\s*(https?:)?//.*")) {
          assertThat(element.tagName()).as("an http(s) href outside a link: %s", element).isEqualTo("a");
        }
      });
      assertThat(document.select("style").html()).doesNotContain("@import", "url(");
      assertThat(document.select("[style]").eachAttr("style")).noneMatch(style -> style.contains("url("));
    }
  }

  @Test
  void drawsOneGraphNodeForEachNodeOnTheEvidencePaths() {
    for (AssessmentResult result : List.of(acme, hostile)) {
      Document document = Jsoup.parse(html(result));

      assertThat(document.select("svg")).hasSize(1);
      List<String> drawn = document.select("svg g.node").eachAttr("data-id");
      assertThat(drawn).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(nodesOnEvidencePaths(result));
    }
  }

  @Test
  void drawsTheExampleGraphFromThePointOfSaleThroughWeChatPayToTencent() {
    Document document = Jsoup.parse(html(acme));

    assertThat(document.select("svg g.node").eachAttr("data-id"))
        .contains("acme-pos", "wechat-pay", "wechat", "tenpay", "tencent", "acme-workplace", "thinkpad-laptops");
    assertThat(document.select("svg text.relation").eachText()).contains("uses", "depends on", "is owned by");
    assertThat(document.select("svg g.node[data-id=tencent] rect").attr("stroke"))
        .as("a listed party is outlined in red").isEqualTo("#b00020");
  }

  @Test
  void showsOneSectionPerFindingMarkedWithItsVerdict() {
    Document document = Jsoup.parse(html(acme));

    List<Element> sections = document.select("section.finding");
    assertThat(sections).hasSize(acme.findings().size());
    for (int i = 0; i < sections.size(); i++) {
      var finding = acme.findings().get(i);
      String verdict = finding.verdict() == null ? "withheld" : finding.verdict().label();
      assertThat(sections.get(i).hasClass(verdict)).as("section %d has class %s", i, verdict).isTrue();
      assertThat(sections.get(i).selectFirst(".badge").text()).isEqualTo(finding.verdict() == null
          ? "no verdict (would be " + finding.rule().verdict().label() + ")"
          : finding.verdict().label());
      assertThat(sections.get(i).selectFirst("h3").text()).isEqualTo(finding.rule().title());
    }
  }

  @Test
  void linksEachStepToItsSourceWhenTheSourceHasAUrl() {
    Document document = Jsoup.parse(html(acme));

    assertThat(document.select("ol.path a[href]").eachAttr("href"))
        .contains("https://www.federalregister.gov/documents/2020/08/11/2020-17700")
        .allSatisfy(href -> assertThat(href).startsWith("https://"));
  }

  @Test
  void escapesHostileNamesInTextAndInTheGraph() {
    String html = html(hostile);
    Document document = Jsoup.parse(html);

    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;").doesNotContain(HOSTILE_SYSTEM, HOSTILE_VENDOR);
    assertThat(document.select("script, img, b, i, cite, pack, estate, more")).isEmpty();
    assertThat(document.select("section.finding h3").eachText()).containsOnly("Any <em>CN</em> exposure");
    assertThat(document.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
        .extracting(Attribute::getKey).noneMatch(key -> key.toLowerCase(Locale.ROOT).startsWith("on")));
    assertThat(document.select("section.finding td").eachText())
        .anySatisfy(text -> assertThat(text).contains(HOSTILE_SYSTEM))
        .anySatisfy(text -> assertThat(text).contains(HOSTILE_VENDOR));
    assertThat(document.select("svg g.node[data-id=pos] > title").text()).isEqualTo(HOSTILE_SYSTEM);
    assertThat(document.select("svg g.node[data-id=app] > title").text()).isEqualTo(HOSTILE_PRODUCT);
    assertThat(document.title()).isEqualTo("Spillover: Hostile <estate> & \"co\" as of 2020-09-21");
  }

  @Test
  void makesOnlyHttpSourceUrlsIntoLinks() {
    Document document = Jsoup.parse(html(hostileWithSourceUrl("javascript:alert(1)")));

    assertThat(document.select("a[href]").eachAttr("href"))
        .allSatisfy(href -> assertThat(href).matches("(?i)^https?://.*"));
  }

  @Test
  void truncatesLongNamesBetweenCharacters() {
    String name = "x".repeat(28) + "\uD83D\uDE00 long name with an emoji at the cut";
    String html = html(hostileWithSystemName(name));

    long halfCharacters = html.codePoints().filter(c -> Character.getType(c) == Character.SURROGATE).count();
    assertThat(halfCharacters).as("lone surrogates").isZero();
  }
}
