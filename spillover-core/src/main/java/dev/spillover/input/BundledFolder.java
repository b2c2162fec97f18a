package dev.spillover.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A folder of data files bundled on the classpath (the policy packs, the origin tables), listed
 * by its {@code index.txt}: one short name per line, blank lines and {@code #} comments ignored.
 * Reference data lives as files in the repository and is copied into a jar this way, so that the
 * command finds it wherever it runs.
 */
public final class BundledFolder {
  private final String folder;
  private final ClassLoader loader;

  /** The folder {@code folder} (for example {@code "packs/"}) as {@code loader} finds it. */
  public BundledFolder(String folder, ClassLoader loader) {
    this.folder = folder.endsWith("/") ? folder : folder + "/";
    this.loader = Objects.requireNonNull(loader, "loader");
  }

  /**
   * The names the index lists, in its order.
   *
   * @throws IllegalStateException when the index is missing: the build that made the jar is broken
   */
  public List<String> names() {
    String index = text("index.txt");
    if (index == null) {
      throw new IllegalStateException(folder + "index.txt is missing from the classpath: the build is broken");
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

  /** The text of {@code file} in the folder (UTF-8), or null when there is no such file. */
  public String text(String file) {
    try (InputStream in = loader.getResourceAsStream(folder + file)) {
      return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
