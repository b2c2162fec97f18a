/**
 * The estate model: typed nodes and typed, dated edges, every fact with its provenance.
 *
 * <p>Start with {@link dev.spillover.model.Estate}, the immutable whole that importers build and
 * analyses read through a {@link dev.spillover.snapshot.Snapshot}. Node kinds are the records that
 * implement the sealed {@link dev.spillover.model.Node}; an {@link dev.spillover.model.Edge} carries
 * its {@link dev.spillover.model.EdgeKind}, its validity window and the terms of its kind.
 */
package dev.spillover.model;
