package dev.spillover.input;

import java.util.ArrayList;
import java.util.List;

/** Collects the problems of one load; {@link #throwIfAny()} ends the load when there are any. */
public final class Problems {
  private final List<Problem> problems = new ArrayList<>();

  public void add(Problem problem) {
    problems.add(problem);
  }

  /** Records a problem at {@code node}'s position. */
  public void at(YamlNode node, String message) {
    problems.add(new Problem(node.file(), node.line(), node.column(), message));
  }

  public boolean isEmpty() {
    return problems.isEmpty();
  }

  public List<Problem> list() {
    return List.copyOf(problems);
  }

  /** Throws an {@link InputException} with every problem recorded, if any. */
  public void throwIfAny() {
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
  }
}
