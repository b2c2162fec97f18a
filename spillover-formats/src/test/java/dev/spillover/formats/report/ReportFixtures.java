package dev.spillover.formats.report;

import dev.spillover.formats.estate.EstateFolder;
import dev.spillover.model.Confidence;
import dev.spillover.model.Edge;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.EdgeTerms;
import dev.spillover.model.Estate;
import dev.spillover.model.Organization;
import dev.spillover.model.Organization.OrganizationType;
import dev.spillover.model.Product;
import dev.spillover.model.Product.ProductType;
import dev.spillover.model.Provenance;
import dev.spillover.model.Seats;
import dev.spillover.model.Source;
import dev.spillover.model.SystemAsset;
import dev.spillover.model.SystemAsset.Criticality;
import dev.spillover.model.Validity;
import dev.spillover.policy.Assessment;
import dev.spillover.policy.AssessmentResult;
import dev.spillover.policy.Pack;
import dev.spillover.policy.pack.PackCatalog;
import dev.spillover.policy.pack.PackLoader;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Assessments to render in report tests: the bundled Acme example, and a tiny estate with hostile names. */
final class ReportFixtures {
  static final LocalDate DAY = LocalDate.of(2020, 9, 21);

  /** A system, product and vendor whose names try to break out of HTML text, attributes and JSON strings. */
  static final String HOSTILE_SYSTEM = "<script>alert(1)</script>";
  static final String HOSTILE_PRODUCT = "\"Quoted\" & <b>bold</b> 'app' \\";
  static final String HOSTILE_VENDOR = "<img src=x onerror=alert(1)>";

  /** A rule that matches every exposure to a party tied to China. */
  private static final String TEST_PACK = """
      pack:
        id: test
        title: "Test <pack> & co"
        citation: "Test citation <cite>"
      sources:
        - id: s
          title: Source of the test pack
      rules:
        - id: any-cn
          title: "Any <em>CN</em> exposure"
          citation: "Rule citation & <more>"
          scope: [system, product]
          verdict: prohibited
          source: s
          condition: "exposure.party.countries.exists(c, c == 'CN')"
      """;

  private ReportFixtures() {}

  /** The bundled example under every bundled pack, as of {@link #DAY}. */
  static AssessmentResult acme() {
    Estate estate = EstateFolder.load(Path.of("..", "examples", "acme-2020"));
    return Assessment.run(estate, PackCatalog.bundled(), DAY);
  }

  /** The hostile estate, with an ordinary https source link. */
  static AssessmentResult hostile() {
    return hostile(HOSTILE_SYSTEM, "https://example.com/inventory?year=2020&month=8");
  }

  /** The hostile estate, with its source link set to {@code url}. */
  static AssessmentResult hostileWithSourceUrl(String url) {
    return hostile(HOSTILE_SYSTEM, url);
  }

  /** The hostile estate, with its system named {@code name}. */
  static AssessmentResult hostileWithSystemName(String name) {
    return hostile(name, "https://example.com/inventory");
  }

  /**
   * A system {@code pos} named {@code systemName} that uses a product {@code app} developed by
   * {@code vendor} (in China), under one rule that flags both; the edges cite a source whose link is
   * {@code sourceUrl}.
   */
  private static AssessmentResult hostile(String systemName, String sourceUrl) {
    Provenance declared = new Provenance("inventory", LocalDate.of(2020, 8, 1), Confidence.DECLARED);
    Source inventory = new Source("inventory", "Inventory <i>2020</i>", null, sourceUrl, null);
    SystemAsset pos = new SystemAsset("pos", systemName, List.of(), Map.of(), declared, Criticality.HIGH, 10L);
    Product app = new Product("app", HOSTILE_PRODUCT, List.of(), Map.of(), declared, ProductType.APP);
    Organization vendor = new Organization("vendor", HOSTILE_VENDOR, List.of(), Map.of(), declared,
        OrganizationType.COMPANY, new Seats("CN", "CN", null, null), false);
    Edge uses = new Edge("pos-uses-app", EdgeKind.USES, "pos", "app", Validity.ALWAYS, declared,
        new EdgeTerms.Usage(List.of("payments")));
    Edge develops = new Edge("vendor-develops-app", EdgeKind.DEVELOPS, "vendor", "app", Validity.ALWAYS, declared,
        EdgeTerms.NONE);
    Estate estate = new Estate("Hostile <estate> & \"co\"", "names that try to break the reports",
        List.of(inventory), List.of(pos, app, vendor), List.of(uses, develops), List.of());
    Pack pack = PackLoader.parse(TEST_PACK, "test", "test");
    return Assessment.run(estate, List.of(pack), DAY);
  }

  /** The ids of every node on an evidence path of {@code result}, subjects and parties included. */
  static Set<String> nodesOnEvidencePaths(AssessmentResult result) {
    Set<String> ids = new LinkedHashSet<>();
    result.findings().forEach(finding -> finding.evidence().forEach(evidence -> evidence.paths().forEach(path -> {
      for (PathStep step : PathStep.of(result.snapshot(), finding.subjectIndex(), path)) {
        ids.add(step.from().id());
        ids.add(step.to().id());
      }
    })));
    return ids;
  }

  static String html(AssessmentResult result) {
    return render(ReportFormat.HTML, result);
  }

  static String json(AssessmentResult result) {
    return render(ReportFormat.JSON, result);
  }

  private static String render(ReportFormat format, AssessmentResult result) {
    StringWriter out = new StringWriter();
    try {
      format.write(result, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
