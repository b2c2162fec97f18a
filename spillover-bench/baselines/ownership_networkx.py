#!/usr/bin/python3
"""networkx baseline: the three computations of dev.spillover.bench.EndToEnd on the same files.

Usage: /usr/bin/python3 ownership_networkx.py DIR    (DIR holds edges.csv and seeds.txt)

Prints key<TAB>value lines with the same keys as EndToEnd. The graph is a networkx DiGraph keyed
by the ids as written (e123), shares as edge weights (fractions). networkx has none of the three
computations built in, so each is the plain loop over its adjacency: Gauss-Seidel rounds in node
order for look-through (tolerance 1e-12, as Spillover's RestrictedHoldings), a worklist for the
aggregate fixpoint (as AggregateOwnership), breadth-first search for reachability.
"""
import csv
import resource
import sys
import time
from collections import deque

import networkx as nx

TOLERANCE = 1e-12


def out(key, value):
    print(f"{key}\t{value}", flush=True)


def seconds(key, start, end):
    out(key, f"{end - start:.3f}")


def main(directory):
    out("tool", "networkx")
    t0 = time.perf_counter()
    graph = nx.DiGraph()
    with open(f"{directory}/edges.csv", newline="") as f:
        rows = csv.reader(f)
        header = next(rows)
        if header != ["owner", "owned", "share"]:
            sys.exit(f"{directory}/edges.csv:1: expected the header owner,owned,share, got {header}")
        graph.add_weighted_edges_from((o, d, float(s) / 100.0) for o, d, s in rows)
    with open(f"{directory}/seeds.txt") as f:
        seeds = [line.strip() for line in f if line.strip()]
    graph.add_nodes_from(seeds)
    t1 = time.perf_counter()
    out("entities", graph.number_of_nodes())
    out("edges", graph.number_of_edges())
    out("seeds", len(seeds))
    seconds("load", t0, t1)
    restricted = set(seeds)

    t2 = time.perf_counter()
    y = dict.fromkeys(graph, 0.0)
    pred = graph.pred
    rounds = 0
    while True:
        rounds += 1
        moved = 0.0
        for entity in graph:
            total = 0.0
            for owner, data in pred[entity].items():
                total += data["weight"] * (1.0 if owner in restricted else y[owner])
            value = total if total < 1.0 else 1.0
            if value - y[entity] > moved:
                moved = value - y[entity]
            y[entity] = value
        if moved <= TOLERANCE or rounds >= 1_000:
            break
    t3 = time.perf_counter()

    held = dict.fromkeys(graph, 0.0)
    blocked = set(restricted)
    queue = deque(restricted)
    succ = graph.succ
    while queue:
        owner = queue.popleft()
        for entity, data in succ[owner].items():
            if entity == owner:
                continue
            held[entity] += data["weight"] * 100.0
            if entity not in blocked and held[entity] >= 50.0 - 1e-9:
                blocked.add(entity)
                queue.append(entity)
    t4 = time.perf_counter()

    reached = set(restricted)
    queue = deque(restricted)
    while queue:
        node = queue.popleft()
        for entity in succ[node]:
            if entity not in reached:
                reached.add(entity)
                queue.append(entity)
    t5 = time.perf_counter()

    seconds("lookthrough", t2, t3)
    out("lookthrough.rounds", rounds)
    seconds("aggregate", t3, t4)
    seconds("reach", t4, t5)
    seconds("compute", t2, t5)
    others = [v for k, v in y.items() if k not in restricted]
    out("check.lookthrough_ge50", sum(1 for v in others if v >= 0.5 - 1e-9))
    out("check.lookthrough_sum", f"{sum(others):.4f}")
    out("check.aggregate_restricted", len(blocked))
    out("check.reach", len(reached))
    out("rss.peak_mib", resource.getrusage(resource.RUSAGE_SELF).ru_maxrss >> 10)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: ownership_networkx.py DIR")
    main(sys.argv[1])
