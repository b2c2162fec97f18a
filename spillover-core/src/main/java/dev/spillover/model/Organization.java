package dev.spillover.model;

import java.util.List;
import java.util.Map;

/** A company, state body, fund or other organization. */
public record Organization(
    String id,
    String name,
    List<String> aliases,
    Map<String, String> identifiers,
    Provenance provenance,
    OrganizationType type,
    Seats seats,
    boolean stateOwned)
    implements Node {

  public Organization {
    aliases = List.copyOf(aliases);
    identifiers = Map.copyOf(identifiers);
  }

  @Override
  public NodeKind kind() {
    return NodeKind.ORGANIZATION;
  }

  /** What kind of organization it is. */
  public enum OrganizationType {
    COMPANY,
    STATE_BODY,
    FUND,
    OTHER
  }
}
