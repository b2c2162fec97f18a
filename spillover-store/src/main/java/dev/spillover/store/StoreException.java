package dev.spillover.store;

/**
 * The database behind the store failed: it could not be opened, read or written (a locked or
 * damaged file, a full disk). An environment failure (exit code 1 in the CLI), never bad input.
 */
public class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
