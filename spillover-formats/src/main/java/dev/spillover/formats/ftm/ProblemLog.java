package dev.spillover.formats.ftm;

import dev.spillover.input.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * The problems of one file, at most {@code max} of them: a hostile file of a million bad lines
 * gives a bounded report, closed by one problem saying that more were not listed.
 */
final class ProblemLog {
  private final String file;
  private final int max;
  private final List<Problem> problems = new ArrayList<>();
  private boolean full;

  ProblemLog(String file, int max) {
    this.file = file;
    this.max = max;
  }

  String file() {
    return file;
  }

  void add(int line, String message) {
    add(line, 0, message);
  }

  void add(int line, int column, String message) {
    if (problems.size() < max) {
      problems.add(new Problem(file, line, column, message));
    } else if (!full) {
      full = true;
      problems.add(new Problem(file, line, column, "more than " + max + " problems; the rest are not listed"));
    }
  }

  /** True once the limit is reached: readers stop then. */
  boolean full() {
    return full;
  }

  int size() {
    return problems.size();
  }

  List<Problem> list() {
    return List.copyOf(problems);
  }
}
