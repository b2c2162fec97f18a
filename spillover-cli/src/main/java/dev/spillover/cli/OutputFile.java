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

/** A report written to {@code --out}: whole or not at all. */
final class OutputFile {
  /** What writes the report. */
  @FunctionalInterface
  interface Body {
    void writeTo(Writer writer) throws IOException;
  }

  private OutputFile() {}

  /**
   * Writes to a temporary file beside {@code out}, then moves it in place: no half-written report.
   *
   * @throws InputException when the folder of {@code out} does not exist
   * @throws IOException when the file cannot be written (nothing is left behind)
   */
  static void write(Path out, Body body) throws IOException {
    Path target = out.toAbsolutePath();
    Path dir = target.getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new InputException(new Problem(out.toString(), 0, 0, "folder " + dir + " does not exist"));
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
