package dev.spillover.store.portfolio;

import dev.spillover.model.EdgeKind;
import java.util.Locale;

/**
 * How one node uses the next on a where-used path, read from the project towards the component or
 * organization: the SBOM's dependency and containment edges as written, and its party edges turned
 * round (a component "is published by" its supplier). The code is what the database stores.
 */
public enum LinkKind {
  DEPENDS_ON(1, "depends on"),
  EMBEDS(2, "embeds"),
  PUBLISHED_BY(3, "is published by"),
  MANUFACTURED_BY(4, "is manufactured by"),
  DEVELOPED_BY(5, "is developed by"),
  OPERATED_BY(6, "is operated by");

  final int code;
  private final String verb;

  LinkKind(int code, String verb) {
    this.code = code;
    this.verb = verb;
  }

  static LinkKind of(int code) {
    return values()[code - 1];
  }

  /** The kind of link an edge of the model becomes, or null when where-used does not follow it. */
  static LinkKind of(EdgeKind edge) {
    return switch (edge) {
      case DEPENDS_ON -> DEPENDS_ON;
      case EMBEDS -> EMBEDS;
      case PUBLISHES -> PUBLISHED_BY;
      case MANUFACTURES -> MANUFACTURED_BY;
      case DEVELOPS -> DEVELOPED_BY;
      case OPERATES -> OPERATED_BY;
      default -> null;
    };
  }

  /** True for the links from a piece of technology to a party. */
  public boolean toParty() {
    return code >= PUBLISHED_BY.code;
  }

  /** The words a table writes between two nodes. */
  public String verb() {
    return verb;
  }

  /** The snake-case name, as JSON writes it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
