/**
 * Blast radius: what stops or degrades, transitively, when some nodes are cut (a restricted
 * party, a prohibited product, what a scenario prohibits or restricts), and how much of the
 * estate that is ("splinter" measure).
 *
 * <p>Start with {@link dev.spillover.spill.BlastRadius#of}; the rule is documented there and in
 * {@code docs/blast-radius.md}.
 */
package dev.spillover.spill;
