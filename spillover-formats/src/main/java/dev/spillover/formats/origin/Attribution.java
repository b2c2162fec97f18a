package dev.spillover.formats.origin;

import dev.spillover.model.Confidence;
import dev.spillover.model.Provenance;
import java.util.Objects;

/**
 * An answer of the {@link OriginMatcher}: the organization behind what was asked about, the table
 * entry that says so, how it matched and with what confidence.
 *
 * <p>The confidence is {@link Confidence#DECLARED} only for an {@link Match#EXACT} match of a
 * verified entry: the source states exactly this. A {@link Match#PREFIX} match (a sub-namespace
 * of the entry's), a {@link Match#FINGERPRINT} (a class or native library found in an app
 * suggests the SDK is embedded) and any match of an entry marked unverified are
 * {@link Confidence#DERIVED}.
 */
public record Attribution(String asked, OriginEntry entry, Match match, Confidence confidence) {

  public Attribution {
    Objects.requireNonNull(asked, "asked");
    Objects.requireNonNull(entry, "entry");
    Objects.requireNonNull(match, "match");
    Objects.requireNonNull(confidence, "confidence");
    if (entry.organization() == null) {
      throw new IllegalArgumentException("an unattributed entry attributes nothing: " + entry.key());
    }
  }

  public OriginOrganization organization() {
    return entry.organization();
  }

  /** The entry's source and as-of date with this attribution's confidence. */
  public Provenance provenance() {
    return new Provenance(entry.sourcing().source(), entry.sourcing().asOf(), confidence);
  }

  /** One line for people, for example {@code maven com.huawei.hms.push -> Huawei ... (prefix of maven com.huawei.hms, derived)}. */
  public String explain() {
    String label = entry.label() == null ? "" : " (" + entry.label() + ")";
    return asked + " -> " + organization().name() + label + ": " + match.name().toLowerCase(java.util.Locale.ROOT)
        + " match of " + entry.key() + " at " + entry.sourcing().location() + ", "
        + confidence.name().toLowerCase(java.util.Locale.ROOT) + "; source " + entry.sourcing().source()
        + " as of " + entry.sourcing().asOf();
  }

  /** How an attribution matched its entry. */
  public enum Match {
    /** The namespace, name or app id equals the entry's. */
    EXACT,
    /** The namespace or name lies below the entry's, on a segment boundary. */
    PREFIX,
    /** A class name or native library of an SDK. */
    FINGERPRINT
  }
}
