package dev.spillover.cli;

import dev.spillover.formats.estate.EstateFolder;
import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.model.Estate;
import dev.spillover.policy.scenario.Scenario;
import dev.spillover.policy.scenario.ScenarioLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * An estate folder and scenario files read together, all or nothing: every problem of every file
 * is reported at once, as {@code compare} and {@code spill --scenario} need.
 */
record ScenarioInputs(Estate estate, List<Scenario> scenarios) {

  /**
   * Reads the scenario files (in order) and the estate.
   *
   * @throws InputException listing the problems of every file, when any has some
   */
  static ScenarioInputs read(Path estateDir, List<Path> scenarioFiles) {
    List<Scenario> scenarios = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    for (Path file : scenarioFiles) {
      try {
        scenarios.add(ScenarioLoader.read(file));
      } catch (InputException e) {
        problems.addAll(e.problems());
      }
    }
    Estate estate = null;
    try {
      estate = EstateFolder.load(estateDir);
    } catch (InputException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    return new ScenarioInputs(estate, List.copyOf(scenarios));
  }
}
