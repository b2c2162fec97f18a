package dev.spillover.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spillover.input.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@link ReportOutput} on a command of its own: standard output, or the file whole with one note on
 * standard error, or nothing at all. Each command's use of it is tested with the command.
 */
class ReportOutputTest {
  /** A command that writes "report ✓" through the mixin; {@code fail} makes the body throw half-way. */
  @Command(name = "demo")
  static final class Demo implements Callable<Integer> {
    @CommandLine.Mixin
    ReportOutput output = new ReportOutput();

    @CommandLine.Option(names = "--fail")
    boolean fail;

    @Override
    public Integer call() throws IOException {
      output.write(writer -> {
        writer.write("report ✓\n");
        if (fail) {
          throw new UncheckedIOException(new IOException("disk full"));
        }
      }, "1 report", "(a demo)");
      return 0;
    }
  }

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private CommandLine demo() {
    CommandLine line = new CommandLine(new Demo());
    line.setOut(new PrintWriter(out));
    line.setErr(new PrintWriter(err));
    return line;
  }

  @Test
  void writesToStandardOutputWithoutANoteWhenNoFileIsGiven() {
    assertThat(demo().execute()).isZero();

    assertThat(out.toString()).isEqualTo("report ✓\n");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void writesTheFileWholeAndSaysSoOnStandardError(@TempDir Path folder) throws IOException {
    Path file = folder.resolve("report.txt");

    assertThat(demo().execute("--out", file.toString())).isZero();

    assertThat(out.toString()).isEmpty();
    assertThat(err.toString()).isEqualTo("spillover: wrote 1 report to " + file + " (a demo)\n");
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("report ✓\n");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).as("no temporary file is left behind").containsExactly(file);
    }
  }

  @Test
  void refusesAFileWhoseFolderDoesNotExistAndWritesNothing(@TempDir Path folder) {
    Path file = folder.resolve("missing").resolve("report.txt");
    ReportOutput output = new ReportOutput();
    output.out = file;
    boolean[] called = {false};

    assertThatThrownBy(() -> output.write(writer -> called[0] = true, "1 report"))
        .isInstanceOf(InputException.class)
        .hasMessageContaining("folder " + file.toAbsolutePath().getParent() + " does not exist");
    assertThat(called[0]).as("the body is not asked to write").isFalse();
    assertThat(file.getParent()).doesNotExist();
  }

  @Test
  void leavesNoFileWhenTheBodyFailsAndKeepsTheOldOne(@TempDir Path folder) throws IOException {
    Path file = Files.writeString(folder.resolve("report.txt"), "old");

    assertThat(demo().execute("--out", file.toString(), "--fail")).isNotZero();

    assertThat(Files.readString(file)).isEqualTo("old");
    try (Stream<Path> files = Files.list(folder)) {
      assertThat(files).as("no temporary file is left behind").containsExactly(file);
    }
    assertThat(err.toString()).doesNotContain("spillover: wrote");
  }

  @Test
  void describesTheOptionAsWritingTheReportUnlessTheCommandNamesItsOwn() {
    assertThat(demo().getUsageMessage())
        .contains("--out=FILE   Write the report to FILE instead of standard output.");
    StringWriter help = new StringWriter();
    Main.run(new String[] {"spill", "--help"}, new PrintWriter(help), new PrintWriter(new StringWriter()));
    assertThat(help.toString()).contains("Write the answer to FILE instead of standard output.");
  }
}
