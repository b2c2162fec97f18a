package dev.spillover.cli;

import dev.spillover.formats.report.BlastRadiusReport;
import dev.spillover.formats.report.ComparisonJson;
import dev.spillover.formats.report.ToleranceCurve;
import dev.spillover.formats.report.ToleranceCurveOutput;
import dev.spillover.formats.report.ComparisonTable;
import dev.spillover.model.Estate;
import dev.spillover.policy.scenario.Scenario;
import dev.spillover.policy.scenario.ScenarioComparison;
import java.io.IOException;
import java.io.PrintWriter;
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
      description = "table (for a terminal) or json (docs/compare-json.md). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--tolerance",
      description = "Instead of the comparison, the tolerance curve: one level per scenario, in the order given "
          + "(broadest first, e.g. zero tolerance down to the narrowest pack): how many products, components and "
          + "systems each prohibits, restricts or withdraws, the share of the exposure it removes, what stops, "
          + "and the declared replacement costs of the assets it cuts, per currency "
          + "(docs/scenarios.md#tolerance-curve). --against does not apply.")
  boolean tolerance;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the comparison to FILE instead of standard output.")
  Path out;

  /** The output formats of a comparison. */
  enum Format {
    TABLE,
    JSON
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    ScenarioInputs inputs = ScenarioInputs.read(estateDir, scenarios);
    Estate estate = inputs.estate();
    List<Scenario> loaded = inputs.scenarios();
    if (tolerance) {
      List<BlastRadiusReport> reports = new ArrayList<>();
      for (Scenario scenario : loaded) {
        reports.add(BlastRadiusReport.ofScenario(estate, scenario));
      }
      ToleranceCurve curve = ToleranceCurve.of(reports);
      if (out == null) {
        Writer writer = spec.commandLine().getOut();
        writeCurve(curve, writer);
        writer.flush();
      } else {
        OutputFile.write(out, writer -> writeCurve(curve, writer));
        err.println("spillover: wrote the tolerance curve of " + loaded.size() + " scenarios to " + out);
      }
      return ExitCodes.OK;
    }
    ScenarioComparison comparison = ScenarioComparison.run(estate, loaded, against);
    if (out == null) {
      Writer writer = spec.commandLine().getOut();
      write(comparison, writer);
      writer.flush();
    } else {
      OutputFile.write(out, writer -> write(comparison, writer));
      err.println("spillover: wrote the comparison of " + loaded.size() + " scenarios ("
          + comparison.differences().size() + " differences) to " + out);
    }
    return ExitCodes.OK;
  }

  private void writeCurve(ToleranceCurve curve, Writer writer) throws IOException {
    if (format == Format.JSON) {
      ToleranceCurveOutput.json(curve, writer);
    } else {
      ToleranceCurveOutput.table(curve, writer);
    }
  }

  private void write(ScenarioComparison comparison, Writer writer) throws IOException {
    if (format == Format.JSON) {
      ComparisonJson.write(comparison, writer);
    } else {
      ComparisonTable.write(comparison, writer);
    }
  }
}
