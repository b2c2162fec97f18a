package dev.spillover.model;

import java.util.List;
import java.util.Map;

/** A natural person: nationalities and, in {@code seats}, the domicile (other seats stay null). */
public record Person(
    String id,
    String name,
    List<String> aliases,
    Map<String, String> identifiers,
    Provenance provenance,
    List<String> nationalities,
    Seats seats)
    implements Node {

  public Person {
    aliases = List.copyOf(aliases);
    identifiers = Map.copyOf(identifiers);
    nationalities = List.copyOf(nationalities);
  }

  @Override
  public NodeKind kind() {
    return NodeKind.PERSON;
  }
}
