#!/usr/bin/python3
"""Median and range of JMH iteration scores: jmh_medians.py RESULT.json (from -rf json -rff RESULT.json)."""
import json
import statistics
import sys

with open(sys.argv[1]) as f:
    results = json.load(f)
print("| benchmark | parameters | median | min | max | unit | iterations |")
print("|---|---|---|---|---|---|---|")
for r in results:
    scores = [s for fork in r["primaryMetric"]["rawData"] for s in fork]
    name = r["benchmark"].rsplit(".", 2)
    params = ", ".join(f"{k}={v}" for k, v in r.get("params", {}).items())
    print(f"| {name[-2]}.{name[-1]} | {params} | {statistics.median(scores):.1f} | "
          f"{min(scores):.1f} | {max(scores):.1f} | {r['primaryMetric']['scoreUnit']} | {len(scores)} |")
