package dev.spillover.formats.origin;

import dev.spillover.input.BundledFolder;
import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import dev.spillover.input.Problems;
import dev.spillover.input.YamlDocument;
import dev.spillover.input.YamlNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A set of origin tables loaded together: their organizations (by id) and their package, SDK and
 * app entries. A table may name an organization defined in any table of the set, so the bundled
 * tables share one {@code organizations.yaml} and a table of your own can use its ids.
 *
 * <p>The bundled tables are the files of the repository's {@code reference/origins/} folder,
 * listed in its {@code index.txt} and packed into this module's jar under {@code origins/}, the
 * way policy packs are. Loading checks every file whole (structure, dates, country codes, key
 * formats, references, duplicates across files) and throws one {@link InputException} with every
 * problem, each with its file, line and column; nothing is returned when there is any.
 */
public final class OriginTables {
  private static final BundledFolder BUNDLED = new BundledFolder("origins/", OriginTables.class.getClassLoader());
  private static final String BUNDLED_SHOWN_AS = "reference/origins/";

  private final Map<String, OriginOrganization> organizations;
  private final List<PackageEntry> packages;
  private final List<SdkEntry> sdks;
  private final List<AppEntry> apps;

  OriginTables(Map<String, OriginOrganization> organizations, List<PackageEntry> packages, List<SdkEntry> sdks,
      List<AppEntry> apps) {
    this.organizations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(organizations));
    this.packages = List.copyOf(packages);
    this.sdks = List.copyOf(sdks);
    this.apps = List.copyOf(apps);
  }

  /** The short names of the bundled tables, in index order. */
  public static List<String> bundledNames() {
    return BUNDLED.names();
  }

  /** Loads the bundled tables. */
  public static OriginTables bundled() {
    return load(bundledTexts(), List.of());
  }

  /**
   * Loads the bundled tables and the table file {@code extra}, which has the same schema and may
   * name the bundled organizations.
   *
   * @throws InputException listing every problem of any table (an entry of {@code extra} that
   *     repeats a bundled key is one)
   */
  public static OriginTables bundledWith(Path extra) {
    return bundledWith(List.of(extra));
  }

  /** Loads the bundled tables and the table files {@code extras}, as {@link #bundledWith(Path)} does for one. */
  public static OriginTables bundledWith(List<Path> extras) {
    return load(bundledTexts(), extras);
  }

  /** Loads only the table files given, as one set. */
  public static OriginTables read(List<Path> files) {
    return load(new LinkedHashMap<>(), files);
  }

  /** Loads tables given as text, by the name shown in messages, as one set (for tests and tools). */
  public static OriginTables parse(Map<String, String> textsByName) {
    return load(textsByName, List.of());
  }

  private static OriginTables load(Map<String, String> texts, List<Path> files) {
    Problems problems = new Problems();
    OriginTableReader reader = new OriginTableReader(problems);
    texts.forEach((name, text) -> {
      YamlNode root = YamlDocument.parse(text, name, problems);
      if (root != null) {
        reader.read(root);
      }
    });
    for (Path file : files) {
      YamlNode root = YamlDocument.read(file, file.toString(), problems);
      if (root != null) {
        reader.read(root);
      }
    }
    problems.throwIfAny();
    OriginTables tables = reader.resolve();
    problems.throwIfAny();
    return tables;
  }

  private static Map<String, String> bundledTexts() {
    Map<String, String> texts = new LinkedHashMap<>();
    for (String name : bundledNames()) {
      String text = BUNDLED.text(name + ".yaml");
      if (text == null) {
        throw new InputException(new Problem(BUNDLED_SHOWN_AS + "index.txt", 0, 0,
            "lists '" + name + "', but origins/" + name + ".yaml is missing from the classpath"));
      }
      texts.put(BUNDLED_SHOWN_AS + name + ".yaml", text);
    }
    return texts;
  }

  /** The organizations by id, in the order they were defined. */
  public Map<String, OriginOrganization> organizations() {
    return organizations;
  }

  /** The package namespace entries, in file order. */
  public List<PackageEntry> packages() {
    return packages;
  }

  /** The Android SDK fingerprints, in file order. */
  public List<SdkEntry> sdks() {
    return sdks;
  }

  /** The Android app ids, in file order. */
  public List<AppEntry> apps() {
    return apps;
  }

  /** Every entry: packages, then SDKs, then apps. */
  public List<OriginEntry> entries() {
    List<OriginEntry> all = new ArrayList<>(packages);
    all.addAll(sdks);
    all.addAll(apps);
    return all;
  }
}
