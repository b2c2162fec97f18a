package dev.spillover.cli;

/** The exit codes of every command: part of the CLI's contract, documented in docs/cli.md. */
public final class ExitCodes {
  /** The command did what was asked. */
  public static final int OK = 0;

  /** Something outside the input failed: a file could not be written, the input does not fit in memory, a bug. */
  public static final int FAILURE = 1;

  /** The input or the command line is wrong; nothing was done. */
  public static final int BAD_INPUT = 2;

  /**
   * {@code check} only: the gate failed, a finding has a verdict that counts at or above
   * {@code --fail-on}. Apart from 1 and 2 so that a pipeline can tell "the SBOM breaks the policy"
   * from "the check could not run".
   */
  public static final int GATE_FAILED = 3;

  private ExitCodes() {}
}
