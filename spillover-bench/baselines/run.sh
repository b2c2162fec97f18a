#!/usr/bin/env bash
# Whole-process baselines: Spillover (EndToEnd), scipy.sparse and networkx on the same files.
#
#   spillover-bench/baselines/run.sh [ENTITIES...]        (default: 100000 1000000)
#
# Run from the repository root after `./mvnw -B -q -pl spillover-bench -am package -DskipTests`.
# For each size: generates the graph once (seed 42) with the bench jar, then runs every tool
# RUNS times under hyperfine (whole process, wall clock), each run appending its phase lines to
# OUT/<size>/<tool>.tsv; finally prints the table of medians (summarize.py).
#
# Environment: RUNS (default 3), NX_RUNS (networkx runs, default RUNS), NX_MAX (largest size
# networkx is run at, default 1000000), XMX (Java heap, default 4g: the target of issue 3), SEED (default 42),
# OUT (default spillover-bench/target/baselines), TOOLS (default "spillover scipy networkx").
# Needs Debian's python3-networkx, python3-scipy and hyperfine.
set -euo pipefail

here="$(cd "$(dirname "$0")" && pwd)"
root="$(cd "$here/../.." && pwd)"
jar="$root/spillover-bench/target/benchmarks.jar"
runs="${RUNS:-3}"
nx_runs="${NX_RUNS:-$runs}"
nx_max="${NX_MAX:-1000000}"
xmx="${XMX:-4g}"
seed="${SEED:-42}"
out="${OUT:-$root/spillover-bench/target/baselines}"
tools="${TOOLS:-spillover scipy networkx}"
python=/usr/bin/python3
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(100000 1000000)

[ -f "$jar" ] || { echo "missing $jar: run ./mvnw -B -q -pl spillover-bench -am package -DskipTests" >&2; exit 1; }
command -v hyperfine >/dev/null || { echo "hyperfine not found: apt-get install -y hyperfine" >&2; exit 1; }

for size in "${sizes[@]}"; do
  dir="$out/$size"
  mkdir -p "$dir"
  if [ ! -f "$dir/graph/edges.csv" ]; then
    java -Xmx"$xmx" -cp "$jar" dev.spillover.bench.GenerateGraph "$size" "$seed" "$dir/graph"
  fi
  for tool in $tools; do
    n="$runs"
    case "$tool" in
      spillover) cmd="java -Xmx$xmx -cp $jar dev.spillover.bench.EndToEnd $dir/graph" ;;
      scipy) cmd="$python $here/ownership_scipy.py $dir/graph" ;;
      networkx)
        if [ "$size" -gt "$nx_max" ]; then echo "networkx skipped at $size (NX_MAX=$nx_max)"; continue; fi
        n="$nx_runs"
        cmd="$python $here/ownership_networkx.py $dir/graph" ;;
      *) echo "unknown tool $tool" >&2; exit 2 ;;
    esac
    : > "$dir/$tool.tsv"
    hyperfine --runs "$n" --style basic --export-json "$dir/$tool.json" -n "$tool $size" "$cmd >> $dir/$tool.tsv"
  done
done
"$python" "$here/summarize.py" "$out" "${sizes[@]}"
