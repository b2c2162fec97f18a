package dev.spillover.model;

import java.util.List;
import java.util.Map;

/**
 * A node of the estate graph. Every node has an id unique within its estate, a display name,
 * aliases in any script, identifiers by scheme (for example {@code lei}, {@code purl},
 * {@code appId}) and the provenance of its facts.
 */
public sealed interface Node
    permits Organization, Person, Product, Component, SystemAsset, Dataset, Jurisdiction, RestrictedList {

  String id();

  String name();

  List<String> aliases();

  Map<String, String> identifiers();

  Provenance provenance();

  NodeKind kind();
}
