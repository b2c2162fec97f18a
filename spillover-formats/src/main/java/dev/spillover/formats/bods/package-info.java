/**
 * Beneficial Ownership Data Standard (BODS) 0.4 input, from Open Ownership: who owns and controls
 * companies, as registers and researchers publish it.
 *
 * <p>Start with {@link dev.spillover.formats.bods.BodsImporter}: it validates a file of statements
 * against the bundled BODS 0.4 JSON Schema and maps entities, persons and relationships to
 * organizations, persons and {@code owns}/{@code controls} edges. The mapping is documented in
 * {@code docs/formats/bods.md}; the schema and its licence are in the resources under
 * {@code bods/0.4/}.
 */
package dev.spillover.formats.bods;
