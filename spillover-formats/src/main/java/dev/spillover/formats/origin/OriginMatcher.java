package dev.spillover.formats.origin;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import dev.spillover.formats.origin.Attribution.Match;
import dev.spillover.model.Component;
import dev.spillover.model.Confidence;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Answers which organization stands behind a package, an Android app, or an SDK found in an app,
 * from a set of {@link OriginTables}.
 *
 * <p>Rules (also in {@code docs/origins.md}):
 * <ul>
 *   <li>A package URL is matched by its type: for types with namespaces, the namespace equal to an
 *       entry's ({@link Match#EXACT}) or below it on whole segments ({@link Match#PREFIX}; Maven
 *       group ids by '.', Go module paths by '/'; npm scopes and GitHub owners only whole). Types
 *       without namespaces match by name: PyPI exactly after normalization, NuGet by '.'-segment
 *       prefix, CocoaPods exactly. The longest matching entry wins, so {@code com.huawei.hms}
 *       beats {@code com.huawei}; {@code com.hua} matches neither, nor does {@code com.huaweicloud}
 *       match {@code com.huawei}. When the longest match is an unattributed entry the answer is
 *       none.</li>
 *   <li>A class name matches the longest class prefix it lies in, on whole package segments; a
 *       native library matches by file name. Both are {@link Match#FINGERPRINT}s.</li>
 *   <li>An Android app id matches exactly, never by prefix.</li>
 * </ul>
 * A matcher is immutable and safe to share between threads.
 */
public final class OriginMatcher {
  private final Map<String, PackageEntry> packages = new HashMap<>();
  private final Map<String, SdkEntry> classPrefixes = new HashMap<>();
  private final Map<String, SdkEntry> nativeLibraries = new HashMap<>();
  private final Map<String, AppEntry> apps = new HashMap<>();

  private OriginMatcher(OriginTables tables) {
    for (PackageEntry entry : tables.packages()) {
      PurlTypes rules = PurlTypes.of(entry.type());
      packages.put(entry.type() + " " + rules.normalize(entry.namespace() != null ? entry.namespace() : entry.name()), entry);
    }
    for (SdkEntry entry : tables.sdks()) {
      if (entry.classPrefix() != null) {
        classPrefixes.put(entry.classPrefix(), entry);
      } else {
        nativeLibraries.put(entry.nativeLibrary(), entry);
      }
    }
    for (AppEntry entry : tables.apps()) {
      apps.put(entry.appId(), entry);
    }
  }

  /** A matcher over {@code tables}. */
  public static OriginMatcher of(OriginTables tables) {
    return new OriginMatcher(Objects.requireNonNull(tables, "tables"));
  }

  /**
   * The organization behind the package named by {@code purl}, or empty when no table knows it.
   *
   * @throws IllegalArgumentException when {@code purl} is not a package URL
   */
  public Optional<Attribution> byPurl(String purl) {
    try {
      return byPurl(new PackageURL(purl.strip()));
    } catch (MalformedPackageURLException e) {
      throw new IllegalArgumentException("not a package URL: '" + purl + "': " + e.getMessage(), e);
    }
  }

  /** The organization behind the package {@code purl}, or empty when no table knows it. */
  public Optional<Attribution> byPurl(PackageURL purl) {
    return byParts(purl.getType(), purl.getNamespace(), purl.getName());
  }

  /**
   * The organization behind a component, by its {@code purl} identifier, or else by its
   * {@code purl.type}, {@code purl.namespace} and {@code purl.name} properties (as the SBOM
   * importers set them); empty when it has neither or no table knows it.
   */
  public Optional<Attribution> byComponent(Component component) {
    String purl = component.identifiers().get("purl");
    if (purl != null) {
      try {
        return byPurl(new PackageURL(purl.strip()));
      } catch (MalformedPackageURLException e) {
        // an importer kept a text that is not a package URL: fall back to the properties
      }
    }
    Map<String, String> properties = component.properties();
    String type = properties.get("purl.type");
    String name = properties.get("purl.name");
    return type == null || name == null ? Optional.empty() : byParts(type, properties.get("purl.namespace"), name);
  }

  private Optional<Attribution> byParts(String type, String namespace, String name) {
    PurlTypes rules = PurlTypes.of(type);
    if (rules == null) {
      return Optional.empty();
    }
    String asked = rules.type + " " + (namespace == null || namespace.isEmpty() ? "" : namespace + "/") + name;
    String key = rules.namespaced ? namespace : name;
    if (key == null || key.isEmpty()) {
      return Optional.empty();
    }
    String candidate = rules.normalize(key);
    Match match = Match.EXACT;
    while (candidate != null) {
      PackageEntry entry = packages.get(rules.type + " " + candidate);
      if (entry != null) {
        return entry.unattributed() ? Optional.empty() : Optional.of(attribution(asked, entry, match));
      }
      candidate = rules.parent(candidate);
      match = Match.PREFIX;
    }
    return Optional.empty();
  }

  /** The publisher of the Android app {@code appId}, matched exactly, or empty. */
  public Optional<Attribution> byAppId(String appId) {
    AppEntry entry = apps.get(appId.strip());
    return entry == null ? Optional.empty() : Optional.of(attribution("app " + appId.strip(), entry, Match.EXACT));
  }

  /**
   * The vendor of the SDK a class belongs to, by the longest class prefix it lies in, or empty.
   * {@code className} may be dotted ({@code com.example.Foo}, {@code com.example.Foo$Inner}) or
   * use slashes as in a dex or jar ({@code com/example/Foo}).
   */
  public Optional<Attribution> byClassName(String className) {
    String dotted = className.strip().replace('/', '.');
    String candidate = dotted;
    while (true) {
      SdkEntry entry = classPrefixes.get(candidate);
      if (entry != null) {
        return Optional.of(attribution("class " + dotted, entry, Match.FINGERPRINT));
      }
      int cut = candidate.lastIndexOf('.');
      if (cut <= 0) {
        return Optional.empty();
      }
      candidate = candidate.substring(0, cut);
    }
  }

  /**
   * The vendor of the SDK a native library belongs to, by file name (a path such as
   * {@code lib/arm64-v8a/libexample.so} is reduced to its file name), or empty.
   */
  public Optional<Attribution> byNativeLibrary(String library) {
    String path = library.strip();
    String file = path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
    SdkEntry entry = nativeLibraries.get(file);
    return entry == null ? Optional.empty() : Optional.of(attribution("native library " + file, entry, Match.FINGERPRINT));
  }

  private static Attribution attribution(String asked, OriginEntry entry, Match match) {
    Confidence confidence = match == Match.EXACT && entry.sourcing().verified() ? Confidence.DECLARED : Confidence.DERIVED;
    return new Attribution(asked, entry, match, confidence);
  }
}
