package dev.spillover.cli;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The {@code --out} option shared by the commands that write a report ({@code assess}, {@code check},
 * {@code compare}, {@code data}, {@code screen}, {@code spill}): the report goes to standard output,
 * or with {@code --out FILE} to that file, whole or not at all, with one line on standard error that
 * says what was written where.
 *
 * <p>The option's description is this class's unless the command's qualified name has its own in
 * {@code Messages.properties} (key {@code spillover.COMMAND.out}): each command names what it writes.
 */
final class ReportOutput {
  /** What writes the report; the writer is not closed by it. */
  @FunctionalInterface
  interface Body {
    void writeTo(Writer writer) throws IOException;
  }

  @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
  CommandLine.Model.CommandSpec command;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
  Path out;

  /**
   * Writes the report: to the command's standard output (flushed), or to {@code --out}, then
   * "spillover: wrote WHAT to FILE" on its standard error.
   *
   * @param what what was written, for the note, as in "12 findings"
   * @throws InputException when the folder of {@code --out} does not exist (nothing is written)
   * @throws IOException when the report cannot be written (no file is left behind)
   */
  void write(Body body, String what) throws IOException {
    write(body, what, "");
  }

  /** As {@link #write(Body, String)}, with {@code remark} (when not empty) after the note's file name. */
  void write(Body body, String what, String remark) throws IOException {
    if (out == null) {
      Writer writer = command.commandLine().getOut();
      body.writeTo(writer);
      writer.flush();
    } else {
      writeWhole(out, body);
      command.commandLine().getErr().println("spillover: wrote " + what + " to " + out
          + (remark.isEmpty() ? "" : " " + remark));
    }
  }

  /**
   * Writes to a temporary file beside {@code file}, then moves it in place: no half-written report.
   *
   * @throws InputException when the folder of {@code file} does not exist
   * @throws IOException when the file cannot be written (nothing is left behind)
   */
  static void writeWhole(Path file, Body body) throws IOException {
    Path target = file.toAbsolutePath();
    Path dir = target.getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new InputException(new Problem(file.toString(), 0, 0, "folder " + dir + " does not exist"));
    }
    // Created like any new file (so with the umask's permissions), unlike Files.createTempFile.
    Path temp = (dir == null ? Path.of(".") : dir).resolve(".spillover-" + UUID.randomUUID() + ".tmp");
    try {
      try (Writer writer = new OutputStreamWriter(
          Files.newOutputStream(temp, StandardOpenOption.CREATE_NEW), StandardCharsets.UTF_8)) {
        body.writeTo(writer);
      }
      Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException | UncheckedIOException e) {
      Files.deleteIfExists(temp);
      throw e;
    }
  }
}
