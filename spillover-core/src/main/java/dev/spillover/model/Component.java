package dev.spillover.model;

import java.util.List;
import java.util.Map;

/** A versioned software artifact, usually named by a package URL in {@code identifiers.purl}. */
public record Component(
    String id,
    String name,
    List<String> aliases,
    Map<String, String> identifiers,
    Provenance provenance,
    String version)
    implements Node {

  public Component {
    aliases = List.copyOf(aliases);
    identifiers = Map.copyOf(identifiers);
  }

  @Override
  public NodeKind kind() {
    return NodeKind.COMPONENT;
  }
}
