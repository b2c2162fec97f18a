package dev.spillover.store.portfolio;

import java.util.Locale;

/** What a node of the index is; the code is what the database stores. */
public enum NodeRole {
  PRODUCT(1), COMPONENT(2), ORGANIZATION(3), PERSON(4);

  final int code;

  NodeRole(int code) {
    this.code = code;
  }

  static NodeRole of(int code) {
    for (NodeRole role : values()) {
      if (role.code == code) {
        return role;
      }
    }
    throw new IllegalArgumentException("no node role " + code);
  }

  /** The lower-case name, as JSON writes it. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
