package dev.spillover.model;

import java.util.List;
import java.util.Map;

/**
 * A versioned software artifact, usually named by a package URL in {@code identifiers.purl}.
 * {@code version} may be null. {@code properties} are facts about the artifact that are not
 * identifiers, by name (for example the parts of its package URL, {@code purl.type} and
 * {@code purl.namespace}, or the name/value properties an SBOM gives); empty when none are known.
 * {@code replacementCost} is what replacing it would cost if it is cut, as declared; null when none
 * is declared.
 */
public record Component(
    String id,
    String name,
    List<String> aliases,
    Map<String, String> identifiers,
    Provenance provenance,
    String version,
    Map<String, String> properties,
    ReplacementCost replacementCost)
    implements Node {

  public Component {
    aliases = List.copyOf(aliases);
    identifiers = Map.copyOf(identifiers);
    properties = Map.copyOf(properties);
  }

  /** A component without a declared replacement cost. */
  public Component(String id, String name, List<String> aliases, Map<String, String> identifiers,
      Provenance provenance, String version, Map<String, String> properties) {
    this(id, name, aliases, identifiers, provenance, version, properties, null);
  }

  /** A component without properties or a declared replacement cost. */
  public Component(String id, String name, List<String> aliases, Map<String, String> identifiers,
      Provenance provenance, String version) {
    this(id, name, aliases, identifiers, provenance, version, Map.of(), null);
  }

  @Override
  public NodeKind kind() {
    return NodeKind.COMPONENT;
  }
}
