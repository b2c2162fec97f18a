/**
 * JMH benchmarks of the ownership kernels over generated graphs ({@link dev.spillover.bench.jmh.GraphState}):
 * look-through ({@link dev.spillover.bench.jmh.RestrictedHoldingsBenchmark}), the aggregate 50 %
 * fixpoint ({@link dev.spillover.bench.jmh.AggregateOwnershipBenchmark}) and downstream
 * reachability ({@link dev.spillover.bench.jmh.ReachabilityBenchmark}); and the id look-ups every
 * loader makes ({@link dev.spillover.bench.jmh.IdTableBenchmark}). Each class's javadoc gives its
 * command.
 */
package dev.spillover.bench.jmh;
