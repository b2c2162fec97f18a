/**
 * Benchmarks of the ownership analyses, never run by the build.
 *
 * <p>Start with {@link dev.spillover.bench.OwnershipGraphs}, the seeded generator shared by the
 * tests and every benchmark; {@link dev.spillover.bench.OwnershipEstates} turns its graphs into
 * estates and {@link dev.spillover.bench.EdgeListFiles} writes and reads the files the
 * whole-process baselines share. {@link dev.spillover.bench.EndToEnd} is Spillover's side of those
 * baselines ({@code spillover-bench/baselines/run.sh}); the JMH kernels are in
 * {@code dev.spillover.bench.jmh}. Figures and commands: {@code docs/performance.md}.
 */
package dev.spillover.bench;
