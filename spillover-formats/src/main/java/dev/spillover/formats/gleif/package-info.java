/**
 * GLEIF data: Level 1 LEI records and Level 2 relationships and reporting exceptions, from GLEIF's
 * XML files (LEI-CDF, RR-CDF, reporting exceptions) or its REST API's JSON.
 *
 * <p>Start with {@link dev.spillover.formats.gleif.GleifImporter}: {@code read} takes a file or a
 * folder of files into an {@link dev.spillover.formats.EstateAssembler}, and {@code looksLikeGleif}
 * tells the format registry whether a file's first bytes are GLEIF's. Inside, {@code CdfXml} and
 * {@code ApiJson} turn records into located trees, and {@code Entities}, {@code Relationships} and
 * {@code ReportingExceptions} map them to the model, the same way for both syntaxes. The mapping
 * and its limits are documented in {@code docs/formats/gleif.md}.
 */
package dev.spillover.formats.gleif;
