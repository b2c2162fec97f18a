package dev.spillover.model;

import java.util.Locale;

/** The kinds of node in an estate graph (DESIGN.md section 2). */
public enum NodeKind {
  ORGANIZATION,
  PERSON,
  PRODUCT,
  COMPONENT,
  SYSTEM,
  DATASET,
  JURISDICTION,
  LIST;

  /** The name used in files and facts: lower case, for example {@code organization}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** True for the kinds that can own, control, develop or receive data: organizations and persons. */
  public boolean isParty() {
    return this == ORGANIZATION || this == PERSON;
  }
}
