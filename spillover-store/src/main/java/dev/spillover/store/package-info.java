/**
 * Spillover's store: what is kept between runs, in an embedded H2 database file reached through
 * JDBC. Start with {@link dev.spillover.store.portfolio.PortfolioIndex}, the index of a portfolio
 * of SBOMs that {@code spillover spill} builds once and reuses. Failures of the database itself are
 * {@link dev.spillover.store.StoreException}; problems of the input SBOMs are
 * {@link dev.spillover.input.InputException}, as everywhere else.
 */
package dev.spillover.store;
