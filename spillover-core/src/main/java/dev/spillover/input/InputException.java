package dev.spillover.input;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad input: one or more {@link Problem}s, in file and position order. Callers map it to exit
 * code 2 (or HTTP 400); nothing was loaded when it is thrown.
 */
public class InputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  public InputException(List<Problem> problems) {
    super(describe(problems));
    this.problems = problems.stream().sorted().toList();
  }

  public InputException(Problem problem) {
    this(List.of(problem));
  }

  /** The problems, sorted by file, line and column. */
  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    String lines = problems.stream().sorted().map(Problem::toString).collect(Collectors.joining("\n  "));
    return problems.size() == 1
        ? lines
        : problems.size() + " problems:\n  " + lines;
  }
}
