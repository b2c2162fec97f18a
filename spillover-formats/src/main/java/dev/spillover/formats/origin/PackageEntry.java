package dev.spillover.formats.origin;

import java.util.Objects;

/**
 * A package namespace: a package URL {@code type} and either a {@code namespace} prefix (for
 * types with namespaces: Maven group ids, npm scopes, Go module paths) or a {@code name} (for
 * types without: PyPI, NuGet, CocoaPods). {@code organization} is null when the entry is
 * unattributed: a shared namespace that stops a shorter prefix from claiming what lies below it.
 */
public record PackageEntry(String type, String namespace, String name, OriginOrganization organization,
    Sourcing sourcing) implements OriginEntry {

  public PackageEntry {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(sourcing, "sourcing");
    if ((namespace == null) == (name == null)) {
      throw new IllegalArgumentException("a package entry has a namespace or a name, exactly one");
    }
  }

  /** True when the entry attributes nothing (see the class comment). */
  public boolean unattributed() {
    return organization == null;
  }

  @Override
  public String key() {
    return type + " " + (namespace != null ? namespace : name);
  }

  @Override
  public String label() {
    return null;
  }
}
