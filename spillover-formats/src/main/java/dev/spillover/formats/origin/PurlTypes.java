package dev.spillover.formats.origin;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * How each package URL type the tables accept is keyed and matched: whether it has namespaces,
 * which character separates a key's segments (none: matched whole), how a key is normalized, and
 * what a valid key looks like. The rules follow the package URL specification's types.
 */
enum PurlTypes {
  /** Maven group ids: dot-separated segments, a prefix on whole segments. */
  MAVEN("maven", true, '.', false, Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*"),
      "a group id such as com.example, without a trailing '.' or '*'"),
  /** npm scopes: one segment, matched exactly; npm names are lower case. */
  NPM("npm", true, (char) 0, true, Pattern.compile("@[a-z0-9~][a-z0-9._~-]*"),
      "a scope such as @example, without a trailing '/'"),
  /** Go module paths: slash-separated segments. */
  GOLANG("golang", true, '/', false, Pattern.compile("[A-Za-z0-9._~-]+(/[A-Za-z0-9._~-]+)*"),
      "a module path prefix such as github.com/example, without a trailing '/'"),
  /** GitHub owners: the owner is the whole namespace. */
  GITHUB("github", true, (char) 0, true, Pattern.compile("[a-z0-9][a-z0-9-]*"), "an owner such as example"),
  /** PyPI names, compared in normalized form (PEP 503: lower case, runs of '-', '_', '.' as '-'). */
  PYPI("pypi", false, (char) 0, true, Pattern.compile("[A-Za-z0-9]([A-Za-z0-9._-]*[A-Za-z0-9])?"),
      "a project name such as example-sdk"),
  /** NuGet ids: dot-separated, case-insensitive; a prefix on whole segments, as NuGet reserves prefixes. */
  NUGET("nuget", false, '.', true, Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9_-]+)*"),
      "a package id or id prefix such as Example.Sdk"),
  /** CocoaPods names, matched exactly. */
  COCOAPODS("cocoapods", false, (char) 0, false, Pattern.compile("[A-Za-z0-9_+.-]+"), "a pod name such as ExampleSDK");

  private static final Pattern PYPI_RUNS = Pattern.compile("[-_.]+");
  private static final Map<String, PurlTypes> BY_NAME = Map.of("maven", MAVEN, "npm", NPM, "golang", GOLANG,
      "github", GITHUB, "pypi", PYPI, "nuget", NUGET, "cocoapods", COCOAPODS);

  final String type;
  final boolean namespaced;
  final char separator;
  final boolean caseInsensitive;
  final Pattern valid;
  final String expected;

  PurlTypes(String type, boolean namespaced, char separator, boolean caseInsensitive, Pattern valid, String expected) {
    this.type = type;
    this.namespaced = namespaced;
    this.separator = separator;
    this.caseInsensitive = caseInsensitive;
    this.valid = valid;
    this.expected = expected;
  }

  /** The rules of {@code type} (a package URL type, lower case), or null when the tables do not take it. */
  static PurlTypes of(String type) {
    return type == null ? null : BY_NAME.get(type.toLowerCase(Locale.ROOT));
  }

  /** The type names, in declaration order, for messages. */
  static String names() {
    StringBuilder names = new StringBuilder();
    for (PurlTypes rules : values()) {
      names.append(names.length() == 0 ? "" : ", ").append(rules.type);
    }
    return names.toString();
  }

  /** The form a key is compared in. */
  String normalize(String key) {
    String text = caseInsensitive ? key.toLowerCase(Locale.ROOT) : key;
    return this == PYPI ? PYPI_RUNS.matcher(text).replaceAll("-") : text;
  }

  /** The key one segment shorter, or null when it has one segment or the type matches keys whole. */
  String parent(String key) {
    if (separator == 0) {
      return null;
    }
    int cut = key.lastIndexOf(separator);
    return cut <= 0 ? null : key.substring(0, cut);
  }
}
