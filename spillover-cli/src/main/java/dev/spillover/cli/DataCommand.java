package dev.spillover.cli;

import dev.spillover.dataflow.BulkThreshold;
import dev.spillover.dataflow.DataFlowAnalysis;
import dev.spillover.formats.estate.EstateFolder;
import dev.spillover.formats.report.DataFlowReport;
import dev.spillover.model.Estate;
import dev.spillover.policy.Assessment;
import dev.spillover.policy.BulkRecipients;
import dev.spillover.policy.Pack;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spillover data}: where the estate's datasets go ({@link DataFlowAnalysis}), each flow with
 * its chain of recipients, and the volumes per category and recipient (the test that decides) and
 * per category and country (a summary) compared with the bulk thresholds of the packs, where the
 * packs say they apply ({@link BulkRecipients}: covered persons as the ownership engine finds them,
 * countries of concern).
 */
@Command(
    name = "data",
    mixinStandardHelpOptions = true,
    header = "Show where datasets flow, through whom, and which bulk thresholds the volumes cross.",
    description = {
      "Each dataset is followed along its transfers_data edges, and onward along each recipient's own "
          + "transfers of that dataset, over the 12 months ending on the day. Each recipient reached is a "
          + "flow, shown with its chain of recipients and the countries of the ultimate recipient "
          + "(incorporation, headquarters, principal place of business, domicile, kept apart) and whether it "
          + "is a covered person. Per data category and recipient, each dataset counts once; the sum is "
          + "compared with the category's bulk threshold from the packs (for example doj-dsp: precise "
          + "geolocation, more than 1,000 devices): this test decides, as 28 CFR 202.205 aggregates per "
          + "foreign or covered person. Per category and country the same sums are a summary. A pack says "
          + "where its thresholds apply (doj-dsp: covered persons and countries of concern); elsewhere a "
          + "volume is out of scope, however large.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  spillover data examples/acme-2020 --as-of 2020-09-01",
      "  spillover data examples/acme-2020 --as-of 2020-09-01 --pack doj-dsp --format json",
      "",
      "Method: docs/data-flows.md. JSON: docs/data-json.md.",
      "Exit codes: 0 done (whatever the volumes), 1 failure, 2 bad input or usage."
    })
final class DataCommand implements Callable<Integer> {
  /** Output formats of this command. */
  enum Format {
    TABLE,
    JSON
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "ESTATE_DIR",
      description = "The estate folder (YAML files; see docs/estate-format.md).")
  Path estateDir;

  @CommandLine.Mixin
  PackSelection packs = new PackSelection();

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "The last day of the 12 months looked at. Default: today.")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (for a terminal) or json (docs/data-json.md). Default: ${DEFAULT-VALUE}.")
  Format format;

  @CommandLine.Mixin
  ReportOutput output = new ReportOutput();

  @Override
  public Integer call() throws IOException {
    LocalDate day = asOf != null ? asOf : LocalDate.now();
    List<Pack> loaded = packs.load();
    List<BulkThreshold> thresholds = Assessment.bulkThresholds(loaded);
    List<String> from = loaded.stream().filter(pack -> !pack.thresholds().isEmpty()).map(Pack::id).toList();
    Estate estate = EstateFolder.load(estateDir);
    DataFlowAnalysis.Result result = DataFlowAnalysis.run(estate, day, thresholds,
        BulkRecipients.of(estate, loaded, day));
    output.write(writer -> {
      if (format == Format.JSON) {
        DataFlowReport.json(estate, result, from, thresholds, writer);
      } else {
        DataFlowReport.table(estate, result, from, writer);
      }
    }, result.flows().size() + " flows");
    return ExitCodes.OK;
  }
}
