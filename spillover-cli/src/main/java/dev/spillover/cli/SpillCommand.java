package dev.spillover.cli;

import dev.spillover.formats.report.BlastRadiusHtml;
import dev.spillover.formats.report.BlastRadiusJson;
import dev.spillover.formats.report.BlastRadiusReport;
import dev.spillover.formats.report.BlastRadiusTable;
import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.model.Estate;
import dev.spillover.policy.scenario.Scenario;
import dev.spillover.snapshot.Snapshot;
import dev.spillover.spill.BlastRadius;
import dev.spillover.store.portfolio.PortfolioIndex;
import dev.spillover.store.portfolio.Target;
import dev.spillover.store.portfolio.UpdateReport;
import dev.spillover.store.portfolio.WhereUsed;
import dev.spillover.store.portfolio.WhereUsedJson;
import dev.spillover.store.portfolio.WhereUsedTable;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spillover spill}, in two modes. Blast radius ({@code ESTATE --node ID | --scenario FILE}):
 * what in an estate stops or degrades, transitively, when nodes are cut ({@link BlastRadius}).
 * Where used ({@code --sboms DIR --component | --organization}): where a component, or anything
 * from an organization, is used across a portfolio of SBOMs; the portfolio's index (an H2 file)
 * is brought up to date first (only new, changed and removed files are read) and then queried.
 */
@Command(
    name = "spill",
    mixinStandardHelpOptions = true,
    header = "Blast radius: what in an estate stops or degrades when nodes are cut. "
        + "Where used: the projects in a folder of SBOMs that use a component or an organization's.",
    customSynopsis = {
      "spillover spill ESTATE_DIR (--node ID... [--as-of DATE] | --scenario FILE)",
      "         [--format table|json|html] [--out FILE]",
      "       spillover spill --sboms DIR (--component PURL | --organization NAME)",
      "         [--index FILE] [--format table|json] [--out FILE]",
      ""
    },
    description = {
      "Blast radius (ESTATE_DIR with --node or --scenario): the nodes cut are those named with "
          + "--node, or what the scenario (docs/scenarios.md) prohibits or restricts on its day plus the "
          + "products it withdraws. Everything that needs a cut node stops, transitively: a system uses, "
          + "a product depends on, embeds or is hosted in it, or it develops, publishes, manufactures or "
          + "operates it. A node with a declared substitute (a substitutes edge from a node not hit) "
          + "degrades instead, and what needs it carries on. Cycles are harmless. A node that complements "
          + "a hit node (a complements edge, ratio R) loses value: R/(R+1) of the users the ratio applies "
          + "to are expected to drop it. The output lists every "
          + "node that stops or degrades with the path that explains it, the criticality and users of "
          + "systems, the complements lost, and the splinter measure: the share of products, components and systems, of "
          + "systems per criticality and of declared users cut off (docs/blast-radius.md). As html: a "
          + "self-contained page with the blast radius drawn as a graph (at most " + BlastRadiusHtml.MAX_DRAWN
          + " nodes, nearest the cut first; the table holds all), the splinter measures as a chart, and the tables.",
      "",
      "Where used (--sboms DIR): reads the SBOMs in DIR (CycloneDX or SPDX files ending in .json, .xml or .spdx, subfolders "
          + "included, hidden ones left out) into an index kept in an H2 database file, and answers from "
          + "it: every project (the subject of an SBOM) that uses the component, or anything the "
          + "organization publishes, supplies, manufactures or develops, directly or transitively, with "
          + "the shortest path in that project's SBOM.",
      "",
      "The index is built on the first run and reused: later runs read only the files that are new "
          + "or changed (size or time, then content) and drop the removed ones. Reading is all or "
          + "nothing: when a file has problems, every problem is listed and the index is left as it was.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  spillover spill examples/acme-2020 --node huawei-tech --as-of 2020-09-21",
      "  spillover spill examples/acme-2020 --node tencent --node huawei-tech --as-of 2020-09-21",
      "  spillover spill examples/acme-2020 \\",
      "      --scenario examples/acme-2020/scenarios/2-broad.yaml --format json",
      "  spillover spill examples/acme-2020 --format html --out broad.html \\",
      "      --scenario examples/acme-2020/scenarios/2-broad.yaml",
      "  spillover spill --sboms sboms/ --component pkg:maven/org.example/lib",
      "  spillover spill --sboms sboms/ --component pkg:npm/lodash@4.17.21 --format json",
      "  spillover spill --sboms sboms/ --organization 'Hangzhou Hikvision'",
      "  spillover spill --sboms sboms/ --organization 'org:Example Ltd' \\",
      "      --index /var/cache/portfolio",
      "",
      "Exit codes:",
      "  0  done (also when nothing is hit, or no project uses the target)",
      "  1  failure: the index could not be opened or written (in use?)",
      "  2  bad input or usage: a bad estate, scenario or SBOM (the index is",
      "     unchanged), an unknown node, a bad option, the two modes mixed",
      "",
      "See docs/cli.md, docs/blast-radius.md, docs/blast-radius-json.md,",
      "docs/store.md and docs/where-used-json.md."
    })
final class SpillCommand implements Callable<Integer> {
  /** The output formats of {@code spill}. */
  enum Format { TABLE, JSON, HTML }

  /** Exactly one of the two targets of where used. */
  static final class Query {
    @Option(names = "--component", paramLabel = "PURL", required = true,
        description = "A package URL: without version every version (pkg:maven/org.example/lib), "
            + "with one that version only (pkg:npm/lodash@4.17.21). Qualifiers are ignored.")
    String component;

    @Option(names = "--organization", paramLabel = "NAME_OR_ID", required = true,
        description = "An organization (or person) as the SBOMs name it, case and spaces ignored, "
            + "or its id (org:NAME).")
    String organization;
  }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "ESTATE_DIR",
      description = "Blast radius: the estate folder (YAML files; see docs/estate-format.md).")
  Path estateDir;

  @Option(names = "--node", paramLabel = "ID",
      description = "Blast radius: cut the node with this id; repeat to cut several at once.")
  List<String> nodes = new ArrayList<>();

  @Option(names = "--scenario", paramLabel = "FILE",
      description = "Blast radius: cut what this scenario (docs/scenarios.md) prohibits or restricts on its day, "
          + "and the products it withdraws.")
  Path scenario;

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "Blast radius with --node: the day whose edges count. Default: today. "
          + "A scenario brings its own day.")
  LocalDate asOf;

  @Option(names = "--sboms", paramLabel = "DIR", description = "Where used: the folder of SBOMs, one per project.")
  Path sboms;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Query query;

  @Option(names = "--index", paramLabel = "FILE",
      description = "Where used: the index file (H2 adds .mv.db). Default: DIR/.spillover/portfolio.")
  Path index;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table, json (docs/blast-radius-json.md, docs/where-used-json.md) or html (blast radius only: "
          + "a self-contained page with the graph; where used writes table or json only). Default: ${DEFAULT-VALUE}.")
  Format format;

  @CommandLine.Mixin
  ReportOutput output = new ReportOutput();

  @Override
  public Integer call() throws IOException {
    if (sboms == null) {
      return blastRadius();
    }
    List<String> blastOptions = new ArrayList<>();
    if (estateDir != null) {
      blastOptions.add("ESTATE_DIR");
    }
    if (!nodes.isEmpty()) {
      blastOptions.add("--node");
    }
    if (scenario != null) {
      blastOptions.add("--scenario");
    }
    if (asOf != null) {
      blastOptions.add("--as-of");
    }
    if (!blastOptions.isEmpty()) {
      throw usage("--sboms (where used) does not go with " + String.join(", ", blastOptions)
          + " (blast radius of an estate): use one mode or the other");
    }
    if (query == null) {
      throw usage("--sboms needs what to look for: one of --component=PURL or --organization=NAME_OR_ID");
    }
    if (format == Format.HTML) {
      throw usage("--format html is for the blast radius of an estate; where used (--sboms) writes table or json");
    }
    return whereUsed();
  }

  private CommandLine.ParameterException usage(String message) {
    return new CommandLine.ParameterException(spec.commandLine(), message);
  }

  /** Blast radius mode: ESTATE_DIR with --node or --scenario. */
  private int blastRadius() throws IOException {
    if (estateDir == null) {
      throw usage("expected ESTATE_DIR with --node ID or --scenario FILE (blast radius), "
          + "or --sboms DIR with --component or --organization (where used)");
    }
    if (query != null || index != null) {
      throw usage((query == null ? "--index" : query.component != null ? "--component" : "--organization")
          + " belongs to where used and needs --sboms DIR; the blast radius of an estate takes --node or --scenario");
    }
    if (nodes.isEmpty() == (scenario == null)) {
      throw usage(scenario == null
          ? "the blast radius of " + estateDir + " needs what to cut: --node ID (repeatable) or --scenario FILE"
          : "--node and --scenario are mutually exclusive: cut named nodes, or what a scenario prohibits");
    }
    if (scenario != null && asOf != null) {
      throw usage("--as-of does not go with --scenario: the scenario file gives its own day (asOf)");
    }
    ScenarioInputs inputs = ScenarioInputs.read(estateDir, scenario == null ? List.of() : List.of(scenario));
    Estate estate = inputs.estate();
    Scenario loaded = scenario == null ? null : inputs.scenarios().get(0);
    BlastRadiusReport report = loaded == null ? cutNodes(estate) : BlastRadiusReport.ofScenario(estate, loaded);
    output.write(writer -> write(report, writer),
        "the blast radius (" + report.radius().hitNodes().length + " nodes stopped or degraded)");
    return ExitCodes.OK;
  }

  private BlastRadiusReport cutNodes(Estate estate) {
    Snapshot snapshot = Snapshot.of(estate, asOf != null ? asOf : LocalDate.now());
    TreeMap<Integer, BlastRadiusReport.Cut> cuts = new TreeMap<>();
    List<Problem> problems = new ArrayList<>();
    for (String id : nodes) {
      int n = snapshot.indexOf(id);
      if (n < 0) {
        problems.add(new Problem(estateDir.toString(), 0, 0, "--node: '" + id + "' is not a node of the estate"
            + suggest(estate, id)));
      } else {
        cuts.put(n, new BlastRadiusReport.Cut(n, List.of("named with --node")));
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    BlastRadius radius = BlastRadius.of(snapshot, cuts.keySet().stream().mapToInt(Integer::intValue).toArray());
    return new BlastRadiusReport(null, null, new ArrayList<>(cuts.values()), radius);
  }

  /** Ids of the estate that contain {@code id} or that it contains, as a hint (up to 8). */
  private static String suggest(Estate estate, String id) {
    String lower = id.toLowerCase(java.util.Locale.ROOT);
    List<String> close = new ArrayList<>();
    for (int n = 0; n < estate.nodeCount() && close.size() < 8; n++) {
      String other = estate.node(n).id();
      String otherLower = other.toLowerCase(java.util.Locale.ROOT);
      if (otherLower.contains(lower) || lower.contains(otherLower)) {
        close.add(other);
      }
    }
    return close.isEmpty() ? "" : "; did you mean " + String.join(", ", close) + "?";
  }

  private void write(BlastRadiusReport report, Writer writer) throws IOException {
    switch (format) {
      case TABLE -> BlastRadiusTable.write(report, writer);
      case JSON -> BlastRadiusJson.write(report, writer);
      case HTML -> BlastRadiusHtml.write(report, writer);
    }
  }

  /** Where used mode: --sboms DIR with --component or --organization. */
  private int whereUsed() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isDirectory(sboms)) {
      throw new InputException(new Problem(sboms.toString(), 0, 0,
          Files.exists(sboms) ? "--sboms names a file, expected a folder of SBOMs" : "--sboms: no such folder"));
    }
    Target target = query.component != null ? Target.component(query.component) : Target.organization(query.organization);
    Path file = index != null ? index : sboms.resolve(".spillover").resolve("portfolio");
    WhereUsed answer;
    try (PortfolioIndex portfolio = PortfolioIndex.open(file)) {
      Progress[] progress = new Progress[1];
      UpdateReport report = portfolio.update(sboms, (done, total) -> {
        if (progress[0] == null) {
          progress[0] = new Progress(err, "indexing", total, Progress.Unit.FILES);
        }
        progress[0].update(done);
      });
      if (progress[0] != null) {
        progress[0].done();
      }
      if (!report.upToDate()) {
        err.println("spillover: index " + file + ": " + report.total() + " SBOMs (" + report.added() + " added, "
            + report.changed() + " changed, " + report.removed() + " removed)");
      }
      answer = portfolio.whereUsed(target);
    }
    String shown = file.toString();
    WhereUsed written = answer;
    output.write(writer -> write(written, shown, writer), answer.uses().size() + " projects");
    return ExitCodes.OK;
  }

  private void write(WhereUsed answer, String shownIndex, Writer writer) throws IOException {
    switch (format) {
      case TABLE -> WhereUsedTable.write(answer, writer);
      case JSON -> WhereUsedJson.write(answer, shownIndex, writer);
      case HTML -> throw new IllegalStateException("html is refused for where used before the index is read");
    }
  }
}
