/**
 * The immutable, int-indexed view of an estate that analyses compute on.
 *
 * <p>Start with {@link dev.spillover.snapshot.Snapshot#of}: it keeps the edges valid on one day
 * and lays them out as CSR adjacency per {@link dev.spillover.model.EdgeKind}, forwards and
 * backwards. The object model stays reachable for explanation by node and edge index.
 */
package dev.spillover.snapshot;
