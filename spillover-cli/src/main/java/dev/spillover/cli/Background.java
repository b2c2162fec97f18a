package dev.spillover.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/** Waiting for work started on another thread, with its failure rethrown as if it had run here. */
final class Background {
  private Background() {}

  /**
   * The result of {@code task}, once done. What the task threw is thrown again unchanged when it is
   * unchecked (an {@code InputException} stays one, so exit codes do not change).
   */
  static <T> T join(FutureTask<T> task) {
    try {
      return task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for " + task, e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }
}
