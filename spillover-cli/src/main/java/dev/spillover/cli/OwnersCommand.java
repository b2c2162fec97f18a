package dev.spillover.cli;

import dev.spillover.formats.Inputs;
import dev.spillover.formats.report.OwnersAnswer;
import dev.spillover.formats.report.OwnersReport;
import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.model.EdgeKind;
import dev.spillover.model.Estate;
import dev.spillover.model.Node;
import dev.spillover.ownership.OwnershipMethod;
import dev.spillover.ownership.OwnershipQueries;
import dev.spillover.snapshot.Adjacency;
import dev.spillover.snapshot.Snapshot;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code spillover owners}: who owns and controls an entity, or what a restricted set owns, by each method. */
@Command(
    name = "owners",
    mixinStandardHelpOptions = true,
    header = "Who owns and controls an entity, or what a restricted set owns, by each method.",
    description = {
      "With --of: every owner and controller of one entity, by look-through (the sum over paths of "
          + "the product of shares), the majority-chain multiplier (a holding above 50 % counts as 100 %), "
          + "the aggregate 50 % rule (seeded with the parties on a list that day, or with --restricted) and "
          + "control (majority holdings and declared control). With --restricted and no --of: every entity "
          + "the restricted parties hold to the threshold or more (default 50 %), or control. Shares given "
          + "as ranges, or not given, are answered with a lower and an upper bound. Every answer shows the "
          + "path that explains it.",
      ""
    },
    footer = {
      "",
      "Methods: look-through, multiplier, aggregate, control.",
      "IDs are the inputs' own identifiers (estate id, BODS recordId, LEI, FtM id).",
      "",
      "Examples:",
      "  spillover owners examples/acme-2020 --of huawei-tech",
      "  spillover owners examples/acme-2020 --restricted cetc --method control",
      "",
      "Exit codes: 0 answered, 1 failure, 2 bad input or usage. See docs/ownership.md."
    })
final class OwnersCommand implements Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "INPUT",
      description = "Estate folders or ownership files, in any supported format, mixed.")
  List<Path> inputs;

  @Option(names = "--of", paramLabel = "ID", description = "The entity whose owners to find.")
  String of;

  @Option(names = "--restricted", paramLabel = "ID",
      description = "A restricted party; repeat for several. Without --of: find what they hold.")
  List<String> restricted = new ArrayList<>();

  @Option(names = "--method", paramLabel = "NAME",
      description = "One method only: look-through, multiplier, aggregate or control. "
          + "Default: all four with --of, aggregate with --restricted alone.")
  String method;

  @Option(names = "--threshold", paramLabel = "PCT", defaultValue = "50",
      description = "With --restricted alone: the share that counts, in percent (default ${DEFAULT-VALUE}).")
  double threshold;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "The day: holdings valid that day. Default: today.")
  LocalDate asOf;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table or json (schema spillover-owners/1, docs/ownership.md). Default: ${DEFAULT-VALUE}.")
  Format format;

  enum Format { TABLE, JSON }

  @Override
  public Integer call() throws Exception {
    if (of == null && restricted.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(), "give --of ID, or --restricted ID (or both)");
    }
    if (!(threshold > 0 && threshold <= 100)) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--threshold " + threshold + " is out of range, expected a percentage above 0 and at most 100");
    }
    List<OwnershipMethod> methods = methods();
    PrintWriter err = spec.commandLine().getErr();
    Estate estate = Inputs.load(inputs, "inputs", Progress.ofReading(err),
        warning -> err.println("spillover: warning: " + warning));
    Snapshot snapshot = Snapshot.of(estate, asOf != null ? asOf : LocalDate.now());
    int target = of == null ? -1 : resolve(snapshot, of, "--of");
    BitSet seeds = new BitSet();
    List<Integer> seedList = new ArrayList<>();
    for (String id : restricted) {
      int node = resolve(snapshot, id, "--restricted");
      seeds.set(node);
      seedList.add(node);
    }
    if (target >= 0 && seeds.isEmpty()) {
      listedParties(snapshot, seeds, seedList);
    }
    List<OwnersAnswer.ByMethod> answers = new ArrayList<>();
    for (OwnershipMethod m : methods) {
      if (target >= 0) {
        answers.add(new OwnersAnswer.ByMethod(m, OwnershipQueries.ownersOf(snapshot, target, m, seeds), List.of()));
      } else {
        answers.add(new OwnersAnswer.ByMethod(m, List.of(), OwnershipQueries.heldBy(snapshot, seeds, m, threshold)));
      }
    }
    OwnersAnswer answer = new OwnersAnswer(snapshot, target, seedList, threshold, answers);
    Writer out = spec.commandLine().getOut();
    if (format == Format.JSON) {
      OwnersReport.json(answer, out);
    } else {
      OwnersReport.table(answer, out);
    }
    return ExitCodes.OK;
  }

  private List<OwnershipMethod> methods() {
    if (method == null) {
      return of != null ? List.of(OwnershipMethod.values()) : List.of(OwnershipMethod.AGGREGATE);
    }
    OwnershipMethod chosen = OwnershipMethod.fromLabel(method);
    if (chosen == null) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--method '" + method
          + "' is not a method, expected look-through, multiplier, aggregate or control");
    }
    return List.of(chosen);
  }

  /** Seeds the aggregate method, for --of without --restricted, with the parties on a list that day. */
  private static void listedParties(Snapshot snapshot, BitSet seeds, List<Integer> seedList) {
    Adjacency listed = snapshot.out(EdgeKind.LISTED_ON);
    for (int node = 0; node < snapshot.nodeCount(); node++) {
      if (listed.degree(node) > 0) {
        seeds.set(node);
        seedList.add(node);
      }
    }
  }

  /** The node with that id, or else the one node with that identifier value (an LEI, say). */
  private static int resolve(Snapshot snapshot, String id, String option) {
    int node = snapshot.indexOf(id);
    if (node >= 0) {
      return node;
    }
    List<Integer> byIdentifier = new ArrayList<>();
    for (int n = 0; n < snapshot.nodeCount(); n++) {
      Node candidate = snapshot.node(n);
      if (candidate.identifiers().values().stream().anyMatch(v -> v.equalsIgnoreCase(id))) {
        byIdentifier.add(n);
      }
    }
    if (byIdentifier.size() == 1) {
      return byIdentifier.get(0);
    }
    String detail = byIdentifier.isEmpty()
        ? "no entity has that id or identifier in the inputs"
        : byIdentifier.size() + " entities have that identifier: "
            + String.join(", ", byIdentifier.stream().map(n -> snapshot.node(n).id()).toList());
    throw new InputException(new Problem(option, 0, 0, "'" + id + "': " + detail));
  }
}
