/**
 * Names matched against restricted-party lists, with explained scores. Start from {@link
 * dev.spillover.screening.match.ScreeningIndex}: {@code ScreeningIndex.build(entries)} once, then
 * {@code index.search(query, limit)} for each {@link dev.spillover.screening.match.Query}; each
 * {@link dev.spillover.screening.match.Match} carries its score, its {@link
 * dev.spillover.screening.match.Decision} under the {@link dev.spillover.screening.match.Thresholds}
 * and the {@link dev.spillover.screening.match.Feature}s that add up to it. {@link
 * dev.spillover.screening.match.Matcher} scores one entry, or two bare names. The method, the
 * weights and the evaluation are in docs/screening.md.
 */
package dev.spillover.screening.match;
