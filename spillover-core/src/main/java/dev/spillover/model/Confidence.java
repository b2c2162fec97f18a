package dev.spillover.model;

/** How a fact is known: declared by a source, or derived by Spillover from other facts. */
public enum Confidence {
  DECLARED,
  DERIVED
}
