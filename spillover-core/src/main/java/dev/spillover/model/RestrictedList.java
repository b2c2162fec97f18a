package dev.spillover.model;

import java.util.List;
import java.util.Map;

/** A restricted-party list; parties are placed on it by {@link EdgeKind#LISTED_ON} edges. */
public record RestrictedList(
    String id,
    String name,
    List<String> aliases,
    Map<String, String> identifiers,
    Provenance provenance,
    String publisher)
    implements Node {

  public RestrictedList {
    aliases = List.copyOf(aliases);
    identifiers = Map.copyOf(identifiers);
  }

  @Override
  public NodeKind kind() {
    return NodeKind.LIST;
  }
}
