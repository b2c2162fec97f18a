package dev.spillover.cli;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.policy.facts.CiRules;
import dev.spillover.policy.facts.CiaRules;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The {@code --cia-rules} and {@code --ci-rules} options shared by the commands that evaluate packs
 * ({@code assess}, {@code check}): other rules files for the {@code cia} facts (docs/cia.md) and the
 * critical-infrastructure measures (docs/critical-infrastructure.md) than the bundled ones.
 */
final class MeasureRules {
  @Option(names = "--cia-rules", paramLabel = "FILE",
      description = {"Score the cia facts (subject.cia, exposure.cia) with this CIA rules file instead of the "
          + "bundled reference/cia/rules.yaml (format: docs/cia.md). Used only when a rule names cia."})
  Path ciaRules;

  @Option(names = "--ci-rules", paramLabel = "FILE",
      description = {"Score the critical-infrastructure measures (subject.ci: trustworthiness, detection, "
          + "resilience) with this rules file instead of the bundled reference/ci/rules.yaml (format: "
          + "docs/critical-infrastructure.md). Used only when a rule names ci."})
  Path ciRules;

  /** The rules chosen: the files given, else the bundled ones. */
  record Loaded(CiaRules cia, CiRules ci) {}

  /**
   * Reads the files given (both, so that every problem of both is reported at once).
   *
   * @throws InputException listing every problem of either file, each with the file and position
   */
  Loaded load() {
    List<Problem> problems = new ArrayList<>();
    CiaRules cia = CiaRules.bundled();
    CiRules ci = CiRules.bundled();
    if (ciaRules != null) {
      try {
        cia = CiaRules.read(ciaRules);
      } catch (InputException e) {
        problems.addAll(e.problems());
      }
    }
    if (ciRules != null) {
      try {
        ci = CiRules.read(ciRules);
      } catch (InputException e) {
        problems.addAll(e.problems());
      }
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return new Loaded(cia, ci);
  }
}
