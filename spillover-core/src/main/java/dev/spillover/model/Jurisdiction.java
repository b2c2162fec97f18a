package dev.spillover.model;

import java.util.List;
import java.util.Map;

/** A country or territory, by ISO 3166-1 alpha-2 code ({@code id} is the code). */
public record Jurisdiction(
    String id, String name, List<String> aliases, Map<String, String> identifiers, Provenance provenance)
    implements Node {

  public Jurisdiction {
    aliases = List.copyOf(aliases);
    identifiers = Map.copyOf(identifiers);
  }

  @Override
  public NodeKind kind() {
    return NodeKind.JURISDICTION;
  }
}
