/**
 * Restricted-party lists read as their publishers ship them (OFAC legacy CSV, the US Consolidated
 * Screening List, BIS Denied Persons, the UN Security Council XML, FollowTheMoney, the US special
 * lists) into one shape: a {@link dev.spillover.screening.list.ScreeningList} of {@link
 * dev.spillover.screening.list.ListEntry}s that keep their names, identifiers, countries, programs,
 * dates and links to parents.
 */
package dev.spillover.screening.list;
