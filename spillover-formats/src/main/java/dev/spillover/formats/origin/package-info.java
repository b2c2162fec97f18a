/**
 * Origin attribution: which organization publishes or develops a software package, an Android SDK
 * or an Android app, from reference tables that are data files with a source for every entry.
 *
 * <p>Start with {@link dev.spillover.formats.origin.OriginTables}: {@code bundled()} loads the
 * tables shipped in the repository's {@code reference/origins/} folder (listed in its
 * {@code index.txt}), {@code bundledWith(path)} adds a table of your own, and every problem of a
 * table is reported with its file, line and column. Then ask an
 * {@link dev.spillover.formats.origin.OriginMatcher} by package URL, component, Android app id,
 * class name or native library name; each answer is an
 * {@link dev.spillover.formats.origin.Attribution} with the matched entry, its source, its as-of
 * date and a confidence. The table schema and the matching rules are documented in
 * {@code docs/origins.md}.
 */
package dev.spillover.formats.origin;
