package dev.spillover.policy.facts;

import java.time.LocalDate;

/**
 * That a party is on list {@code listId} on the evaluation date: since when (null if unknown),
 * the pack that defines the list (null for a list node of the estate), the source id, and the
 * {@code basis}: how the party was placed there, in words.
 */
public record Listing(String listId, String listTitle, String pack, LocalDate since, String source, String basis) {}
