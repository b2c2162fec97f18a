package dev.spillover.policy.pack;

import dev.spillover.input.BundledFolder;
import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.policy.Pack;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Finds packs: a path to a pack file, or the short name of a pack bundled with Spillover (the
 * files in the repository's {@code packs/} folder, listed in {@code packs/index.txt}).
 */
public final class PackCatalog {
  private static final BundledFolder BUNDLED = new BundledFolder("packs/", PackCatalog.class.getClassLoader());

  private PackCatalog() {}

  /** The short names of the bundled packs, in index order. */
  public static List<String> bundledNames() {
    return BUNDLED.names();
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
    String text = bundledNames().contains(name) ? BUNDLED.text(name + ".yaml") : null;
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
}
