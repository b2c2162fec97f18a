/**
 * The facts that rule conditions see, and the CEL environment that checks conditions against them.
 *
 * <p>{@link dev.spillover.policy.facts.FactSchema} declares every fact once, with its type, meaning and an
 * example: the CEL type checker uses it to reject unknown facts with a position, and
 * {@code docs/policy-language.md} is tested against it. {@link dev.spillover.policy.facts.FactBuilder}
 * computes the facts from a snapshot; {@link dev.spillover.policy.facts.ListMatcher} places parties on
 * the lists packs name.
 */
package dev.spillover.policy.facts;
