#!/usr/bin/python3
"""Table of medians from run.sh's output: summarize.py OUT SIZE...

Reads OUT/<size>/<tool>.tsv (key<TAB>value lines, one block per run, each starting with `tool`)
and OUT/<size>/<tool>.json (hyperfine), prints a Markdown table of median seconds per phase, the
ratios of each baseline to Spillover, memory, and whether the check figures agree.
"""
import json
import os
import statistics
import sys

TOOLS = ["spillover", "scipy", "networkx"]
PHASES = ["load", "lookthrough", "aggregate", "reach", "compute"]


def runs(path):
    blocks, current = [], None
    with open(path) as f:
        for line in f:
            key, _, value = line.rstrip("\n").partition("\t")
            if key == "tool":
                current = {}
                blocks.append(current)
            if current is not None:
                current[key] = value
    return blocks


def median(blocks, key):
    values = [float(b[key]) for b in blocks if key in b]
    return statistics.median(values) if values else None


def main(out, sizes):
    print("| entities | tool | runs | load | look-through | aggregate | reach | compute (3) | control query | whole process | peak RSS MiB | heap after load MiB |")
    print("|---|---|---|---|---|---|---|---|---|---|---|---|")
    checks = {}
    ratios = []
    for size in sizes:
        found = {}
        for tool in TOOLS:
            tsv = os.path.join(out, size, f"{tool}.tsv")
            if not os.path.exists(tsv) or os.path.getsize(tsv) == 0:
                continue
            blocks = runs(tsv)
            found[tool] = {p: median(blocks, p) for p in PHASES + ["control", "rss.peak_mib", "heap.loaded_mib"]}
            wall = None
            hf = os.path.join(out, size, f"{tool}.json")
            if os.path.exists(hf):
                with open(hf) as f:
                    wall = json.load(f)["results"][0]["median"]
            found[tool]["wall"] = wall
            cells = [fmt(found[tool][p]) for p in PHASES + ["control", "wall"]]
            mem = [fmt(found[tool]["rss.peak_mib"], 0), fmt(found[tool]["heap.loaded_mib"], 0)]
            print(f"| {int(size):,} | {tool} | {len(blocks)} | " + " | ".join(cells + mem) + " |")
            checks[(size, tool)] = {k: blocks[-1][k] for k in blocks[-1] if k.startswith("check.")}
        if "spillover" in found:
            for tool in ("scipy", "networkx"):
                if tool in found:
                    parts = []
                    for p in PHASES:
                        s, b = found["spillover"][p], found[tool][p]
                        parts.append(f"{p} {b / s:.2f}x" if s and b else f"{p} -")
                    ratios.append(f"- {int(size):,}: {tool} / spillover: " + ", ".join(parts))
    print()
    print("Spillover, every ownership method (medians, seconds; MiB):")
    print()
    print("| entities | runs | look-through | multiplier | aggregate | control | all methods | heap after load MiB | peak heap MiB |")
    print("|---|---|---|---|---|---|---|---|---|")
    for size in sizes:
        tsv = os.path.join(out, size, "spillover.tsv")
        if os.path.exists(tsv) and os.path.getsize(tsv) > 0:
            blocks = runs(tsv)
            keys = ["lookthrough", "multiplier", "aggregate", "control", "methods"]
            cells = [fmt(median(blocks, k)) for k in keys]
            cells += [fmt(median(blocks, "heap.loaded_mib"), 0), fmt(median(blocks, "heap.peak_mib"), 0)]
            print(f"| {int(size):,} | {len(blocks)} | " + " | ".join(cells) + " |")
    print()
    print("Ratios (baseline median / Spillover median; above 1 means Spillover is faster):")
    print("\n".join(ratios))
    print()
    print("Check figures (last run of each tool):")
    for (size, tool), figures in checks.items():
        print(f"- {int(size):,} {tool}: " + ", ".join(f"{k[6:]}={v}" for k, v in sorted(figures.items())))


def fmt(value, digits=2):
    if value is None:
        return "-"
    return f"{value:.{digits}f}"


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2:])
