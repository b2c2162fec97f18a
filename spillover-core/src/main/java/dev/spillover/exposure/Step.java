package dev.spillover.exposure;

/**
 * One step of an exposure path: snapshot edge {@code edge}, walked along its direction
 * ({@code forward}: from its {@code from} node to its {@code to} node) or against it.
 */
public record Step(int edge, boolean forward) {}
