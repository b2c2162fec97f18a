#!/usr/bin/python3
"""scipy.sparse baseline: the three computations of dev.spillover.bench.EndToEnd on the same files.

Usage: /usr/bin/python3 ownership_scipy.py DIR    (DIR holds edges.csv and seeds.txt)

Prints key<TAB>value lines with the same keys as EndToEnd: phase times in seconds, check figures
that must agree with the other tools, the peak resident set in MiB.

The loader takes the numeric part of each id (e<n> -> n) with numpy's C parser and does no id
lookup; the computations are vectorized: Jacobi rounds of a sparse matrix-vector product for
look-through (to the same tolerance, 1e-12), whole-graph rounds for the aggregate fixpoint and
frontier rounds for reachability.
"""
import io
import resource
import sys
import time

import numpy as np
import scipy.sparse as sp

TOLERANCE = 1e-12


def out(key, value):
    print(f"{key}\t{value}", flush=True)


def seconds(key, start, end):
    out(key, f"{end - start:.3f}")


def main(directory):
    out("tool", "scipy")
    t0 = time.perf_counter()
    with open(f"{directory}/edges.csv", "rb") as f:
        header = f.readline()
        if header.strip() != b"owner,owned,share":
            sys.exit(f"{directory}/edges.csv:1: expected the header owner,owned,share, got {header!r}")
        body = f.read().replace(b"e", b"")
    table = np.loadtxt(io.BytesIO(body), delimiter=",", dtype=np.float64, ndmin=2)
    del body
    owner = table[:, 0].astype(np.int64)
    owned = table[:, 1].astype(np.int64)
    share = table[:, 2] / 100.0
    del table
    with open(f"{directory}/seeds.txt") as f:
        seeds = np.array([int(line.strip()[1:]) for line in f if line.strip()], dtype=np.int64)
    n = int(max(owner.max(), owned.max(), seeds.max())) + 1
    # held[e, o] = fraction of e held directly by o: y = held @ x sums over each entity's owners.
    held = sp.csr_matrix((share, (owned, owner)), shape=(n, n))
    t1 = time.perf_counter()
    out("entities", n)
    out("edges", held.nnz)
    out("seeds", len(seeds))
    seconds("load", t0, t1)

    restricted = np.zeros(n, dtype=bool)
    restricted[seeds] = True

    # Look-through: y = min(1, b + H y), H = held with the restricted owners' columns removed.
    t2 = time.perf_counter()
    b = held @ restricted.astype(np.float64)
    through = held @ sp.diags((~restricted).astype(np.float64))
    through = through.tocsr()
    y = np.zeros(n)
    rounds = 0
    while True:
        rounds += 1
        nxt = np.minimum(1.0, b + through @ y)
        moved = float((nxt - y).max()) if n else 0.0
        y = nxt
        if moved <= TOLERANCE or rounds >= 10_000:
            break
    t3 = time.perf_counter()

    # Aggregate 50 % fixpoint: restricted when restricted owners hold >= 50 % directly.
    percent = held * 100.0
    blocked = restricted.copy()
    while True:
        total = percent @ blocked.astype(np.float64)
        nxt = blocked | (total >= 50.0 - 1e-9)
        if (nxt == blocked).all():
            break
        blocked = nxt
    t4 = time.perf_counter()

    # Reachability: everything the seeds own, directly or transitively, by any share.
    reached = restricted.copy()
    frontier = restricted.astype(np.float64)
    while True:
        hit = (held @ frontier) > 0
        new = hit & ~reached
        if not new.any():
            break
        reached |= new
        frontier = new.astype(np.float64)
    t5 = time.perf_counter()

    seconds("lookthrough", t2, t3)
    out("lookthrough.rounds", rounds)
    seconds("aggregate", t3, t4)
    seconds("reach", t4, t5)
    seconds("compute", t2, t5)
    others = ~restricted
    out("check.lookthrough_ge50", int((y[others] >= 0.5 - 1e-9).sum()))
    out("check.lookthrough_sum", f"{float(y[others].sum()):.4f}")
    out("check.aggregate_restricted", int(blocked.sum()))
    out("check.reach", int(reached.sum()))
    out("rss.peak_mib", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: ownership_scipy.py DIR")
    main(sys.argv[1])
