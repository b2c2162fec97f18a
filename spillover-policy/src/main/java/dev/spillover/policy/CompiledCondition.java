package dev.spillover.policy;

import java.util.Map;

/** A rule condition ready to run on the variables {@code subject}, {@code exposure} and {@code asOf}. */
@FunctionalInterface
public interface CompiledCondition {

  /**
   * True when the condition holds for these variables.
   *
   * @throws EvaluationFailure when CEL fails at run time (for example a division by zero)
   */
  boolean test(Map<String, ?> variables);

  /** A condition that compiled but failed when run. */
  final class EvaluationFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public EvaluationFailure(String message, Throwable cause) {
      super(message, cause);
    }
  }
}
