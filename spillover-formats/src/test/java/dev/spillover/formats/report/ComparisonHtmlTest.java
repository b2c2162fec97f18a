package dev.spillover.formats.report;

import static dev.spillover.formats.report.ReportFixtures.HOSTILE_PRODUCT;
import static dev.spillover.formats.report.ReportFixtures.HOSTILE_SYSTEM;
import static dev.spillover.formats.report.ReportFixtures.HOSTILE_VENDOR;
import static dev.spillover.formats.report.ReportFixtures.acmeComparison;
import static dev.spillover.formats.report.ReportFixtures.acmeEstate;
import static dev.spillover.formats.report.ReportFixtures.cut;
import static dev.spillover.formats.report.ReportFixtures.hostileComparison;
import static dev.spillover.formats.report.ReportFixtures.html;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.model.Estate;
import dev.spillover.policy.scenario.ScenarioComparison;
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
 * The scenario comparison page, parsed with jsoup: the counts drawn are the comparison's (worked by
 * hand from the Acme scenarios, as in the CLI's golden file), every row and difference is shown,
 * the tolerance curve is drawn where the points belong, and hostile names stay text.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComparisonHtmlTest {
  private ScenarioComparison acme;
  private ScenarioComparison hostile;

  @BeforeAll
  void compare() {
    acme = acmeComparison();
    hostile = hostileComparison();
  }

  @Test
  void parsesWithoutErrorsAndIsSelfContained() {
    for (String html : List.of(html(acme, null), html(acme, curve()), html(hostile, null))) {
      Parser parser = Parser.htmlParser().setTrackErrors(20);
      Document document = Jsoup.parse(html, "", parser);

      assertThat(parser.getErrors()).as("parse errors").isEmpty();
      assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("<script");
      assertThat(document.select("script, link, iframe, object, embed, img, base, [src]")).isEmpty();
      assertThat(document.select("style").html()).doesNotContain("@import", "url(");
      assertThat(document.select("meta[name=viewport]").attr("content")).contains("width=device-width");
      assertThat(document.select("svg")).allSatisfy(svg -> assertThat(svg.attr("viewBox")).isNotEmpty());
    }
  }

  @Test
  void drawsTheCountsOfEachScenarioAsBars() {
    Document document = Jsoup.parse(html(acme, null));

    List<Element> figures = document.select("figure.scenario-summary");
    assertThat(figures).extracting(f -> f.attr("data-scenario")).containsExactly("as announced", "broad", "zero tolerance");
    // From the golden file: prohibited 4, 5, 15; review 1, 1, 0; left 12 of 17, 11 of 17, 3 of 18.
    assertThat(bars(figures.get(0))).containsExactly(4, 0, 1, 0, 12);
    assertThat(bars(figures.get(1))).containsExactly(5, 0, 1, 0, 11);
    assertThat(bars(figures.get(2))).containsExactly(15, 0, 0, 0, 3);
    assertThat(figures.get(0).select("g.bar").eachAttr("class"))
        .containsExactly("bar prohibited", "bar restricted", "bar review", "bar allowed", "bar left");
    // One scale for all: 18 subjects (the most assessed) fill the bar, so 15 prohibited is longest.
    double full = width(figures.get(2), "prohibited");
    assertThat(width(figures.get(0), "prohibited")).isCloseTo(full * 4 / 15, org.assertj.core.data.Offset.offset(1.0));
    assertThat(document.select("table.counts tr:last-child td").eachText())
        .containsExactly("12 of 17", "11 of 17", "3 of 18");
  }

  private static List<Integer> bars(Element figure) {
    return figure.select("g.bar").eachAttr("data-value").stream().map(Integer::valueOf).toList();
  }

  private static double width(Element figure, String bar) {
    return Double.parseDouble(figure.selectFirst("g.bar." + bar + " rect").attr("width"));
  }

  @Test
  void showsEveryRowSideBySideWithEachScenariosOutcome() {
    Document document = Jsoup.parse(html(acme, null));

    List<Element> rows = document.select("table.side-by-side tr:has(td)");
    assertThat(rows).hasSize(acme.rows().size());
    Element cameras = rows.stream()
        .filter(r -> r.text().contains("(acme-store-security)") && r.text().contains("ndaa-889/use-by-contractor"))
        .findFirst().orElseThrow();
    assertThat(cameras.select("td").eachText()).endsWith("prohibited", "prohibited", "-");
    assertThat(cameras.select("td.prohibited")).hasSize(2);
    Element pos = rows.stream().filter(r -> r.text().contains("eo-13943/wechat-payments")).findFirst().orElseThrow();
    assertThat(pos.select("td").eachText()).endsWith("(enjoined)", "(enjoined)", "-");
  }

  @Test
  void showsEachChangeWithItsReasons() {
    Document document = Jsoup.parse(html(acme, null));

    assertThat(document.select("h3.pair").eachText()).hasSize(2)
        .allSatisfy(text -> assertThat(text).startsWith("From ‘"));
    List<Element> changes = document.select("section.change");
    assertThat(changes).hasSize(acme.differences().size());
    for (int i = 0; i < changes.size(); i++) {
      var difference = acme.differences().get(i);
      assertThat(changes.get(i).select("ul.reasons li")).hasSize(difference.reasons().size());
      assertThat(changes.get(i).selectFirst(".badge").text()).isEqualTo(
          ComparisonTable.label(difference.before()) + " → " + ComparisonTable.label(difference.after()));
    }
    // Broad lists Lenovo: the laptops become prohibited, because of the scenario's change 1.
    assertThat(changes).anySatisfy(change -> assertThat(change.text())
        .contains("(thinkpad-laptops), ndaa-889/procurement").contains("not matched → prohibited")
        .contains("change 1"));
  }

  @Test
  void drawsTheToleranceCurveOnlyWhenGiven() {
    assertThat(Jsoup.parse(html(acme, null)).select("#tolerance, svg#tolerance-curve")).isEmpty();

    Document document = Jsoup.parse(html(acme, curve()));

    Element chart = document.selectFirst("svg#tolerance-curve");
    assertThat(chart).isNotNull();
    assertThat(chart.select("g.series").eachAttr("data-name")).containsExactly("assets cut", "exposure removed");
    assertThat(chart.select("text.axis-label").eachText())
        .contains("assets cut", "share of exposure removed", "level (scenario, in the order given)");
    // Exposure: 3 assets. Level 'all' cuts 3 (100 %), level 'cameras' 1 (33.3 %). The count axis
    // tops at 4 (whole ticks); the plot spans y 36 (top) to 256 (zero): 256 - 220 * 3/4 = 91.0,
    // 256 - 220/4 = 201.0; the share axis tops at 100 %: 36.0, and 256 - 220/3 = 182.7.
    assertThat(chart.select("g.series[data-name=assets cut] circle").eachAttr("cy")).containsExactly("91.0", "201.0");
    assertThat(chart.select("g.series[data-name=exposure removed] circle").eachAttr("cy")).containsExactly("36.0", "182.7");
    List<Element> rows = document.select("table.tolerance tr:has(td)");
    assertThat(rows).hasSize(2);
    // Acme's fictional planning costs: routers USD 95,000, cameras 180,000, laptops 1,450,000.
    assertThat(rows.get(0).select("td").eachText()).contains("3", "100.0 %", "USD 1,725,000");
    assertThat(rows.get(1).select("td").eachText()).contains("1", "33.3 %", "USD 180,000");
  }

  /** Two levels on Acme: all three hardware assets cut, then only the cameras. */
  private static ToleranceCurve curve() {
    Estate estate = acmeEstate();
    return ToleranceCurve.of(List.of(
        cut(estate, "all", "prohibited by test/all", "huawei-ar-routers", "hikvision-cameras", "thinkpad-laptops"),
        cut(estate, "cameras", "prohibited by test/cameras", "hikvision-cameras")));
  }

  @Test
  void keepsHostileScenarioAndEstateNamesAsText() {
    String html = html(hostile, null);
    Document document = Jsoup.parse(html);

    assertThat(html).doesNotContain(HOSTILE_SYSTEM, HOSTILE_VENDOR);
    assertThat(document.select("script, img, b, strict")).isEmpty();
    assertThat(document.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
        .extracting(Attribute::getKey).noneMatch(key -> key.toLowerCase(Locale.ROOT).startsWith("on")));
    assertThat(document.select("figure.scenario-summary").eachAttr("data-scenario"))
        .containsExactly(HOSTILE_SYSTEM, HOSTILE_VENDOR);
    assertThat(document.select("li.scenario").first().text()).contains(HOSTILE_SYSTEM, HOSTILE_PRODUCT, "<strict>.yaml");
    assertThat(document.select("table.side-by-side th").eachText()).contains(HOSTILE_SYSTEM, HOSTILE_VENDOR);
    assertThat(document.title()).isEqualTo("Spillover: 2 scenarios compared in Hostile <estate> & \"co\"");
    // The test pack prohibits the system and the product in the first scenario; the second applies no pack.
    assertThat(document.select("section.change")).hasSize(2);
  }
}
