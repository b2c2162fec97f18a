package dev.spillover.cli;

import dev.spillover.formats.estate.EstateFolder;
import dev.spillover.formats.report.ReportFormat;
import dev.spillover.model.Estate;
import dev.spillover.policy.Assessment;
import dev.spillover.policy.AssessmentResult;
import dev.spillover.policy.Pack;
import dev.spillover.policy.facts.Listing;
import dev.spillover.screening.estate.EstateScreening;
import dev.spillover.screening.estate.ListParents;
import dev.spillover.screening.list.ScreeningList;
import dev.spillover.screening.list.ScreeningLists;
import dev.spillover.screening.match.Match;
import dev.spillover.screening.match.Thresholds;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spillover assess}: findings for an estate under packs, as of a date; with {@code --list},
 * the estate's parties screened against restricted-party lists first, each match a listing the
 * packs' conditions see ({@link EstateScreening}).
 */
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
      "",
      "With --list, every organization and person of the estate is also screened, by its name and "
          + "each alias with its countries and identifiers, against the restricted-party lists given "
          + "(entries in effect that day): a match puts the party on that list, as if the estate "
          + "declared it, so that a condition such as '\"ofac-sdn\" in exposure.party.lists' holds, "
          + "and the finding's evidence gives the score and the name matched. Candidates in the "
          + "review band are not facts: they are listed on standard error for a person to check.",
      ""
    },
    footer = {
      "",
      "Examples:",
      "  spillover assess examples/acme-2020 --as-of 2020-09-21",
      "  spillover assess examples/acme-2020 --pack eo-13943 --format json",
      "  spillover assess my-estate --pack my-rules.yaml --format html --out r.html",
      "  spillover assess my-estate --pack my-rules.yaml --list lists/ofac-sdn",
      "  spillover assess my-estate --pack my-rules.yaml --ci-rules my-ci.yaml",
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

  @CommandLine.Mixin
  MeasureRules measureRules = new MeasureRules();

  @Option(names = "--as-of", paramLabel = "YYYY-MM-DD",
      description = "The day to assess: edges valid that day, rules in the state they were in. Default: today.")
  LocalDate asOf;

  @Option(names = "--list", paramLabel = "FILE_OR_DIR",
      description = {"Screen the estate's organizations and persons against this restricted-party "
          + "list, or a folder of them (formats as screen reads them); repeat for several."})
  List<Path> lists = new ArrayList<>();

  @Option(names = "--screen-threshold", paramLabel = "SCORE",
      description = "With --list: the score from which a name match puts a party on a list, "
          + "above 0 and at most 1. Default: 0.70 (screen's MATCH threshold).")
  Double screenThreshold;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
      description = "table (for a terminal), json (docs/findings-json.md) or html (a self-contained report). Default: ${DEFAULT-VALUE}.")
  ReportFormat format;

  @CommandLine.Mixin
  ReportOutput output = new ReportOutput();

  @Override
  public Integer call() throws IOException {
    PrintWriter err = spec.commandLine().getErr();
    LocalDate day = asOf != null ? asOf : LocalDate.now();
    Thresholds thresholds = screenThresholds();
    List<Pack> loaded = packs.load(estateDir);
    MeasureRules.Loaded rules = measureRules.load();
    Estate estate = EstateFolder.load(estateDir);
    Map<String, List<Listing>> screened = Map.of();
    if (!lists.isEmpty()) {
      List<ScreeningList> restricted = ScreeningLists.load(lists);
      Progress screening = new Progress(err, "screening", estate.nodeCount(), Progress.Unit.NODES);
      EstateScreening.Result found = EstateScreening.screen(estate, restricted, day, thresholds, screening::update);
      screening.done();
      report(found, restricted, day, err);
      screened = found.listings();
      ListParents.Added parents = ListParents.add(estate, found, restricted, day);
      if (parents.edges() > 0) {
        estate = parents.estate();
        Map<String, List<Listing>> all = new java.util.LinkedHashMap<>(screened);
        all.putAll(parents.listings());
        screened = all;
        err.println("spillover: the lists name owners of matched parties: " + parents.edges() + " ownership "
            + (parents.edges() == 1 ? "link" : "links") + " added (unknown share), " + parents.parents() + " of them to "
            + (parents.parents() == 1 ? "a party" : "parties") + " not in the estate");
      }
    }
    Progress progress = new Progress(err, "assessing", estate.nodeCount(), Progress.Unit.NODES);
    AssessmentResult result = Assessment.run(estate, loaded, day, progress::update, screened, rules.cia(), rules.ci());
    progress.done();
    output.write(writer -> format.write(result, writer), result.findings().size() + " findings");
    return ExitCodes.OK;
  }

  /** The thresholds of --screen-threshold: the match threshold given, the review floor the default's or lower. */
  private Thresholds screenThresholds() {
    if (screenThreshold == null) {
      return Thresholds.DEFAULT;
    }
    if (lists.isEmpty()) {
      throw new CommandLine.ParameterException(spec.commandLine(),
          "--screen-threshold applies to the screening of --list, and no --list is given");
    }
    double match = screenThreshold;
    if (!(match > 0 && match <= 1)) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--screen-threshold " + screenThreshold
          + " is out of range, expected a score above 0 and at most 1 (default " + Thresholds.DEFAULT.match() + ")");
    }
    return new Thresholds(match, Math.min(Thresholds.DEFAULT.review(), match));
  }

  /**
   * What screening found, on standard error: a count, then each match (now a listing the packs see)
   * and each candidate for review (not a fact), so that a person can check them.
   */
  private static void report(EstateScreening.Result found, List<ScreeningList> lists, LocalDate day, PrintWriter err) {
    String ids = String.join(", ", lists.stream().map(ScreeningList::id).toList());
    err.println(String.format(Locale.ROOT, "spillover: screened %,d %s (%,d %s) against %,d entries of %s in effect on %s:"
        + " %d %s (listed for the packs), %d for review (not facts: check them)%s",
        found.parties(), found.parties() == 1 ? "party" : "parties", found.names(), found.names() == 1 ? "name" : "names",
        found.entries(), ids, day, found.matches().size(), found.matches().size() == 1 ? "match" : "matches",
        found.reviews().size(), found.matches().isEmpty() && found.reviews().isEmpty() ? "" : ":"));
    for (EstateScreening.Hit hit : found.matches()) {
      err.println("  " + hit(hit));
    }
    for (EstateScreening.Hit hit : found.reviews()) {
      err.println("  " + hit(hit));
    }
  }

  /** "MATCH   0.750  Banco Nacional de Cuba [bnc] ~ ofac-sdn/306 BANCO NACIONAL DE CUBA". */
  private static String hit(EstateScreening.Hit hit) {
    Match match = hit.match();
    String party = hit.party().name() + " [" + hit.party().id() + "]"
        + (hit.name().equals(hit.party().name()) ? "" : " as '" + hit.name() + "'");
    String entry = match.entry().list() + "/" + match.entry().id() + " " + match.entry().name().text()
        + (match.matchedName().equals(match.entry().name().text()) ? "" : " as '" + match.matchedName() + "'");
    return String.format(Locale.ROOT, "%-6s  %.3f  %s ~ %s", match.decision(), match.score(), party, entry);
  }
}
