package dev.spillover.cli;

import dev.spillover.exposure.ExposurePath;
import dev.spillover.formats.EstateAssembler;
import dev.spillover.formats.Inputs;
import dev.spillover.formats.origin.OriginAttribution;
import dev.spillover.formats.origin.OriginMatcher;
import dev.spillover.formats.origin.OriginTables;
import dev.spillover.formats.report.BomStatements;
import dev.spillover.formats.report.FindingsJson;
import dev.spillover.formats.report.FindingsSarif;
import dev.spillover.formats.report.FindingsTable;
import dev.spillover.formats.sbom.EnrichedBom;
import dev.spillover.formats.sbom.SbomImporter;
import dev.spillover.formats.sbom.SbomInventory;
import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.model.Estate;
import dev.spillover.policy.Assessment;
import dev.spillover.policy.AssessmentResult;
import dev.spillover.policy.Evidence;
import dev.spillover.policy.Finding;
import dev.spillover.policy.Pack;
import dev.spillover.policy.Verdict;
import dev.spillover.snapshot.Snapshot;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.FutureTask;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spillover check}: a CI gate over one SBOM. The SBOM (and any {@code --with} inputs) is
 * read into one estate, the packs are applied as of a date exactly as {@code assess} applies them,
 * and the findings about the SBOM's products and components are reported; the exit code says
 * whether one of them has a verdict that counts at or above {@code --fail-on}.
 */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    header = "Gate an SBOM in CI: findings about its components under policy packs, exit code by verdict.",
    description = {
      "Reads the SBOM (CycloneDX JSON 1.2-1.6 or XML 1.0-1.6, SPDX 2.2 or 2.3 JSON or tag-value, "
          + "recognized from its content) and any --with inputs into one estate, applies the packs as of "
          + "the date as assess does, and reports the findings whose subject or explaining path is a "
          + "product or component of the SBOM. A component is exposed through who supplies, publishes, "
          + "manufactures or develops it, as the SBOM names them, or else, for a package, the organization "
          + "the origin tables attribute its package URL to (docs/origins.md): those parties are matched by name and "
          + "identifier against the packs' own lists (the bundled ndaa-889 pack lists Huawei, ZTE, "
          + "Hytera, Hikvision and Dahua) and against what --with inputs declare (listings, owners).",
      "",
      "The gate fails when a finding has a verdict that counts (rule in force, enforced, not waived) "
          + "at or above --fail-on. Waivers come from the packs and from --with estate folders.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  spillover check --sbom bom.json",
      "  spillover check --sbom bom.json --pack ndaa-889 --fail-on review \\",
      "      --format sarif --out spillover.sarif",
      "  spillover check --sbom sbom.spdx.json --with our-estate --as-of 2025-01-01",
      "",
      "Exit codes:",
      "  0  the gate passed",
      "  1  failure: something outside the input went wrong; nothing decided",
      "  2  bad input or usage: an SBOM, pack or --with input that cannot be read,",
      "     a bad option; nothing decided",
      "  3  the gate failed: a finding counts at or above --fail-on",
      "",
      "See docs/ci-gate.md for a GitHub Actions step and the SARIF mapping."
    })
final class CheckCommand implements Callable<Integer> {
  /**
   * Where SARIF says the tool is documented. The project has no public home yet: the reserved
   * {@code .invalid} domain (RFC 2606) says so instead of inventing one. Set it when there is one.
   */
  static final String INFORMATION_URI = "https://spillover.invalid/docs/ci-gate.md";

  /** The verdicts a gate can fail on, most severe first, as {@link Verdict} orders them. */
  enum Threshold {
    PROHIBITED(Verdict.PROHIBITED), RESTRICTED(Verdict.RESTRICTED), REVIEW(Verdict.REVIEW);

    final Verdict verdict;

    Threshold(Verdict verdict) {
      this.verdict = verdict;
    }

    /** True when {@code counted} (a verdict that counts, or null) is this severe or more. */
    boolean failedBy(Verdict counted) {
      return counted != null && counted.ordinal() <= verdict.ordinal();
    }
  }

  /** The output formats of {@code check}. */
  enum Format { TABLE, JSON, SARIF, CYCLONEDX }

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--sbom", required = true, paramLabel = "FILE",
      description = "The SBOM to check: CycloneDX or SPDX, recognized from its content.")
  Path sbom;

  @Option(names = "--with", paramLabel = "INPUT",
      description = {"More inputs, as owners reads them (estate folders, BODS, GLEIF, FollowTheMoney, "
          + "SBOMs): who owns the suppliers, which list they are on, waivers. Repeat for several."})
  List<Path> with = new ArrayList<>();

  @Option(names = "--origin-table", paramLabel = "FILE",
      description = {"An origin table of your own beside the bundled ones (docs/origins.md): which "
          + "organization publishes which packages. Repeat for several."})
  List<Path> originTables = new ArrayList<>();

  @Option(names = "--no-origin-tables",
      description = "Attribute no package by the origin tables: only the parties the SBOM itself names count.")
  boolean noOriginTables;

  @CommandLine.Mixin
  PackSelection packs = new PackSelection();

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "The day: rules in the state they were in, waivers that held, edges valid. Default: today.")
  LocalDate asOf;

  @Option(names = "--fail-on", paramLabel = "VERDICT", defaultValue = "prohibited",
      description = "Fail on a finding whose verdict counts and is this or more severe: prohibited, "
          + "restricted or review. Default: ${DEFAULT-VALUE}.")
  Threshold failOn;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (for a terminal or a CI log), json (docs/findings-json.md), sarif "
          + "(SARIF 2.1.0 for code scanning; docs/ci-gate.md) or cyclonedx (the input CycloneDX BOM "
          + "written back with spillover: properties; docs/enriched-bom.md). Default: ${DEFAULT-VALUE}.")
  Format format;

  @CommandLine.Mixin
  ReportOutput output = new ReportOutput();

  @CommandLine.Mixin
  MeasureRules measureRules = new MeasureRules();

  /** What {@link #prepare} loads beside the SBOM: the packs, the origin matcher (null when off), and their problems. */
  private record Prepared(List<Pack> packs, MeasureRules.Loaded rules, OriginMatcher origins, List<Problem> problems) {}

  private Prepared prepare() {
    List<Problem> problems = new ArrayList<>();
    List<Pack> loaded = List.of();
    try {
      loaded = packs.load();
    } catch (InputException e) {
      problems.addAll(e.problems());
    }
    MeasureRules.Loaded rules = null;
    try {
      rules = measureRules.load();
    } catch (InputException e) {
      problems.addAll(e.problems());
    }
    OriginMatcher origins = null;
    if (!noOriginTables) {
      try {
        origins = OriginMatcher.of(OriginTables.bundledWith(originTables));
      } catch (InputException e) {
        problems.addAll(e.problems());
      }
    }
    return new Prepared(loaded, rules, origins, problems);
  }

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    LocalDate day = asOf != null ? asOf : LocalDate.now();
    // The packs (their CEL conditions compiled) and the origin tables load on a second thread while
    // this one reads the SBOM: neither needs the other, and a CI runner has at least two cores.
    FutureTask<Prepared> preparing = new FutureTask<>(this::prepare);
    Thread preparer = new Thread(preparing, "spillover-check-packs");
    preparer.setDaemon(true);
    preparer.start();
    List<Problem> problems = new ArrayList<>();
    EstateAssembler assembler = new EstateAssembler(Progress.ofReading(err));
    SbomInventory inventory = null;
    try {
      inventory = new SbomImporter().load(sbom, assembler);
    } catch (InputException e) {
      problems.addAll(e.problems());
    }
    problems.addAll(Inputs.readInto(with, assembler));
    Prepared prepared = Background.join(preparing);
    problems.addAll(prepared.problems());
    List<Pack> loaded = prepared.packs();
    OriginMatcher origins = prepared.origins();
    if (format == Format.CYCLONEDX && inventory != null && !inventory.format().startsWith("CycloneDX")) {
      problems.add(new Problem(inventory.file(), 0, 0, "--format cyclonedx writes the input CycloneDX BOM back"
          + " with Spillover's properties, and this SBOM is " + inventory.format() + "; expected a CycloneDX"
          + " SBOM (convert it first), or --format table, json or sarif"));
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    if (origins != null) {
      OriginAttribution.addTo(inventory, assembler, origins);
    }
    Estate estate = assembler.build(sbom.toString());
    assembler.warnings().forEach(warning -> err.println("spillover: warning: " + warning));
    Progress progress = new Progress(err, "checking", estate.nodeCount(), Progress.Unit.NODES);
    SbomInventory items = inventory;
    AssessmentResult all = Assessment.run(estate, loaded, day, progress::update, java.util.Map.of(),
        prepared.rules().cia(), prepared.rules().ci());
    progress.done();
    AssessmentResult result = all.only(finding -> concerns(finding, items, all.snapshot()));

    output.write(writer -> write(result, items, writer), result.findings().size() + " findings",
        format == Format.CYCLONEDX ? "(the enriched BOM)" : "");
    return gate(result, err);
  }

  private void write(AssessmentResult result, SbomInventory inventory, Writer writer) throws IOException {
    switch (format) {
      case TABLE -> FindingsTable.write(result, writer);
      case JSON -> FindingsJson.write(result, writer);
      case SARIF -> FindingsSarif.write(result, inventory,
          new FindingsSarif.Tool("Spillover", Main.version(), INFORMATION_URI), writer);
      case CYCLONEDX -> {
        EnrichedBom.Written written = EnrichedBom.write(sbom, BomStatements.of(result, inventory, List.of()), writer);
        if (!written.inputVersion().equals(written.outputVersion())) {
          spec.commandLine().getErr().println("spillover: the SBOM is CycloneDX " + written.inputVersion()
              + ", which has no properties; the enriched BOM is written as CycloneDX " + written.outputVersion());
        }
      }
    }
  }

  /** The exit code, with one line on standard error that says why (CI logs show it beside any report). */
  private int gate(AssessmentResult result, PrintWriter err) {
    String threshold = failOn.name().toLowerCase(Locale.ROOT);
    List<Finding> failing = result.findings().stream().filter(f -> failOn.failedBy(f.verdict())).toList();
    if (failing.isEmpty()) {
      long withheld = result.findings().stream().filter(f -> f.verdict() == null).count();
      err.println("spillover: gate passed: no finding " + threshold + (failOn == Threshold.PROHIBITED ? "" : " or worse")
          + " as of " + result.asOf() + " (" + result.findings().size() + " findings, " + withheld
          + " without a verdict that day)");
      return ExitCodes.OK;
    }
    Finding first = failing.get(0);
    err.println("spillover: gate failed: " + failing.size() + (failing.size() == 1 ? " finding" : " findings") + " "
        + threshold + (failOn == Threshold.PROHIBITED ? "" : " or worse") + " as of " + result.asOf() + ", first "
        + first.pack().id() + "/" + first.rule().id() + " (" + first.verdict().label() + ") on "
        + first.subject().name());
    return ExitCodes.GATE_FAILED;
  }

  /**
   * True when the finding is about the SBOM: its subject is one of its products or components, or
   * one of its explaining paths (in {@code snapshot}) passes one. Findings about the rest of a
   * --with estate are left out.
   */
  static boolean concerns(Finding finding, SbomInventory inventory, Snapshot snapshot) {
    if (inventory.contains(finding.subject().id())) {
      return true;
    }
    for (Evidence evidence : finding.evidence()) {
      for (ExposurePath path : evidence.paths()) {
        for (int node : path.nodes(snapshot, finding.subjectIndex())) {
          if (inventory.contains(snapshot.node(node).id())) {
            return true;
          }
        }
      }
    }
    return false;
  }
}
