/**
 * The native estate format: a folder of YAML files, diff-friendly, every fact with its source.
 *
 * <p>Start with {@link dev.spillover.formats.estate.EstateFolder#load}. The format is documented
 * in {@code docs/estate-format.md}; the loader reports every problem with file, line and column,
 * and loads nothing when there is any.
 */
package dev.spillover.formats.estate;
