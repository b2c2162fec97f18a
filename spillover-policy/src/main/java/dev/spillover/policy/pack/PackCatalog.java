package dev.spillover.policy.pack;

import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.policy.Pack;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds packs: a path to a pack file, or the short name of a pack bundled with Spillover (the
 * files in the repository's {@code packs/} folder, listed in {@code packs/index.txt}).
 */
public final class PackCatalog {
  private static final String BUNDLED = "packs/";

  private PackCatalog() {}

  /** The short names of the bundled packs, in index order. */
  public static List<String> bundledNames() {
    String index = resource("index.txt");
    if (index == null) {
      throw new IllegalStateException("packs/index.txt is missing from the classpath: the build is broken");
    }
    List<String> names = new ArrayList<>();
    for (String line : index.split("\n")) {
      String name = line.strip();
      if (!name.isEmpty() && !name.startsWith("#")) {
        names.add(name);
      }
    }
    return names;
  }

  /** Loads every bundled pack. */
  public static List<Pack> bundled() {
    return bundledNames().stream().map(PackCatalog::bundled).toList();
  }

  /**
   * Loads the bundled pack {@code name}.
   *
   * @throws InputException when there is no such pack
   */
  public static Pack bundled(String name) {
    String text = bundledNames().contains(name) ? resource(name + ".yaml") : null;
    if (text == null) {
      throw new InputException(new Problem(name, 0, 0,
          "no pack file and no bundled pack of that name, expected a file or one of " + String.join(", ", bundledNames())));
    }
    return PackLoader.parse(text, "bundled pack " + name + " (packs/" + name + ".yaml)", "bundled:" + name);
  }

  /**
   * Loads a pack given as a file path or a bundled short name: an existing file wins.
   *
   * @throws InputException when neither exists or the pack is invalid
   */
  public static Pack resolve(String fileOrName) {
    Path path = Path.of(fileOrName);
    if (Files.isRegularFile(path)) {
      return PackLoader.read(path);
    }
    return bundled(fileOrName);
  }

  private static String resource(String file) {
    try (InputStream in = PackCatalog.class.getClassLoader().getResourceAsStream(BUNDLED + file)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
