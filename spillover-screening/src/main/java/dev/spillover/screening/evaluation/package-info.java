/**
 * How well the matcher does: {@link dev.spillover.screening.evaluation.MatchingEvaluation} runs
 * the public name-matching sets of {@code shared/data} and reports precision and recall at the
 * thresholds. The data are read from the folder given at run time and never bundled.
 */
package dev.spillover.screening.evaluation;
