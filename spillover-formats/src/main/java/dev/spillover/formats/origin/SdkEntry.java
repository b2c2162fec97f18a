package dev.spillover.formats.origin;

import java.util.Objects;

/**
 * An Android SDK fingerprint: a class-name prefix (a Java package, matched on whole segments) or a
 * native library file name, exactly one of the two, naming the {@code sdk} and its vendor.
 */
public record SdkEntry(String sdk, String classPrefix, String nativeLibrary, OriginOrganization organization,
    Sourcing sourcing) implements OriginEntry {

  public SdkEntry {
    Objects.requireNonNull(sdk, "sdk");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(sourcing, "sourcing");
    if ((classPrefix == null) == (nativeLibrary == null)) {
      throw new IllegalArgumentException("an SDK entry has a class prefix or a native library, exactly one");
    }
  }

  @Override
  public String key() {
    return classPrefix != null ? "class " + classPrefix : "native library " + nativeLibrary;
  }

  @Override
  public String label() {
    return sdk;
  }
}
