/**
 * Inputs and outputs. Each input format has its own package and one {@link dev.spillover.formats.Importer};
 * {@link dev.spillover.formats.InputFormat} detects the format of a path from its content, and
 * {@link dev.spillover.formats.Inputs#load} reads any mix of inputs into one estate through an
 * {@link dev.spillover.formats.EstateAssembler}. Outputs are in {@code report}.
 */
package dev.spillover.formats;
