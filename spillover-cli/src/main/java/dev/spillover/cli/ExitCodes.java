package dev.spillover.cli;

/** The exit codes of every command: part of the CLI's contract, documented in docs/cli.md. */
public final class ExitCodes {
  /** The command did what was asked. */
  public static final int OK = 0;

  /** Something outside the input failed: a file could not be written, a bug. */
  public static final int FAILURE = 1;

  /** The input or the command line is wrong; nothing was done. */
  public static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
