/**
 * SBOMs: CycloneDX (JSON 1.2 to 1.6, XML 1.0 to 1.6) and SPDX 2.2 and 2.3 (JSON, tag-value), read
 * through the formats' own libraries (cyclonedx-core-java; java-spdx-library with its Jackson and
 * tag-value stores) and package URLs through packageurl-java.
 *
 * <p>Start with {@link dev.spillover.formats.sbom.CycloneDxImporter} and
 * {@link dev.spillover.formats.sbom.SpdxImporter}: {@code read} takes one file into an
 * {@link dev.spillover.formats.EstateAssembler}, and {@code looksLikeCycloneDx} /
 * {@code looksLikeSpdx} tell the format registry whether a file's first bytes are theirs.
 * {@link dev.spillover.formats.sbom.SbomImporter} reads either format and returns an
 * {@link dev.spillover.formats.sbom.SbomInventory}: what the SBOM lists and at which line of the file
 * (found by {@code SbomPlaces}), for reports that point into the SBOM. Inside,
 * {@code SbomFile} and {@code JsonScan} guard the input before any library sees it (size, depth,
 * duplicate keys), {@code CycloneDxReader} and {@code SpdxReader} validate and parse with the
 * libraries, {@code CycloneDxMapper} and {@code SpdxMapper} map the libraries' objects at once into
 * an {@code SbomGraph}, which names nodes and edges the same way for both formats and is written to
 * the assembler only when the whole document is good. The mappings are documented in
 * {@code docs/formats/cyclonedx.md} and {@code docs/formats/spdx.md}.
 *
 * <p>Out: {@link dev.spillover.formats.sbom.EnrichedBom} writes a CycloneDX SBOM back with a
 * {@link dev.spillover.formats.sbom.ComponentStatement} per entry rendered as {@code spillover:}
 * properties ({@code docs/enriched-bom.md}); an {@link dev.spillover.formats.sbom.OriginSource} adds
 * origins of another kind (a reference table of package origins) through the same rendering.
 */
package dev.spillover.formats.sbom;
