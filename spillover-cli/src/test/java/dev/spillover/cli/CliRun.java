package dev.spillover.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/**
 * One run of the {@code spillover} command line through {@link Main#run}, in this JVM, with the
 * exit code and the exact text written to standard output and standard error.
 */
record CliRun(int exitCode, String out, String err) {
  /** The bundled example, seen from the module folder that Maven runs the tests in. */
  static final String ACME = Path.of("..", "examples", "acme-2020").toString();

  /** Runs {@code spillover args...}. */
  static CliRun spillover(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exitCode;
    try (PrintWriter outWriter = new PrintWriter(out); PrintWriter errWriter = new PrintWriter(err)) {
      exitCode = Main.run(args, outWriter, errWriter);
    }
    return new CliRun(exitCode, out.toString(), err.toString());
  }

  /** Runs {@code spillover assess} on the bundled example as of {@code day}, with more arguments. */
  static CliRun assessAcme(String day, String... more) {
    String[] args = new String[4 + more.length];
    args[0] = "assess";
    args[1] = ACME;
    args[2] = "--as-of";
    args[3] = day;
    System.arraycopy(more, 0, args, 4, more.length);
    return spillover(args);
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
  }
}
