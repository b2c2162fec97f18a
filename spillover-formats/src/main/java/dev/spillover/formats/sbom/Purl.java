package dev.spillover.formats.sbom;

import com.github.packageurl.MalformedPackageURLException;
import com.github.packageurl.PackageURL;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A package URL as packageurl-java reads it: its canonical form (the component's id) and its parts,
 * kept as component properties {@code purl.type}, {@code purl.namespace}, {@code purl.name},
 * {@code purl.version}, {@code purl.qualifiers} and {@code purl.subpath} (those present).
 */
record Purl(String canonical, String versionless, Map<String, String> parts) {
  /**
   * Parses {@code text}.
   *
   * @throws MalformedPackageURLException when it is not a package URL
   */
  static Purl parse(String text) throws MalformedPackageURLException {
    PackageURL purl = new PackageURL(text.strip());
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put("purl.type", purl.getType());
    put(parts, "purl.namespace", purl.getNamespace());
    parts.put("purl.name", purl.getName());
    put(parts, "purl.version", purl.getVersion());
    Map<String, String> qualifiers = purl.getQualifiers();
    if (qualifiers != null && !qualifiers.isEmpty()) {
      parts.put("purl.qualifiers", qualifiers.entrySet().stream()
          .map(e -> e.getKey() + "=" + e.getValue()).sorted().collect(Collectors.joining("&")));
    }
    put(parts, "purl.subpath", purl.getSubpath());
    String versionless = new PackageURL(purl.getType(), purl.getNamespace(), purl.getName(), null, null, null)
        .canonicalize();
    return new Purl(purl.canonicalize(), versionless, Map.copyOf(parts));
  }

  private static void put(Map<String, String> parts, String key, String value) {
    if (value != null && !value.isEmpty()) {
      parts.put(key, value);
    }
  }
}
