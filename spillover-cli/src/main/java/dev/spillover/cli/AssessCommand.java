package dev.spillover.cli;

import dev.spillover.formats.estate.EstateFolder;
import dev.spillover.formats.report.ReportFormat;
import dev.spillover.model.Estate;
import dev.spillover.policy.Assessment;
import dev.spillover.policy.AssessmentResult;
import dev.spillover.policy.Pack;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spillover assess}: findings for an estate under packs, as of a date. */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    header = "Assess an estate under policy packs as of a date, with explained findings.",
    description = {
      "Every system, product, component and dataset is traced to the organizations and persons it "
          + "depends on (through use, dependencies, embedded SDKs, who develops, operates or owns what, "
          + "and data transfers). Each pack's rules are tested on those exposures, and each match is "
          + "reported with its rule's legal status that day and the paths that explain it. Only a rule "
          + "in force, enforced and not waived gives a verdict.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  spillover assess examples/acme-2020 --as-of 2020-09-21",
      "  spillover assess examples/acme-2020 --pack eo-13943 --format json",
      "  spillover assess my-estate --pack my-rules.yaml --format html --out r.html",
      "",
      "Exit codes: 0 assessed (whatever the verdicts), 1 failure, 2 bad input or usage."
    })
final class AssessCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ESTATE_DIR",
      description = "The estate folder (YAML files; see docs/estate-format.md).")
  Path estateDir;

  @CommandLine.Mixin
  PackSelection packs = new PackSelection();

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "The day to assess: edges valid that day, rules in the state they were in. Default: today.")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (for a terminal), json (docs/findings-json.md) or html (a self-contained report). Default: ${DEFAULT-VALUE}.")
  ReportFormat format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    LocalDate day = asOf != null ? asOf : LocalDate.now();
    List<Pack> loaded = packs.load();
    Estate estate = EstateFolder.load(estateDir);
    Progress progress = new Progress(err, "assessing", estate.nodeCount(), Progress.Unit.NODES);
    AssessmentResult result = Assessment.run(estate, loaded, day, progress::update);
    progress.done();
    if (out == null) {
      Writer writer = spec.commandLine().getOut();
      format.write(result, writer);
      writer.flush();
    } else {
      OutputFile.write(out, writer -> format.write(result, writer));
      err.println("spillover: wrote " + result.findings().size() + " findings to " + out);
    }
    return ExitCodes.OK;
  }
}
