package dev.spillover.model;

import java.util.List;
import java.util.Map;

/**
 * Something the estate's owner runs: a business service or a deployment (the "System" of the
 * design; named so as not to shadow {@link java.lang.System}). {@code users} may be null;
 * {@code replacementCost} is what replacing it would cost if it is cut, as declared, or null.
 */
public record SystemAsset(
    String id,
    String name,
    List<String> aliases,
    Map<String, String> identifiers,
    Provenance provenance,
    Criticality criticality,
    Long users,
    ReplacementCost replacementCost)
    implements Node {

  public SystemAsset {
    aliases = List.copyOf(aliases);
    identifiers = Map.copyOf(identifiers);
  }

  /** A system without a declared replacement cost. */
  public SystemAsset(String id, String name, List<String> aliases, Map<String, String> identifiers,
      Provenance provenance, Criticality criticality, Long users) {
    this(id, name, aliases, identifiers, provenance, criticality, users, null);
  }

  @Override
  public NodeKind kind() {
    return NodeKind.SYSTEM;
  }

  /** How much the business suffers when the system stops. */
  public enum Criticality {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
  }
}
