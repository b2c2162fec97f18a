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
import dev.spillover.policy.scenario.Scenario;
import dev.spillover.policy.scenario.ScenarioComparison;
import dev.spillover.policy.scenario.ScenarioLoader;
import dev.spillover.snapshot.Snapshot;
import dev.spillover.spill.BlastRadius;
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
    return Assessment.run(hostileEstate(systemName, sourceUrl), List.of(testPack()), DAY);
  }

  /** The pack of the hostile estate: one rule, prohibiting any exposure to China. */
  static Pack testPack() {
    return PackLoader.parse(TEST_PACK, "test", "test");
  }

  /** The hostile estate with its system named {@link #HOSTILE_SYSTEM}. */
  static Estate hostileEstate() {
    return hostileEstate(HOSTILE_SYSTEM, "https://example.com/inventory");
  }

  private static Estate hostileEstate(String systemName, String sourceUrl) {
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
    return new Estate("Hostile <estate> & \"co\"", "names that try to break the reports",
        List.of(inventory), List.of(pos, app, vendor), List.of(uses, develops), List.of());
  }

  /** A scenario file of the bundled Acme example, read. */
  static Scenario acmeScenario(String file) {
    return ScenarioLoader.read(Path.of("..", "examples", "acme-2020", "scenarios", file));
  }

  /** The bundled Acme example. */
  static Estate acmeEstate() {
    return EstateFolder.load(Path.of("..", "examples", "acme-2020"));
  }

  /** The three Acme scenarios, in their file order, each compared with the previous. */
  static ScenarioComparison acmeComparison() {
    return ScenarioComparison.run(acmeEstate(), List.of(acmeScenario("1-as-announced.yaml"),
        acmeScenario("2-broad.yaml"), acmeScenario("3-zero-tolerance.yaml")), ScenarioComparison.Baseline.PREVIOUS);
  }

  /**
   * The hostile estate under two scenarios whose names and descriptions try to break out of HTML:
   * the first applies the test pack (which prohibits the system and the product), the second no pack.
   */
  static ScenarioComparison hostileComparison() {
    Scenario strict = new Scenario(HOSTILE_SYSTEM, HOSTILE_PRODUCT, "<strict>.yaml", List.of(testPack()), DAY, List.of());
    Scenario none = new Scenario(HOSTILE_VENDOR, null, "none.yaml", List.of(), DAY, List.of());
    return ScenarioComparison.run(hostileEstate(), List.of(strict, none), ScenarioComparison.Baseline.PREVIOUS);
  }

  /** The blast radius of cutting {@code ids} in {@code estate} on {@link #DAY}, each cut for {@code reason}. */
  static BlastRadiusReport cut(Estate estate, String scenario, String reason, String... ids) {
    Snapshot snapshot = Snapshot.of(estate, DAY);
    List<BlastRadiusReport.Cut> cuts = new java.util.ArrayList<>();
    int[] nodes = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      nodes[i] = snapshot.indexOf(ids[i]);
      if (nodes[i] < 0) {
        throw new IllegalArgumentException("no node " + ids[i] + " in " + estate.name());
      }
      cuts.add(new BlastRadiusReport.Cut(nodes[i], List.of(reason)));
    }
    java.util.Arrays.sort(nodes);
    cuts.sort(java.util.Comparator.comparingInt(BlastRadiusReport.Cut::node));
    return new BlastRadiusReport(scenario, null, cuts, BlastRadius.of(snapshot, nodes));
  }

  static String html(ScenarioComparison comparison, ToleranceCurve curve) {
    StringWriter out = new StringWriter();
    try {
      ComparisonHtml.write(comparison, curve, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String html(BlastRadiusReport report) {
    StringWriter out = new StringWriter();
    try {
      BlastRadiusHtml.write(report, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
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
