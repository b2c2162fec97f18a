package dev.spillover.formats;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.model.Estate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads any mix of inputs, each in a format recognized from its content, into one estate. */
public final class Inputs {
  private Inputs() {}

  /**
   * Loads every input into one estate named {@code name}; {@code reading} is told how far the
   * reading of each file has got. All or nothing: every problem of every input is collected and
   * thrown together.
   *
   * The assembly's {@linkplain EstateAssembler#warnings warnings} are dropped; see the other
   * {@code load} to hear them.
   *
   * @throws InputException when an input is missing, of no known format, or has problems
   */
  public static Estate load(List<Path> inputs, String name, ReadProgress reading) {
    return load(inputs, name, reading, warning -> { });
  }

  /**
   * Loads every input into one estate as {@link #load(List, String, ReadProgress)} does, and
   * passes each of the assembly's {@linkplain EstateAssembler#warnings warnings} to {@code warnings}.
   *
   * @throws InputException when an input is missing, of no known format, or has problems
   */
  public static Estate load(List<Path> inputs, String name, ReadProgress reading,
      java.util.function.Consumer<String> warnings) {
    EstateAssembler assembler = new EstateAssembler(reading);
    List<Problem> problems = readInto(inputs, assembler);
    if (!problems.isEmpty()) {
      throw new InputException(problems);
    }
    Estate estate = assembler.build(name);
    assembler.warnings().forEach(warnings);
    return estate;
  }

  /**
   * Reads every input into {@code assembler}, beside what it already holds (an SBOM read on its
   * own, say), reporting the reading to the assembler's {@link ReadProgress}. An input with
   * problems adds nothing.
   *
   * @return every problem of every input (missing, of no known format, or with problems); empty when all were read
   */
  public static List<Problem> readInto(List<Path> inputs, EstateAssembler assembler) {
    List<Problem> problems = new ArrayList<>();
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        problems.add(new Problem(input.toString(), 0, 0, "no such file or folder"));
        continue;
      }
      InputFormat format = InputFormat.detect(input);
      if (format == null) {
        problems.add(new Problem(input.toString(), 0, 0,
            "not a format Spillover reads, expected one of: " + InputFormat.supported()));
        continue;
      }
      try {
        format.importer().read(input, assembler);
      } catch (InputException e) {
        problems.addAll(e.problems());
      }
    }
    return problems;
  }
}
