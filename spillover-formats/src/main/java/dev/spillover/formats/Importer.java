package dev.spillover.formats;

import java.nio.file.Path;

/**
 * Reads one input (a file, or a folder for the native estate format) into an assembler. All or
 * nothing: an importer checks its whole input and throws before writing anything when it finds a
 * problem.
 */
@FunctionalInterface
public interface Importer {
  /**
   * Reads {@code input} into {@code into}.
   *
   * @throws dev.spillover.input.InputException listing every problem found, with file and place;
   *     nothing has been written to {@code into} then
   * @throws java.io.UncheckedIOException when the input cannot be read at all
   */
  void read(Path input, EstateAssembler into);
}
