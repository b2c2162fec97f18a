package dev.spillover.cli;

import dev.spillover.formats.estate.EstateFolder;
import dev.spillover.formats.report.ReportFormat;
import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.model.Estate;
import dev.spillover.policy.Assessment;
import dev.spillover.policy.AssessmentResult;
import dev.spillover.policy.Pack;
import dev.spillover.policy.pack.PackCatalog;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

  @Option(names = "--pack", paramLabel = "FILE_OR_NAME",
      description = {"A pack file, or the short name of a bundled pack; repeat for several.",
          "Default: every bundled pack (${COMPLETION-CANDIDATES})."},
      completionCandidates = BundledPackNames.class)
  List<String> packs = new ArrayList<>();

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
    List<Pack> loaded = loadPacks();
    Estate estate = EstateFolder.load(estateDir);
    Progress progress = new Progress(err, "assessing", estate.nodeCount(), Progress.Unit.NODES);
    AssessmentResult result = Assessment.run(estate, loaded, day, progress::update);
    progress.done();
    if (out == null) {
      Writer writer = spec.commandLine().getOut();
      format.write(result, writer);
      writer.flush();
    } else {
      writeAtomically(result);
      err.println("spillover: wrote " + result.findings().size() + " findings to " + out);
    }
    return ExitCodes.OK;
  }

  private List<Pack> loadPacks() {
    List<String> names = packs.isEmpty() ? PackCatalog.bundledNames() : packs;
    Map<String, Pack> byId = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (String name : names) {
      try {
        Pack pack = PackCatalog.resolve(name);
        Pack other = byId.putIfAbsent(pack.id(), pack);
        if (other != null && !other.origin().equals(pack.origin())) {
          problems.add(new Problem(pack.origin(), 0, 0, "pack id '" + pack.id() + "' is also the id of "
              + other.origin() + ", expected each pack applied to have its own id"));
        }
      } catch (InputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return List.copyOf(byId.values());
  }

  /** Writes to a temporary file beside the target, then moves it in place: no half-written report. */
  private void writeAtomically(AssessmentResult result) throws IOException {
    Path target = out.toAbsolutePath();
    Path dir = target.getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new InputException(new Problem(out.toString(), 0, 0, "folder " + dir + " does not exist"));
    }
    // Created like any new file (so with the umask's permissions), unlike Files.createTempFile.
    Path temp = (dir == null ? Path.of(".") : dir).resolve(".spillover-" + java.util.UUID.randomUUID() + ".tmp");
    try {
      try (Writer writer = new OutputStreamWriter(
          Files.newOutputStream(temp, java.nio.file.StandardOpenOption.CREATE_NEW), StandardCharsets.UTF_8)) {
        format.write(result, writer);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | UncheckedIOException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }

  /** Completion candidates for --pack: the bundled short names. */
  static final class BundledPackNames extends ArrayList<String> {
    private static final long serialVersionUID = 1L;

    BundledPackNames() {
      super(PackCatalog.bundledNames());
    }
  }
}
