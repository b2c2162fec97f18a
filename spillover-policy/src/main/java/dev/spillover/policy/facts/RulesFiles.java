package dev.spillover.policy.facts;

import dev.spillover.input.Fields;
import dev.spillover.input.Problems;
import dev.spillover.input.YamlDocument;
import dev.spillover.input.YamlNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.function.BiFunction;

/**
 * What the two scoring rules files (CIA, docs/cia.md; critical infrastructure,
 * docs/critical-infrastructure.md) share: the bundled file read from the class path, a file or a
 * text read as YAML with every problem collected, and the {@code version} check. Each file's own
 * reader turns the YAML into its rules.
 */
final class RulesFiles {
  private RulesFiles() {}

  /**
   * The rules of the bundled {@code resource}, shown in messages as {@code name}.
   *
   * @throws IllegalStateException when the resource is missing from the class path
   */
  static <T> T bundled(String resource, String name, BiFunction<YamlNode, Problems, T> reader) {
    try (InputStream in = RulesFiles.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the bundled " + name + " are missing from the class path");
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "bundled " + name, reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The rules of the file at {@code path}.
   *
   * @throws dev.spillover.input.InputException listing every problem, when there is any
   */
  static <T> T read(Path path, BiFunction<YamlNode, Problems, T> reader) {
    Problems problems = new Problems();
    YamlNode root = YamlDocument.read(path, path.toString(), problems);
    problems.throwIfAny();
    return reader.apply(root, problems);
  }

  /**
   * The rules in {@code text}, shown in messages as {@code name}.
   *
   * @throws dev.spillover.input.InputException listing every problem, when there is any
   */
  static <T> T parse(String text, String name, BiFunction<YamlNode, Problems, T> reader) {
    Problems problems = new Problems();
    YamlNode root = YamlDocument.parse(text, name, problems);
    problems.throwIfAny();
    return reader.apply(root, problems);
  }

  /** A problem when the file's optional {@code version} is not 1, the only version. */
  static void checkVersion(Fields top, String what, Problems problems) {
    Long version = top.count("version");
    if (version != null && version != 1) {
      problems.at(top.value("version"), what + ": version " + version + ", expected 1");
    }
  }
}
