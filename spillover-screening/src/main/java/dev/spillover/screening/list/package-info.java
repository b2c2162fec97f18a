/**
 * Restricted-party lists read as their publishers ship them (OFAC legacy CSV, the US Consolidated
 * Screening List, BIS Denied Persons, the UN Security Council XML, FollowTheMoney, the US special
 * lists, China's counter-sanctions) into one shape: a {@link dev.spillover.screening.list.ScreeningList}
 * of {@link dev.spillover.screening.list.ListEntry}s that keep their names, identifiers, countries,
 * programs, dates and links to parents.
 *
 * <p>Start with {@link dev.spillover.screening.list.ScreeningLists#load}: files or folders in, each
 * file's format recognized from its content by {@link dev.spillover.screening.list.ListFormat}, all
 * or nothing. Each format has its own package with one reader ({@code ofac}, {@code csl},
 * {@code bis}, {@code un}, {@code ftm}, {@code us}, {@code cn}); {@code internal} holds what they
 * share. {@code docs/formats/lists.md} gives every mapping.
 */
package dev.spillover.screening.list;
