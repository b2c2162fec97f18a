/**
 * Where used: every project in a portfolio of SBOMs that uses a component (by package URL, any
 * version or one) or anything from an organization, directly or transitively, with the shortest
 * path in each. Start with {@link dev.spillover.store.portfolio.PortfolioIndex}: {@code open} an
 * index file, {@code update} it from a folder of SBOMs (incremental, all or nothing), and ask
 * {@code whereUsed} with a {@link dev.spillover.store.portfolio.Target}; the answer is a
 * {@link dev.spillover.store.portfolio.WhereUsed}, written by {@code WhereUsedTable} and
 * {@code WhereUsedJson}. Inside, {@code SbomReading} reads one file with the SBOM importer,
 * {@code IndexUpdate} writes the index and {@code WhereUsedQuery} searches it; the tables are in
 * {@code IndexSchema}. See {@code docs/store.md}.
 */
package dev.spillover.store.portfolio;
