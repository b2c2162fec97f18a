package dev.spillover.formats.report;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.spillover.exposure.ExposurePath;
import dev.spillover.formats.sbom.SbomInventory;
import dev.spillover.model.Node;
import dev.spillover.policy.AssessmentResult;
import dev.spillover.policy.Evidence;
import dev.spillover.policy.Finding;
import dev.spillover.policy.Pack;
import dev.spillover.policy.PackSource;
import dev.spillover.policy.Rule;
import dev.spillover.policy.Verdict;
import dev.spillover.policy.facts.Listing;
import dev.spillover.snapshot.Snapshot;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Writes the findings about one SBOM as SARIF 2.1.0 (OASIS Static Analysis Results Interchange
 * Format), the format code-scanning services read: one run; the tool with one rule per pack rule
 * that produced a result (id {@code pack/rule}); one result per finding and per SBOM entry it
 * concerns, located at that entry's line in the SBOM and named by its package URL. The mapping is
 * documented in {@code docs/ci-gate.md}.
 *
 * <p>Levels: a verdict that counts gives {@code error} (prohibited), {@code warning} (restricted)
 * or {@code note} (review), kind {@code fail}; {@code allowed} gives kind {@code pass}. A waived
 * finding keeps the level of its rule's verdict and carries the waiver as an accepted external
 * suppression. A finding that decides nothing that day (rule not in force, log-only) is kind
 * {@code informational}, level {@code none}. Each result's {@code properties.finding} holds the
 * finding exactly as {@link FindingsJson} writes it, with all its evidence.
 */
public final class FindingsSarif {
  /** The SARIF version written. */
  public static final String VERSION = "2.1.0";

  /** The URI of the official SARIF 2.1.0 JSON schema (with errata 01), as {@code $schema}. */
  public static final String SCHEMA_URI =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

  /** Key of the fingerprint written in {@code partialFingerprints}: pack/rule, subject and the SBOM entry. */
  public static final String FINGERPRINT = "spilloverFinding/v1";

  /**
   * The tool as SARIF names it: {@code name}, {@code version} and the absolute URI of its
   * documentation, {@code informationUri}.
   */
  public record Tool(String name, String version, String informationUri) {
    public Tool {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(version, "version");
      Objects.requireNonNull(informationUri, "informationUri");
    }
  }

  private FindingsSarif() {}

  /**
   * Writes {@code result} (findings about {@code sbom}) to {@code out}, which stays open. The SBOM
   * is named by its path as given, as a relative URI reference when relative (so that a
   * code-scanning service resolves it against the repository root) and as a {@code file:} URI when
   * absolute.
   */
  public static void write(AssessmentResult result, SbomInventory sbom, Tool tool, Writer out) throws IOException {
    Snapshot snapshot = result.snapshot();
    List<Located> located = new ArrayList<>();
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    List<Finding> ruleFindings = new ArrayList<>();
    for (Finding finding : result.findings()) {
      String ruleId = ruleId(finding);
      if (!ruleIndex.containsKey(ruleId)) {
        ruleIndex.put(ruleId, ruleIndex.size());
        ruleFindings.add(finding);
      }
      for (int entry : entries(finding, sbom, snapshot)) {
        located.add(new Located(finding, entry));
      }
    }

    JsonGenerator json = JsonOutput.generator(out);
    json.writeStartObject();
    json.writeStringField("$schema", SCHEMA_URI);
    json.writeStringField("version", VERSION);
    json.writeArrayFieldStart("runs");
    json.writeStartObject();
    json.writeObjectFieldStart("tool");
    json.writeObjectFieldStart("driver");
    json.writeStringField("name", tool.name());
    json.writeStringField("version", tool.version());
    json.writeStringField("informationUri", tool.informationUri());
    json.writeArrayFieldStart("rules");
    for (Finding finding : ruleFindings) {
      writeRule(json, finding.pack(), finding.rule(), result);
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
    json.writeArrayFieldStart("artifacts");
    json.writeStartObject();
    json.writeObjectFieldStart("location");
    json.writeStringField("uri", uri(sbom.file()));
    json.writeEndObject();
    json.writeArrayFieldStart("roles");
    json.writeString("analysisTarget");
    json.writeEndArray();
    json.writeObjectFieldStart("properties");
    json.writeStringField("format", sbom.format());
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeArrayFieldStart("results");
    for (Located each : located) {
      writeResult(json, each, ruleIndex.get(ruleId(each.finding())), sbom, result);
    }
    json.writeEndArray();
    json.writeObjectFieldStart("properties");
    json.writeStringField("asOf", result.asOf().toString());
    json.writeArrayFieldStart("packs");
    for (Pack pack : result.packs()) {
      json.writeString(pack.id());
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.flush();
    out.write("\n");
    out.flush();
  }

  /** One result: a finding at one SBOM entry (a snapshot index), or at the file alone ({@code entry} -1). */
  private record Located(Finding finding, int entry) {}

  private static String ruleId(Finding finding) {
    return finding.pack().id() + "/" + finding.rule().id();
  }

  /**
   * The SBOM entries a finding is about: on each path of its evidence, the entry nearest the party
   * (the component the party makes, supplies or develops, rather than the product that depends on
   * it); the subject when no path passes an entry; -1 (the file alone) when the subject is not
   * from the SBOM either.
   */
  static List<Integer> entries(Finding finding, SbomInventory sbom, Snapshot snapshot) {
    Set<Integer> entries = new LinkedHashSet<>();
    for (Evidence evidence : finding.evidence()) {
      for (ExposurePath path : evidence.paths()) {
        int[] nodes = path.nodes(snapshot, finding.subjectIndex());
        for (int i = nodes.length - 1; i >= 0; i--) {
          if (sbom.contains(snapshot.node(nodes[i]).id())) {
            entries.add(nodes[i]);
            break;
          }
        }
      }
    }
    if (entries.isEmpty()) {
      entries.add(sbom.contains(finding.subject().id()) ? finding.subjectIndex() : -1);
    }
    return List.copyOf(entries);
  }

  private static void writeRule(JsonGenerator json, Pack pack, Rule rule, AssessmentResult result) throws IOException {
    json.writeStartObject();
    json.writeStringField("id", pack.id() + "/" + rule.id());
    json.writeStringField("name", rule.id());
    json.writeObjectFieldStart("shortDescription");
    json.writeStringField("text", rule.title());
    json.writeEndObject();
    json.writeObjectFieldStart("fullDescription");
    json.writeStringField("text", rule.description() != null && !rule.description().isBlank()
        ? rule.description().strip() : rule.title());
    json.writeEndObject();
    PackSource source = rule.source() == null ? null : pack.sources().get(rule.source());
    if (source != null && source.url() != null && isAbsoluteUri(source.url())) {
      json.writeStringField("helpUri", source.url());
    }
    json.writeObjectFieldStart("help");
    json.writeStringField("text", "Cites " + rule.citation() + ". Pack " + pack.id() + ": " + pack.title()
        + ". Verdict when the rule is in force and enforced: " + rule.verdict().label() + "."
        + (source != null ? " Source: " + source.title() + (source.citation() != null ? ", " + source.citation() : "") + "." : ""));
    json.writeEndObject();
    json.writeObjectFieldStart("defaultConfiguration");
    json.writeStringField("level", level(rule.verdict()));
    json.writeEndObject();
    json.writeObjectFieldStart("properties");
    json.writeArrayFieldStart("tags");
    json.writeString("spillover");
    json.writeString(pack.id());
    json.writeString(rule.verdict().label());
    json.writeEndArray();
    json.writeStringField("pack", pack.id());
    json.writeStringField("packTitle", pack.title());
    json.writeStringField("citation", rule.citation());
    json.writeStringField("verdict", rule.verdict().label());
    json.writeStringField("mode", rule.mode().name().toLowerCase(Locale.ROOT));
    json.writeStringField("status", result.status(pack, rule).describe());
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeResult(JsonGenerator json, Located at, int ruleIndex, SbomInventory sbom,
      AssessmentResult result) throws IOException {
    Finding finding = at.finding();
    Snapshot snapshot = result.snapshot();
    Verdict counted = finding.verdict();
    boolean waived = finding.waiver() != null && finding.status().inForce()
        && finding.rule().mode() == dev.spillover.policy.RuleMode.ENFORCE;
    json.writeStartObject();
    json.writeStringField("ruleId", ruleId(finding));
    json.writeNumberField("ruleIndex", ruleIndex);
    if (counted == Verdict.ALLOWED) {
      json.writeStringField("kind", "pass");
      json.writeStringField("level", "none");
    } else if (counted != null || waived) {
      json.writeStringField("kind", "fail");
      json.writeStringField("level", level(finding.rule().verdict()));
    } else {
      json.writeStringField("kind", "informational");
      json.writeStringField("level", "none");
    }
    json.writeObjectFieldStart("message");
    json.writeStringField("text", message(finding, at.entry(), snapshot));
    json.writeEndObject();
    json.writeArrayFieldStart("locations");
    writeLocation(json, at.entry() < 0 ? null : snapshot.node(at.entry()), sbom);
    json.writeEndArray();
    json.writeObjectFieldStart("partialFingerprints");
    json.writeStringField(FINGERPRINT, ruleId(finding) + "|" + finding.subject().id() + "|"
        + (at.entry() < 0 ? "" : snapshot.node(at.entry()).id()));
    json.writeEndObject();
    if (finding.waiver() != null) {
      json.writeArrayFieldStart("suppressions");
      json.writeStartObject();
      json.writeStringField("kind", "external");
      json.writeStringField("status", "accepted");
      json.writeStringField("justification", finding.waiver().reason() + " (waiver " + finding.waiver().id()
          + (finding.waiver().grantedBy() != null ? ", granted by " + finding.waiver().grantedBy() : "")
          + ", until " + finding.waiver().until() + ")");
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeObjectFieldStart("properties");
    json.writeFieldName("finding");
    FindingsJson.writeFinding(json, finding, result);
    json.writeEndObject();
    json.writeEndObject();
  }

  private static void writeLocation(JsonGenerator json, Node entry, SbomInventory sbom) throws IOException {
    SbomInventory.Item item = entry == null ? null : sbom.items().get(entry.id());
    json.writeStartObject();
    json.writeObjectFieldStart("physicalLocation");
    json.writeObjectFieldStart("artifactLocation");
    json.writeStringField("uri", uri(sbom.file()));
    json.writeNumberField("index", 0);
    json.writeEndObject();
    if (item != null && item.line() > 0) {
      json.writeObjectFieldStart("region");
      json.writeNumberField("startLine", item.line());
      if (item.column() > 0) {
        json.writeNumberField("startColumn", item.column());
      }
      json.writeEndObject();
    }
    json.writeEndObject();
    if (entry != null) {
      json.writeArrayFieldStart("logicalLocations");
      json.writeStartObject();
      json.writeStringField("name", entry.name());
      json.writeStringField("fullyQualifiedName", entry.identifiers().getOrDefault("purl", entry.id()));
      json.writeStringField("kind", "module");
      json.writeObjectFieldStart("properties");
      json.writeStringField("node", entry.id());
      json.writeStringField("ref", item == null ? null : item.ref());
      json.writeStringField("pointer", item == null ? null : item.pointer());
      json.writeEndObject();
      json.writeEndObject();
      json.writeEndArray();
    }
    json.writeEndObject();
  }

  /**
   * What the rule says about the entry, in one paragraph: the verdict (or why none counts), the
   * rule, then for each party whose paths pass the entry: who it is, how it stands behind the
   * entry, its listings, and the path.
   */
  private static String message(Finding finding, int entry, Snapshot snapshot) {
    List<String> sentences = new ArrayList<>();
    Verdict counted = finding.verdict();
    sentences.add((counted != null ? capitalize(counted.label()) : "No verdict (" + finding.verdictWithheldBecause()
        + "; in force it would be " + finding.rule().verdict().label() + ")")
        + " under " + ruleId(finding) + " [" + finding.rule().citation() + "]: " + finding.rule().title());
    if (entry >= 0 && entry != finding.subjectIndex()) {
      sentences.add("Subject: " + finding.subject().name() + " (" + finding.subject().kind().label() + ")");
    }
    for (Evidence evidence : finding.evidence()) {
      List<ExposurePath> paths = evidence.paths().stream()
          .filter(p -> entry < 0 || contains(p.nodes(snapshot, finding.subjectIndex()), entry)).toList();
      if (paths.isEmpty() && !evidence.paths().isEmpty()) {
        continue;
      }
      if (evidence.party() >= 0) {
        sentences.add("Party: " + snapshot.node(evidence.party()).name() + EvidenceText.control(evidence, snapshot));
      }
      for (Listing listing : evidence.listings()) {
        sentences.add("Listed: " + EvidenceText.listing(listing));
      }
      for (ExposurePath path : paths) {
        sentences.add("Path: " + PathStep.sentence(PathStep.of(snapshot, finding.subjectIndex(), path)));
      }
    }
    if (finding.waiver() != null) {
      sentences.add("Waived until " + finding.waiver().until() + " (" + finding.waiver().id() + "): "
          + finding.waiver().reason());
    }
    StringBuilder text = new StringBuilder();
    for (String sentence : sentences) {
      text.append(text.length() == 0 ? "" : " ").append(sentence).append(sentence.endsWith(".") ? "" : ".");
    }
    return text.toString();
  }

  private static boolean contains(int[] nodes, int node) {
    for (int n : nodes) {
      if (n == node) {
        return true;
      }
    }
    return false;
  }

  private static String level(Verdict verdict) {
    return switch (verdict) {
      case PROHIBITED -> "error";
      case RESTRICTED -> "warning";
      case REVIEW -> "note";
      case ALLOWED -> "none";
    };
  }

  /** A path as given, as a URI reference: relative stays relative (with '/'), absolute becomes file:. */
  static String uri(String path) {
    Path p = Path.of(path);
    if (p.isAbsolute()) {
      return p.toUri().toString();
    }
    try {
      return new URI(null, null, path.replace('\\', '/'), null).toASCIIString();
    } catch (URISyntaxException e) {
      return path.replace('\\', '/');
    }
  }

  private static boolean isAbsoluteUri(String text) {
    try {
      return new URI(text).isAbsolute();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static String capitalize(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }
}
