package dev.spillover.formats.sbom;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.cyclonedx.model.Property;

/**
 * The {@code spillover:} properties of one entry, rendered from its {@link ComponentStatement}: the
 * one place that fixes their names and value syntax (docs/enriched-bom.md).
 *
 * <p>A value with several fields reads as the main field, then {@code ; key=value} pairs; a
 * {@code ;} or {@code \} inside a field is escaped with a backslash, so a reader can split on the
 * unescaped {@code ;}. Control characters become spaces (Dependency-Track refuses them), and a
 * value longer than {@link EnrichedBom#MAX_VALUE} characters is cut with an ellipsis.
 */
final class SpilloverProperties {
  private SpilloverProperties() {}

  /** The properties of one entry, in a fixed order: date, verdict, origins, chains, findings. */
  static List<Property> of(ComponentStatement statement, LocalDate asOf) {
    List<Property> properties = new ArrayList<>();
    properties.add(property(EnrichedBom.AS_OF, asOf.toString()));
    properties.add(property(EnrichedBom.VERDICT,
        statement.verdict() == null ? EnrichedBom.NO_VERDICT : statement.verdict().label()));
    for (ComponentStatement.Origin origin : statement.origins()) {
      properties.add(property(EnrichedBom.ORIGIN, origin(origin)));
    }
    for (ComponentStatement.Chain chain : statement.chains()) {
      properties.add(property(EnrichedBom.ORGANIZATION_CHAIN, chain(chain)));
    }
    for (ComponentStatement.FindingNote finding : statement.findings()) {
      properties.add(property(EnrichedBom.FINDING, finding(finding)));
    }
    return properties;
  }

  /** The properties of the BOM's {@code metadata}: the date and the packs. */
  static List<Property> ofBom(EnrichedBom.Annotations annotations) {
    return List.of(property(EnrichedBom.AS_OF, annotations.asOf().toString()),
        property(EnrichedBom.PACKS, String.join(", ", annotations.packs())));
  }

  static String origin(ComponentStatement.Origin origin) {
    StringBuilder value = new StringBuilder(escape(origin.party()));
    pair(value, "role", origin.role());
    pair(value, "confidence", origin.confidence());
    pair(value, "evidence", origin.evidence());
    pair(value, "source", origin.source());
    return value.toString();
  }

  static String chain(ComponentStatement.Chain chain) {
    StringBuilder value = new StringBuilder(chain.start());
    for (ComponentStatement.Link link : chain.links()) {
      value.append(" → ").append(link.relation().equals("controls") ? "is controlled by" : "is owned by");
      if (link.share() != null) {
        value.append(" (").append(link.share()).append(')');
      }
      value.append(" → ").append(link.party());
    }
    return value.toString();
  }

  static String finding(ComponentStatement.FindingNote finding) {
    StringBuilder value = new StringBuilder(escape(finding.pack() + "/" + finding.rule()));
    pair(value, "verdict", finding.verdict() == null ? EnrichedBom.NO_VERDICT : finding.verdict().label());
    pair(value, "rule-verdict", finding.ruleVerdict().label());
    pair(value, "status", finding.status());
    pair(value, "withheld", finding.withheld());
    pair(value, "subject", finding.subject());
    for (String party : finding.parties()) {
      pair(value, "party", party);
    }
    pair(value, "waiver", finding.waiver());
    return value.toString();
  }

  private static void pair(StringBuilder value, String key, String field) {
    if (field != null) {
      value.append("; ").append(key).append('=').append(escape(field));
    }
  }

  static String escape(String field) {
    return field.replace("\\", "\\\\").replace(";", "\\;");
  }

  private static Property property(String name, String value) {
    String clean = value.replaceAll("\\p{Cntrl}", " ");
    if (clean.length() > EnrichedBom.MAX_VALUE) {
      clean = clean.substring(0, EnrichedBom.MAX_VALUE - 1) + "…";
    }
    return new Property(name, clean);
  }
}
