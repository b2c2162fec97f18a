package dev.spillover.cli;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
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
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code spillover spill}: where a component, or anything from an organization, is used across a
 * portfolio of SBOMs. The portfolio's index (an H2 file) is brought up to date first (only new,
 * changed and removed files are read) and then queried.
 */
@Command(
    name = "spill",
    mixinStandardHelpOptions = true,
    header = "Where used: the projects in a folder of SBOMs that use a component or an organization's.",
    description = {
      "Reads the SBOMs in DIR (CycloneDX or SPDX files ending in .json, .xml or .spdx, subfolders "
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
      "  spillover spill --sboms sboms/ --component pkg:maven/org.example/lib",
      "  spillover spill --sboms sboms/ --component pkg:npm/lodash@4.17.21 --format json",
      "  spillover spill --sboms sboms/ --organization 'Hangzhou Hikvision'",
      "  spillover spill --sboms sboms/ --organization 'org:Example Ltd' \\",
      "      --index /var/cache/portfolio",
      "",
      "Exit codes:",
      "  0  done (also when no project uses the target)",
      "  1  failure: the index could not be opened or written (in use?)",
      "  2  bad input or usage: a bad SBOM (the index is unchanged), a bad option",
      "",
      "See docs/cli.md, docs/store.md and docs/where-used-json.md."
    })
final class SpillCommand implements Callable<Integer> {
  /** The output formats of {@code spill}. */
  enum Format { TABLE, JSON }

  /** Exactly one of the two targets. */
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

  @Option(names = "--sboms", required = true, paramLabel = "DIR", description = "The folder of SBOMs, one per project.")
  Path sboms;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Query query;

  @Option(names = "--index", paramLabel = "FILE",
      description = "The index file (H2 adds .mv.db). Default: DIR/.spillover/portfolio.")
  Path index;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table or json (docs/where-used-json.md). Default: ${DEFAULT-VALUE}.")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the answer to FILE instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
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
    if (out == null) {
      Writer writer = spec.commandLine().getOut();
      write(answer, shown, writer);
      writer.flush();
    } else {
      WhereUsed written = answer;
      OutputFile.write(out, writer -> write(written, shown, writer));
      err.println("spillover: wrote " + answer.uses().size() + " projects to " + out);
    }
    return ExitCodes.OK;
  }

  private void write(WhereUsed answer, String shownIndex, Writer writer) throws IOException {
    switch (format) {
      case TABLE -> WhereUsedTable.write(answer, writer);
      case JSON -> WhereUsedJson.write(answer, shownIndex, writer);
    }
  }
}
