package dev.spillover.model;

import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/**
 * The kinds of edge, each with the node kinds it may join. An edge reads as a sentence from
 * {@code from} to {@code to}: "ByteDance DEVELOPS TikTok", "Acme POS USES WeChat Pay".
 */
public enum EdgeKind {
  OWNS(parties(), EnumSet.of(NodeKind.ORGANIZATION, NodeKind.PRODUCT), "owns", "is owned by"),
  CONTROLS(parties(), EnumSet.of(NodeKind.ORGANIZATION), "controls", "is controlled by"),
  DEVELOPS(parties(), technology(), "develops", "is developed by"),
  PUBLISHES(parties(), technology(), "publishes", "is published by"),
  MANUFACTURES(parties(), technology(), "manufactures", "is manufactured by"),
  OPERATES(parties(), EnumSet.of(NodeKind.PRODUCT, NodeKind.SYSTEM), "operates", "is operated by"),
  DEPENDS_ON(technology(), technology(), "depends on", "is depended on by"),
  EMBEDS(technology(), technology(), "embeds", "is embedded in"),
  USES(EnumSet.of(NodeKind.SYSTEM), technology(), "uses", "is used by"),
  HOSTED_IN(technology(), EnumSet.of(NodeKind.PRODUCT, NodeKind.ORGANIZATION, NodeKind.JURISDICTION),
      "is hosted in", "hosts"),
  TRANSFERS_DATA(EnumSet.of(NodeKind.DATASET, NodeKind.ORGANIZATION, NodeKind.SYSTEM), parties(),
      "transfers data to", "receives data from"),
  LISTED_ON(parties(), EnumSet.of(NodeKind.LIST), "is listed on", "lists"),
  SUBSTITUTES(technology(), technology(), "substitutes for", "has substitute"),
  COMPLEMENTS(technology(), technology(), "complements", "is complemented by"),
  /** Detection: the {@code from} end (a monitoring system or product, or a party running it) watches {@code to}. */
  MONITORS(EnumSet.of(NodeKind.PRODUCT, NodeKind.SYSTEM, NodeKind.ORGANIZATION, NodeKind.PERSON), technology(),
      "monitors", "is monitored by"),
  /** Recovery: the {@code from} end holds backups from which {@code to} can be restored. */
  BACKS_UP(technology(), technology(), "backs up", "is backed up by");

  private final Set<NodeKind> fromKinds;
  private final Set<NodeKind> toKinds;
  private final String verb;
  private final String inverseVerb;
  private final String label;

  EdgeKind(Set<NodeKind> fromKinds, Set<NodeKind> toKinds, String verb, String inverseVerb) {
    this.fromKinds = fromKinds;
    this.toKinds = toKinds;
    this.verb = verb;
    this.inverseVerb = inverseVerb;
    this.label = name().toLowerCase(Locale.ROOT);
  }

  /** The name used in files and facts: lower case with underscores, for example {@code depends_on}. */
  public String label() {
    return label;
  }

  /** The kinds of node this edge may start from. */
  public Set<NodeKind> fromKinds() {
    return fromKinds;
  }

  /** The kinds of node this edge may end at. */
  public Set<NodeKind> toKinds() {
    return toKinds;
  }

  /** How the edge reads from {@code from} to {@code to}, for example "develops". */
  public String verb() {
    return verb;
  }

  /** How the edge reads backwards, from {@code to} to {@code from}, for example "is developed by". */
  public String inverseVerb() {
    return inverseVerb;
  }

  /** Parses a label such as {@code depends_on} or {@code DEPENDS_ON}; null when unknown. */
  public static EdgeKind fromLabel(String label) {
    for (EdgeKind kind : values()) {
      if (kind.label().equalsIgnoreCase(label) || kind.name().equalsIgnoreCase(label)) {
        return kind;
      }
    }
    return null;
  }

  private static Set<NodeKind> parties() {
    return EnumSet.of(NodeKind.ORGANIZATION, NodeKind.PERSON);
  }

  private static Set<NodeKind> technology() {
    return EnumSet.of(NodeKind.PRODUCT, NodeKind.COMPONENT, NodeKind.SYSTEM);
  }
}
