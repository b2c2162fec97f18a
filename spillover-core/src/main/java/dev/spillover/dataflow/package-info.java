/**
 * Where datasets go: which recipients each dataset reaches along {@code transfers_data} edges,
 * onward transfers included, and how much of each data category reaches each recipient and each
 * country over a rolling 12 months, compared with bulk thresholds given as data, where a
 * {@link dev.spillover.dataflow.BulkScope} (also data) says they apply.
 *
 * <p>Start with {@link dev.spillover.dataflow.DataFlowAnalysis#run}; its
 * {@link dev.spillover.dataflow.DataFlowAnalysis.Result} holds the {@link dev.spillover.dataflow.Flow}s,
 * the {@link dev.spillover.dataflow.RecipientVolume}s (the per-recipient test that decides a
 * crossing) and the {@link dev.spillover.dataflow.CountryVolume}s (a per-country summary), each
 * compared with the {@link dev.spillover.dataflow.BulkThreshold} of its category. The method is
 * explained in {@code docs/data-flows.md}.
 */
package dev.spillover.dataflow;
