package dev.spillover.formats.origin;

/**
 * One entry of an origin table: a key (what is matched) mapped to an organization, with its
 * sourcing. {@code organization()} is null only for a package namespace marked unattributed.
 */
public sealed interface OriginEntry permits PackageEntry, SdkEntry, AppEntry {
  /** What the entry matches, for messages and explanations, for example {@code maven com.huawei.hms}. */
  String key();

  /** The SDK or app the entry names, or null (package namespaces name none). */
  String label();

  OriginOrganization organization();

  Sourcing sourcing();
}
