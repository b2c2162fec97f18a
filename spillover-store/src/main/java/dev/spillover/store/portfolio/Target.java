package dev.spillover.store.portfolio;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import dev.spillover.input.InputException;
import dev.spillover.input.Problem;
import java.util.Locale;

/** What a where-used query looks for: a component by package URL, or a party by name or id. */
public sealed interface Target {
  /** The query as the user wrote it. */
  String text();

  /**
   * A component by package URL: every version when {@code version} is null, else that version
   * only (compared as written). Qualifiers and subpath are ignored.
   *
   * @param text the package URL as given
   * @param base the canonical package URL without version, qualifiers or subpath
   * @param version the version asked for, or null for any
   */
  record ComponentTarget(String text, String base, String version) implements Target {}

  /**
   * A party: an organization (or person) named so (case and white space ignored), or whose node id
   * is exactly this ({@code org:Example Ltd}).
   */
  record PartyTarget(String text) implements Target {
    /** The name as the index compares it: lower case, white space collapsed and trimmed. */
    public String normalized() {
      return normalize(text);
    }
  }

  /**
   * A component target from a package URL.
   *
   * @throws InputException (naming {@code --component}) when {@code purl} is not a package URL
   */
  static Target component(String purl) {
    try {
      PackageURL parsed = new PackageURL(purl.strip());
      String base = new PackageURL(parsed.getType(), parsed.getNamespace(), parsed.getName(), null, null, null)
          .canonicalize();
      String version = parsed.getVersion();
      return new ComponentTarget(purl, base, version == null || version.isEmpty() ? null : version);
    } catch (MalformedPackageURLException e) {
      throw new InputException(new Problem("--component", 0, 0, "'" + purl + "' is not a package URL ("
          + e.getMessage() + "), expected for example pkg:maven/org.apache.logging.log4j/log4j-core"
          + " (every version) or pkg:npm/lodash@4.17.21 (that version)"));
    }
  }

  /**
   * A party target.
   *
   * @throws InputException (naming {@code --organization}) when {@code nameOrId} is blank
   */
  static Target organization(String nameOrId) {
    if (nameOrId == null || nameOrId.isBlank()) {
      throw new InputException(new Problem("--organization", 0, 0,
          "is empty, expected an organization's name as the SBOMs write it (for example 'Example Ltd') or its id (org:Example Ltd)"));
    }
    return new PartyTarget(nameOrId.strip());
  }

  /** Lower case, white space collapsed and trimmed. */
  static String normalize(String name) {
    return name == null ? null : name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
