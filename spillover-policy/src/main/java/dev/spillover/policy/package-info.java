/**
 * Policies as code: packs of rules whose conditions are CEL expressions over facts, evaluated as
 * of a date, with legal timelines and waivers, giving explained findings.
 *
 * <p>Start with {@link dev.spillover.policy.Assessment#run}: it takes an estate, packs (see
 * {@link dev.spillover.policy.pack.PackCatalog}) and a date, and returns an
 * {@link dev.spillover.policy.AssessmentResult} whose {@link dev.spillover.policy.Finding}s carry
 * their evidence paths. A rule's {@link dev.spillover.policy.Timeline} decides its
 * {@link dev.spillover.policy.RuleStatus} on that date; only a rule in force can prohibit.
 */
package dev.spillover.policy;
