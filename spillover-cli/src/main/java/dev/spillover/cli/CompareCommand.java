package dev.spillover.cli;

import dev.spillover.formats.report.BlastRadiusReport;
import dev.spillover.formats.report.ComparisonHtml;
import dev.spillover.formats.report.ComparisonJson;
import dev.spillover.formats.report.ToleranceCurve;
import dev.spillover.formats.report.ToleranceCurveOutput;
import dev.spillover.formats.report.ComparisonTable;
import dev.spillover.model.Estate;
import dev.spillover.policy.scenario.Scenario;
import dev.spillover.policy.scenario.ScenarioComparison;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spillover compare}: scenarios side by side, and what changes between them and why. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    header = "Compare scenarios side by side: what each prohibits, restricts or leaves, and why it changes.",
    description = {
      "Each scenario file (docs/scenarios.md) names packs, an as-of date and hypothetical changes to "
          + "the estate (a party added to a list, a stake that changes, a waiver that ends early, a "
          + "vendor that withdraws supply). Each scenario's changes are applied to its own copy of the "
          + "estate, which is assessed as 'assess' would; the outcomes are shown per subject and rule, "
          + "and every difference between scenarios compared comes with its reasons: the scenario change "
          + "that touches its evidence, the rule's status on each date, the pack or the waiver.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  spillover compare examples/acme-2020 \\",
      "      --scenario examples/acme-2020/scenarios/1-as-announced.yaml \\",
      "      --scenario examples/acme-2020/scenarios/2-broad.yaml",
      "  spillover compare my-estate --scenario a.yaml --scenario b.yaml --against first --format json",
      "  spillover compare examples/acme-2020 --tolerance \\",
      "      --scenario examples/acme-2020/scenarios/3-zero-tolerance.yaml \\",
      "      --scenario examples/acme-2020/scenarios/2-broad.yaml \\",
      "      --scenario examples/acme-2020/scenarios/1-as-announced.yaml",
      "  spillover compare examples/acme-2020 --format html --out acme.html \\",
      "      --tolerance \\",
      "      --scenario examples/acme-2020/scenarios/3-zero-tolerance.yaml \\",
      "      --scenario examples/acme-2020/scenarios/2-broad.yaml \\",
      "      --scenario examples/acme-2020/scenarios/1-as-announced.yaml",
      "",
      "Exit codes: 0 compared (whatever the verdicts), 1 failure, 2 bad input or usage."
    })
final class CompareCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ESTATE_DIR",
      description = "The estate folder (YAML files; see docs/estate-format.md).")
  Path estateDir;

  @Option(names = "--scenario", paramLabel = "FILE", required = true,
      description = "A scenario file (docs/scenarios.md); repeat for each scenario, in the order to compare them.")
  List<Path> scenarios = new ArrayList<>();

  @Option(names = "--against", paramLabel = "WHICH", defaultValue = "previous",
      description = "Compare each scenario with the previous one, or with the first. Default: ${DEFAULT-VALUE}.")
  ScenarioComparison.Baseline against;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (for a terminal), json (docs/compare-json.md) or html (a self-contained page: a bar "
          + "chart per scenario, the side-by-side table, the changes with their reasons; with --tolerance the "
          + "curve drawn as a chart after them). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--tolerance",
      description = "Instead of the comparison, the tolerance curve: one level per scenario, in the order given "
          + "(broadest first, e.g. zero tolerance down to the narrowest pack): how many products, components and "
          + "systems each prohibits, restricts or withdraws, the share of the exposure it removes, what stops, "
          + "and the declared replacement costs of the assets it cuts, per currency "
          + "(docs/scenarios.md#tolerance-curve). --against does not apply to the curve. With --format html the "
          + "page holds the comparison and the curve.")
  boolean tolerance;

  @CommandLine.Mixin
  ReportOutput output = new ReportOutput();

  /** The output formats of a comparison. */
  enum Format {
    TABLE,
    JSON,
    HTML
  }

  @Override
  public Integer call() throws IOException {
    ScenarioInputs inputs = ScenarioInputs.read(estateDir, scenarios);
    Estate estate = inputs.estate();
    List<Scenario> loaded = inputs.scenarios();
    ToleranceCurve curve = null;
    if (tolerance) {
      List<BlastRadiusReport> reports = new ArrayList<>();
      for (Scenario scenario : loaded) {
        reports.add(BlastRadiusReport.ofScenario(estate, scenario));
      }
      curve = ToleranceCurve.of(reports);
    }
    if (tolerance && format != Format.HTML) {
      ToleranceCurve written = curve;
      output.write(writer -> writeCurve(written, writer), "the tolerance curve of " + loaded.size() + " scenarios");
      return ExitCodes.OK;
    }
    ScenarioComparison comparison = ScenarioComparison.run(estate, loaded, against);
    ToleranceCurve drawn = curve;
    output.write(writer -> write(comparison, drawn, writer), "the comparison of " + loaded.size() + " scenarios ("
        + comparison.differences().size() + " differences" + (drawn == null ? "" : ", and the tolerance curve") + ")");
    return ExitCodes.OK;
  }

  private void writeCurve(ToleranceCurve curve, Writer writer) throws IOException {
    if (format == Format.JSON) {
      ToleranceCurveOutput.json(curve, writer);
    } else {
      ToleranceCurveOutput.table(curve, writer);
    }
  }

  /** The comparison in the chosen format; {@code curve} (or null) is drawn only in html. */
  private void write(ScenarioComparison comparison, ToleranceCurve curve, Writer writer) throws IOException {
    switch (format) {
      case TABLE -> ComparisonTable.write(comparison, writer);
      case JSON -> ComparisonJson.write(comparison, writer);
      case HTML -> ComparisonHtml.write(comparison, curve, writer);
    }
  }
}
