/**
 * Findings out: a terminal table ({@link dev.spillover.formats.report.FindingsTable}), the documented
 * JSON schema ({@link dev.spillover.formats.report.FindingsJson}, {@code docs/findings-json.md}) and a
 * self-contained HTML report with the exposure paths drawn as a graph
 * ({@link dev.spillover.formats.report.FindingsHtml}). {@link dev.spillover.formats.report.ReportFormat}
 * picks one by name. For one SBOM: SARIF 2.1.0 ({@link dev.spillover.formats.report.FindingsSarif}) and
 * the statements about each of its entries ({@link dev.spillover.formats.report.BomStatements}) that
 * {@link dev.spillover.formats.sbom.EnrichedBom} writes into the BOM. The other HTML pages, in the
 * same frame ({@code HtmlPage}): a scenario comparison with the tolerance curve
 * ({@link dev.spillover.formats.report.ComparisonHtml}) and a blast radius
 * ({@link dev.spillover.formats.report.BlastRadiusHtml}).
 */
package dev.spillover.formats.report;
