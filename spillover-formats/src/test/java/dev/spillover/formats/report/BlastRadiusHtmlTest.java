package dev.spillover.formats.report;

import static dev.spillover.formats.report.ReportFixtures.DAY;
import static dev.spillover.formats.report.ReportFixtures.HOSTILE_PRODUCT;
import static dev.spillover.formats.report.ReportFixtures.HOSTILE_SYSTEM;
import static dev.spillover.formats.report.ReportFixtures.HOSTILE_VENDOR;
import static dev.spillover.formats.report.ReportFixtures.acmeEstate;
import static dev.spillover.formats.report.ReportFixtures.cut;
import static dev.spillover.formats.report.ReportFixtures.hostileEstate;
import static dev.spillover.formats.report.ReportFixtures.html;
import static org.assertj.core.api.Assertions.assertThat;

import dev.spillover.model.Confidence;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.Node;
import dev.spillover.model.Organization;
import dev.spillover.model.Product;
import dev.spillover.model.Provenance;
import dev.spillover.model.Seats;
import dev.spillover.model.Source;
import dev.spillover.model.SystemAsset;
import dev.spillover.model.Validity;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * The blast radius page, parsed with jsoup: the graph from the cut nodes to what they stop, the
 * table of everything hit, the splinter measures, a cap on what the graph draws, and hostile names.
 */
class BlastRadiusHtmlTest {
  @Test
  void cuttingHuaweiDrawsTheRoutersAndTheBranchNetworkStopped() {
    String html = html(cut(acmeEstate(), null, "named with --node", "huawei-tech"));
    Parser parser = Parser.htmlParser().setTrackErrors(20);
    Document document = Jsoup.parse(html, "", parser);

    assertThat(parser.getErrors()).isEmpty();
    assertThat(document.select("script, link, img, [src]")).isEmpty();
    assertThat(document.select(".graph svg g.node").eachAttr("data-id"))
        .containsExactlyInAnyOrder("huawei-tech", "huawei-ar-routers", "acme-branch-network");
    assertThat(document.select(".graph svg g.node.cut").eachAttr("data-id")).containsExactly("huawei-tech");
    assertThat(document.select(".graph svg g.node.stopped").eachAttr("data-id"))
        .containsExactlyInAnyOrder("huawei-ar-routers", "acme-branch-network");
    // Read from the cut node outwards: Huawei manufactures the routers, which are used by the network.
    assertThat(document.select(".graph svg text.relation").eachText()).containsExactlyInAnyOrder("manufactures", "is used by");
    assertThat(document.select("table.hits tr[data-id]").eachAttr("data-id"))
        .containsExactly("huawei-ar-routers", "acme-branch-network");
    assertThat(document.select("table.hits tr[data-id=acme-branch-network] td").eachText())
        .containsExactly("stopped", "system", "Branch office network (acme-branch-network)", "critical", "6,100",
            "uses huawei-ar-routers, which is manufactured by huawei-tech");
    // As the golden file of spill: 2 of 17 stopped (11.8 %); users 6,100 of 193,545 (3.2 %).
    assertThat(document.select("table.splinter tr:eq(1) td").eachText()).containsExactly("17", "2", "11.8 %", "0");
    assertThat(document.select("table.splinter tr:last-child td").eachText())
        .containsExactly("193,545", "6,100", "3.2 %", "0");
    assertThat(document.select("figure.splinter g.bar").eachAttr("data-value")).containsExactly("2", "0", "15");
    assertThat(document.text()).contains("All 3 nodes hit are drawn.");
  }

  @Test
  void drawsAtMostTheCapAndSaysHowManyItLeavesOutWhileTheTableHoldsAll() {
    int products = 100;
    String html = html(cut(fan(products), null, "named with --node", "vendor"));
    Document document = Jsoup.parse(html);

    // Hit: the vendor, 100 products, and the 99 systems whose product has no substitute (s0 carries on).
    int hit = 1 + products + (products - 1);
    assertThat(document.select(".graph svg g.node")).hasSize(BlastRadiusHtml.MAX_DRAWN);
    assertThat(document.text()).contains("Drawn: the " + BlastRadiusHtml.MAX_DRAWN + " nodes nearest the cut; "
        + (hit - BlastRadiusHtml.MAX_DRAWN) + " more are left out of the graph. The table below lists all " + hit + ".");
    assertThat(document.select("table.hits tr[data-id]")).hasSize(hit - 1);
  }

  @Test
  void marksADegradedNodeAndNamesItsSubstitute() {
    Document document = Jsoup.parse(html(cut(fan(2), null, "named with --node", "vendor")));

    // p0 has a substitute (alt, not hit): it degrades, and s0 that uses it carries on.
    assertThat(document.select(".graph svg g.node.degraded").eachAttr("data-id")).containsExactly("p0");
    assertThat(document.select(".graph svg g.node.degraded text").eachText()).contains("substitute: alt");
    assertThat(document.select("table.hits tr[data-id=p0] td.why").text()).endsWith("; substitute available: alt");
    assertThat(document.select("table.hits tr[data-id]").eachAttr("data-id")).containsExactly("p0", "p1", "s1");
  }

  @Test
  void keepsHostileNamesAsText() {
    String html = html(cut(hostileEstate(), "<b>scenario</b>", "prohibited by <i>rule</i>", "vendor"));
    Document document = Jsoup.parse(html);

    assertThat(html).doesNotContain(HOSTILE_SYSTEM, HOSTILE_VENDOR);
    assertThat(document.select("script, img, b, i")).isEmpty();
    assertThat(document.getAllElements()).allSatisfy(element -> assertThat(element.attributes().asList())
        .extracting(Attribute::getKey).noneMatch(key -> key.toLowerCase(Locale.ROOT).startsWith("on")));
    assertThat(document.select(".graph svg g.node[data-id=pos] > title").text()).isEqualTo(HOSTILE_SYSTEM);
    assertThat(document.select(".graph svg g.node[data-id=app] > title").text()).isEqualTo(HOSTILE_PRODUCT);
    assertThat(document.select("table.cuts td").eachText()).contains("prohibited by <i>rule</i>");
    assertThat(document.title()).isEqualTo("Spillover: blast radius in Hostile <estate> & \"co\", scenario <b>scenario</b>");
  }

  /**
   * A vendor that develops {@code n} products p0..p(n-1), each used by its own system s0..; product
   * alt (developed by nobody cut) substitutes for p0.
   */
  private static Estate fan(int n) {
    Provenance declared = new Provenance("inventory", DAY, Confidence.DECLARED);
    List<Node> nodes = new ArrayList<>();
    List<Edge> edges = new ArrayList<>();
    nodes.add(new Organization("vendor", "Vendor", List.of(), Map.of(), declared,
        Organization.OrganizationType.COMPANY, new Seats("CN", "CN", null, null), false));
    nodes.add(new Product("alt", "Alternative", List.of(), Map.of(), declared, Product.ProductType.APP));
    edges.add(new Edge("alt-for-p0", EdgeKind.SUBSTITUTES, "alt", "p0", Validity.ALWAYS, declared, EdgeTerms.NONE));
    for (int i = 0; i < n; i++) {
      nodes.add(new Product("p" + i, "Product " + i, List.of(), Map.of(), declared, Product.ProductType.APP));
      nodes.add(new SystemAsset("s" + i, "System " + i, List.of(), Map.of(), declared, SystemAsset.Criticality.HIGH, 10L));
      edges.add(new Edge("vendor-develops-p" + i, EdgeKind.DEVELOPS, "vendor", "p" + i, Validity.ALWAYS, declared,
          EdgeTerms.NONE));
      edges.add(new Edge("s" + i + "-uses-p" + i, EdgeKind.USES, "s" + i, "p" + i, Validity.ALWAYS, declared,
          new EdgeTerms.Usage(List.of("work"))));
    }
    return new Estate("Fan", "one vendor, many products", List.of(new Source("inventory", "Inventory", null, null, null)),
        nodes, edges, List.of());
  }
}
