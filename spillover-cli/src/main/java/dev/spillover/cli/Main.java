package dev.spillover.cli;

import dev.spillover.input.InputException;
import dev.spillover.policy.CompiledCondition;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code spillover} command. Output goes to the writer given (stdout); notices, progress and
 * errors to the error writer (stderr), so that machine-readable output can always be piped.
 */
@Command(
    name = "spillover",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    resourceBundle = "dev.spillover.cli.Messages",
    subcommands = {AssessCommand.class, CheckCommand.class, CompareCommand.class, DataCommand.class, OwnersCommand.class, ScreenCommand.class, SpillCommand.class, CommandLine.HelpCommand.class, picocli.AutoComplete.GenerateCompletion.class},
    description = {
      "Which of your systems, products and data are exposed to a restricted country or company, "
          + "through which ownership, dependency or data-flow path; what each rule in force on a date "
          + "says about it; and why.",
      ""
    },
    footer = {
      "",
      "Exit codes: 0 done, 1 failure, 2 bad input or usage.",
      "check also exits with 3 when its gate fails (0: the gate passed).",
      "Documentation: docs/cli.md, docs/ci-gate.md, docs/store.md, docs/estate-format.md,",
      "docs/policy-language.md, docs/screening.md"
    })
public final class Main implements java.util.concurrent.Callable<Integer> {
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Without a command there is nothing to do: show the usage and say so with exit code 2. */
  @Override
  public Integer call() {
    spec.commandLine().getErr().println("spillover: no command given");
    spec.commandLine().usage(spec.commandLine().getErr());
    return ExitCodes.BAD_INPUT;
  }

  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given writers and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new Main());
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setCaseInsensitiveEnumValuesAllowed(true);
    commandLine.registerConverter(java.time.LocalDate.class, Main::date);
    commandLine.setExitCodeExceptionMapper(Main::exitCode);
    commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
      line.getErr().println("spillover: " + message(e));
      if (exitCode(e) == ExitCodes.FAILURE && !(e instanceof java.io.UncheckedIOException)
          && !(e instanceof dev.spillover.store.StoreException)) {
        e.printStackTrace(line.getErr());
      }
      line.getErr().flush();
      return exitCode(e);
    });
    commandLine.setParameterExceptionHandler((e, params) -> {
      CommandLine line = e.getCommandLine();
      line.getErr().println("spillover: " + e.getMessage());
      CommandLine.UnmatchedArgumentException.printSuggestions(e, line.getErr());
      line.getErr().println("Try '" + line.getCommandSpec().qualifiedName() + " --help' for more information.");
      line.getErr().flush();
      return ExitCodes.BAD_INPUT;
    });
    try {
      return commandLine.execute(args);
    } catch (OutOfMemoryError e) {
      // Thrown out of the command, so what filled the heap is garbage now: there is room to say so.
      err.println(outOfMemory(Runtime.getRuntime().maxMemory()));
      err.flush();
      return ExitCodes.FAILURE;
    }
  }

  /** What to do when the input does not fit in a heap of {@code maxHeap} bytes. */
  static String outOfMemory(long maxHeap) {
    return String.format(java.util.Locale.ROOT, "spillover: out of memory: the input does not fit in the Java heap"
        + " (at most %,d MiB). Give Java more, for example SPILLOVER_JAVA_OPTS=-Xmx8g ./spillover ..."
        + " or java -Xmx8g -jar spillover.jar ... (docs/cli.md#memory)", maxHeap >> 20);
  }

  private static java.time.LocalDate date(String text) {
    try {
      return java.time.LocalDate.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new CommandLine.TypeConversionException("'" + text + "' is not a date, expected YYYY-MM-DD (for example 2020-09-21)");
    }
  }

  private static int exitCode(Throwable e) {
    if (e instanceof InputException || e instanceof CommandLine.ParameterException) {
      return ExitCodes.BAD_INPUT;
    }
    return ExitCodes.FAILURE;
  }

  private static String message(Throwable e) {
    if (e instanceof InputException input) {
      return input.getMessage();
    }
    if (e instanceof CompiledCondition.EvaluationFailure || e instanceof dev.spillover.store.StoreException) {
      return e.getMessage();
    }
    if (e instanceof java.io.UncheckedIOException io) {
      return io.getMessage() + ": " + io.getCause().getMessage();
    }
    return "unexpected failure: " + e;
  }

  /** The version from the jar's manifest, or "development build" when run from classes. */
  static String version() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version == null ? "development build" : version;
  }

  /** Reports {@link #version()}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"spillover " + version()};
    }
  }
}
