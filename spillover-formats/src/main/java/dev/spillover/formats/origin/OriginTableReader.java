package dev.spillover.formats.origin;

import dev.spillover.formats.origin.Sourcing.Evidence;
import dev.spillover.input.Fields;
import dev.spillover.input.Problems;
import dev.spillover.input.YamlNode;
import dev.spillover.model.Countries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Reads origin table files one after another into one set, recording a problem for everything
 * wrong, then resolves the entries' organization ids against the organizations of all files
 * ({@link #resolve()}). Entries of a file name organizations that a later file may define.
 */
final class OriginTableReader {
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,99}");
  private static final Pattern LEI = Pattern.compile("[A-Z0-9]{18}[0-9]{2}");
  private static final Pattern CLASS_PREFIX =
      Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*(\\.[A-Za-z_$][A-Za-z0-9_$]*)*");
  private static final Pattern NATIVE_LIBRARY = Pattern.compile("[A-Za-z0-9_+-][A-Za-z0-9_.+-]*\\.so");
  private static final Pattern APP_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_]*(\\.[A-Za-z][A-Za-z0-9_]*)+");
  private static final String COUNTRY = "an ISO 3166-1 alpha-2 country code in upper case, such as CN";

  private final Problems problems;
  private final Map<String, OriginOrganization> organizations = new LinkedHashMap<>();
  private final List<Pending> pending = new ArrayList<>();
  private final Map<String, String> definedAt = new HashMap<>();

  /** An entry waiting for its organization id to be resolved; {@code organization} null when unattributed. */
  private record Pending(YamlNode at, String what, String organization, YamlNode organizationNode,
      Function<OriginOrganization, OriginEntry> build) {}

  OriginTableReader(Problems problems) {
    this.problems = problems;
  }

  /** Reads one table file's root node. */
  void read(YamlNode root) {
    Fields top = new Fields(root, "origin table", problems);
    if (!root.isMapping()) {
      return;
    }
    String table = header(root, top.value("table"));
    String where = "table '" + table + "'";
    List<YamlNode> organizationItems = top.list("organizations");
    List<YamlNode> packageItems = top.list("packages");
    List<YamlNode> sdkItems = top.list("sdks");
    List<YamlNode> appItems = top.list("apps");
    top.finish();
    if (organizationItems.isEmpty() && packageItems.isEmpty() && sdkItems.isEmpty() && appItems.isEmpty()) {
      problems.at(root, where + ": no entries, expected at least one of the lists organizations, packages, sdks, apps");
    }
    for (int i = 0; i < organizationItems.size(); i++) {
      readOrganization(organizationItems.get(i), where + ", organization " + (i + 1));
    }
    for (int i = 0; i < packageItems.size(); i++) {
      readPackage(packageItems.get(i), where + ", package " + (i + 1));
    }
    for (int i = 0; i < sdkItems.size(); i++) {
      readSdk(sdkItems.get(i), where + ", sdk " + (i + 1));
    }
    for (int i = 0; i < appItems.size(); i++) {
      readApp(appItems.get(i), where + ", app " + (i + 1));
    }
  }

  /** The set, once every file is read; problems for organization ids that no file defines. */
  OriginTables resolve() {
    List<PackageEntry> packages = new ArrayList<>();
    List<SdkEntry> sdks = new ArrayList<>();
    List<AppEntry> apps = new ArrayList<>();
    for (Pending entry : pending) {
      OriginOrganization organization = null;
      if (entry.organization() != null) {
        organization = organizations.get(entry.organization());
        if (organization == null) {
          problems.at(entry.organizationNode(), entry.what() + ": 'organization' is '" + entry.organization()
              + "', which no table defines, expected one of " + String.join(", ", organizations.keySet()));
          continue;
        }
      }
      OriginEntry built = entry.build().apply(organization);
      if (built instanceof PackageEntry p) {
        packages.add(p);
      } else if (built instanceof SdkEntry s) {
        sdks.add(s);
      } else if (built instanceof AppEntry a) {
        apps.add(a);
      }
    }
    return new OriginTables(organizations, packages, sdks, apps);
  }

  private String header(YamlNode root, YamlNode header) {
    if (header == null) {
      problems.at(root, "origin table: missing 'table:' (id, title)");
      return "?";
    }
    Fields fields = new Fields(header, "table", problems);
    String id = fields.text("id", s -> ID.matcher(s).matches(), "lower-case letters, digits, '.', '_' and '-'");
    if (id == null && !fields.has("id")) {
      problems.at(header, "table: missing 'id'");
    }
    fields.requiredText("title");
    fields.text("description");
    fields.finish();
    return id == null ? "?" : id;
  }

  private void readOrganization(YamlNode item, String what) {
    Fields fields = new Fields(item, what, problems);
    String id = fields.requiredText("id");
    if (id != null && !ID.matcher(id).matches()) {
      problems.at(fields.value("id"), what + ": 'id' is '" + id + "', expected lower-case letters, digits, '.', '_' and '-'");
      id = null;
    }
    String name = fields.requiredText("name");
    String incorporatedIn = fields.text("incorporatedIn", Countries::isKnown, COUNTRY);
    String headquarteredIn = fields.text("headquarteredIn", Countries::isKnown, COUNTRY);
    String lei = fields.text("lei", s -> LEI.matcher(s).matches(), "a 20-character LEI (ISO 17442)");
    String estateId = fields.text("estateId");
    Sourcing sourcing = sourcing(fields, item);
    fields.finish();
    if (id != null && name != null && sourcing != null
        && firstDefinition("organization '" + id + "'", "organization " + id, item, what)) {
      organizations.put(id, new OriginOrganization(id, name, incorporatedIn, headquarteredIn, lei, estateId, sourcing));
    }
  }

  private void readPackage(YamlNode item, String what) {
    Fields fields = new Fields(item, what, problems);
    String typeText = fields.requiredText("type");
    PurlTypes rules = PurlTypes.of(typeText);
    if (typeText != null && (rules == null || !rules.type.equals(typeText))) {
      problems.at(fields.value("type"), what + ": 'type' is '" + typeText + "', expected one of " + PurlTypes.names());
      rules = null;
    }
    YamlNode namespaceNode = fields.value("namespace");
    YamlNode nameNode = fields.value("name");
    String namespace = fields.text("namespace");
    String name = fields.text("name");
    String key = null;
    if (rules != null && rules.namespaced) {
      if (nameNode != null) {
        problems.at(nameNode, what + ": 'name' is not used for type " + rules.type
            + " (its packages have namespaces), expected 'namespace'");
      } else if (namespaceNode == null) {
        problems.at(item, what + ": missing 'namespace' (" + rules.expected + ")");
      } else {
        key = checked(namespace, namespaceNode, "namespace", rules, what);
      }
    } else if (rules != null) {
      if (namespaceNode != null) {
        problems.at(namespaceNode, what + ": 'namespace' is not used for type " + rules.type
            + " (its package URLs have no namespace), expected 'name'");
      } else if (nameNode == null) {
        problems.at(item, what + ": missing 'name' (" + rules.expected + ")");
      } else {
        key = checked(name, nameNode, "name", rules, what);
      }
    }
    Boolean unattributed = fields.bool("unattributed", false);
    YamlNode organizationNode = fields.value("organization");
    String organization = fields.text("organization");
    if (Boolean.TRUE.equals(unattributed) && organizationNode != null) {
      problems.at(organizationNode, what + ": an unattributed entry names no organization, expected no 'organization'");
    } else if (Boolean.FALSE.equals(unattributed) && organizationNode == null) {
      problems.at(item, what + ": missing 'organization' (an id under organizations:), or 'unattributed: true'");
    }
    Sourcing sourcing = sourcing(fields, item);
    fields.finish();
    if (key != null && unattributed != null && sourcing != null && (organization != null || unattributed)
        && firstDefinition(rules.type + " " + key, "package " + rules.type + " " + rules.normalize(key), item, what)) {
      String type = rules.type;
      String ns = rules.namespaced ? key : null;
      String nm = rules.namespaced ? null : key;
      pending.add(new Pending(item, what, unattributed ? null : organization, organizationNode,
          org -> new PackageEntry(type, ns, nm, org, sourcing)));
    }
  }

  private String checked(String value, YamlNode node, String field, PurlTypes rules, String what) {
    if (value == null) {
      return null;
    }
    if (!rules.valid.matcher(value).matches()) {
      problems.at(node, what + ": '" + field + "' is '" + value + "', expected " + rules.expected);
      return null;
    }
    return value;
  }

  private void readSdk(YamlNode item, String what) {
    Fields fields = new Fields(item, what, problems);
    String sdk = fields.requiredText("sdk");
    String classPrefix = fields.text("classPrefix", s -> CLASS_PREFIX.matcher(s).matches(),
        "a Java package name such as com.example.sdk, without a trailing '.' or '*'");
    String nativeLibrary = fields.text("nativeLibrary", s -> NATIVE_LIBRARY.matcher(s).matches(),
        "a native library file name such as libexample.so, without a folder");
    boolean hasPrefix = fields.has("classPrefix");
    boolean hasLibrary = fields.has("nativeLibrary");
    if (hasPrefix == hasLibrary) {
      problems.at(item, what + ": " + (hasPrefix ? "both 'classPrefix' and 'nativeLibrary'" : "neither 'classPrefix' nor 'nativeLibrary'")
          + ", expected exactly one of them");
    }
    String organization = requiredOrganization(fields, item, what);
    Sourcing sourcing = sourcing(fields, item);
    fields.finish();
    String key = classPrefix != null ? "class " + classPrefix : nativeLibrary != null ? "native library " + nativeLibrary : null;
    if (sdk != null && key != null && hasPrefix != hasLibrary && organization != null && sourcing != null
        && firstDefinition(key, "sdk " + key, item, what)) {
      pending.add(new Pending(item, what, organization, fields.value("organization"),
          org -> new SdkEntry(sdk, classPrefix, nativeLibrary, org, sourcing)));
    }
  }

  private void readApp(YamlNode item, String what) {
    Fields fields = new Fields(item, what, problems);
    YamlNode idNode = fields.value("appId");
    String appId = fields.requiredText("appId");
    if (appId != null && !APP_ID.matcher(appId).matches()) {
      problems.at(idNode, what + ": 'appId' is '" + appId
          + "', expected an Android application id such as com.example.app (two or more dot-separated names)");
      appId = null;
    }
    String app = fields.requiredText("app");
    String organization = requiredOrganization(fields, item, what);
    Sourcing sourcing = sourcing(fields, item);
    fields.finish();
    String id = appId;
    if (id != null && app != null && organization != null && sourcing != null
        && firstDefinition("app " + id, "app " + id, item, what)) {
      pending.add(new Pending(item, what, organization, fields.value("organization"),
          org -> new AppEntry(id, app, org, sourcing)));
    }
  }

  private String requiredOrganization(Fields fields, YamlNode item, String what) {
    if (!fields.has("organization")) {
      problems.at(item, what + ": missing 'organization' (an id under organizations:)");
      return null;
    }
    return fields.text("organization");
  }

  /** Reads the sourcing fields every entry has; null (with problems recorded) when any is missing or bad. */
  private Sourcing sourcing(Fields fields, YamlNode item) {
    String source = null;
    if (!fields.has("source")) {
      problems.at(item, fields.what() + ": missing 'source' (a URL, or stored: and a reference to stored text)");
    } else {
      source = fields.text("source", s -> s.startsWith("https://") || s.startsWith("http://")
          || (s.startsWith("stored:") && s.length() > "stored:".length()),
          "a URL (https:// or http://) or stored: and a reference to stored text");
    }
    LocalDate asOf = fields.requiredDate("asOf");
    String note = fields.requiredText("note");
    Evidence evidence = null;
    if (!fields.has("evidence")) {
      problems.at(item, fields.what() + ": missing 'evidence' (vendor or third-party)");
    } else {
      evidence = fields.choice("evidence", Evidence.class, null);
    }
    Boolean verified = fields.bool("verified", true);
    if (source == null || asOf == null || note == null || evidence == null || verified == null) {
      return null;
    }
    return new Sourcing(source, asOf, note, evidence, verified, item.file(), item.line());
  }

  /** Records where {@code key} is defined; false, with a problem, when it already was. */
  private boolean firstDefinition(String shown, String key, YamlNode item, String what) {
    String location = item.file() + ":" + item.line();
    String first = definedAt.putIfAbsent(key, location);
    if (first != null) {
      problems.at(item, what + ": " + shown + " is already defined at " + first
          + ", expected each key once across all tables");
      return false;
    }
    return true;
  }
}
