package dev.spillover.formats.origin;

import java.util.Objects;

/** An Android application id (matched exactly) and the app's name, mapped to its publisher. */
public record AppEntry(String appId, String app, OriginOrganization organization, Sourcing sourcing)
    implements OriginEntry {

  public AppEntry {
    Objects.requireNonNull(appId, "appId");
    Objects.requireNonNull(app, "app");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(sourcing, "sourcing");
  }

  @Override
  public String key() {
    return "app " + appId;
  }

  @Override
  public String label() {
    return app;
  }
}
