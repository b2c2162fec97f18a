/**
 * Reading input so that every problem can be reported where it is.
 *
 * <p>{@link dev.spillover.input.YamlDocument} parses a YAML file into {@link dev.spillover.input.YamlNode}s
 * that know their line and column, with limits against hostile input (aliases, depth, size).
 * {@link dev.spillover.input.Fields} reads typed values out of a mapping and records a
 * {@link dev.spillover.input.Problem} for each bad one, so that loaders report all problems at once
 * and then throw one {@link dev.spillover.input.InputException}.
 */
package dev.spillover.input;
