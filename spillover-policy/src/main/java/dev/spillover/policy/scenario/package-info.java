/**
 * Scenarios: a named set of packs, an as-of date and hypothetical changes to the estate ("add X
 * to list L", "X's stake in Y becomes 19.9 %", "waiver W ends early", "vendor V withdraws
 * supply"), and their comparison side by side.
 *
 * <p>Start with {@link dev.spillover.policy.scenario.ScenarioLoader#read}, which reads a scenario
 * file ({@code docs/scenarios.md}), then {@link dev.spillover.policy.scenario.ScenarioComparison#run},
 * which applies each scenario's changes to a copy of the estate ({@link
 * dev.spillover.policy.scenario.ScenarioChanges#apply}; the loaded estate is never changed),
 * assesses it, and says what changes between scenarios and why.
 */
package dev.spillover.policy.scenario;
