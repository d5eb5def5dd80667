#!/usr/bin/env bash
# Issue #2 benchmark: import EVENTS (default 1,000,000) custody-heavy events into a fresh SQLite registry with
# `habeas import`, and, in the same run, a bare insert of the same rows into one table with no projections.
# Prints events/s, the ratio to the bare insert, and the import's peak memory (RSS, from /usr/bin/time -v).
# Usage: bench/import.sh [EVENTS]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
EVENTS=${1:-1000000}
WORK=$(mktemp -d /tmp/habeas-bench.XXXXXX); trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"
dotnet build -c Release src/Habeas.Cli >/dev/null
dotnet build -c Release bench/Habeas.Bench >/dev/null
BENCH="dotnet bench/Habeas.Bench/bin/Release/net10.0/Habeas.Bench.dll"
HABEAS="dotnet src/Habeas.Cli/bin/Release/net10.0/habeas.dll"
$BENCH generate "$WORK/events.jsonl" "$EVENTS"
ls -l "$WORK/events.jsonl" | awk '{printf "file: %.0f MB\n", $5/1048576}'
$HABEAS init --data "$WORK/registry" >/dev/null
/usr/bin/time -v -o "$WORK/time.txt" $HABEAS import "$WORK/events.jsonl" --data "$WORK/registry" --format json >"$WORK/import.json" 2>/dev/null
$BENCH bare "$WORK/events.jsonl" "$WORK/bare.db" | tee "$WORK/bare.txt"
python3 - "$WORK" <<'PY'
import json, re, sys
w = sys.argv[1]
imp = json.load(open(f"{w}/import.json"))
bare = float(re.search(r"= (\d+) rows/s", open(f"{w}/bare.txt").read()).group(1))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(f"{w}/time.txt").read()).group(1))
wall = re.search(r"Elapsed \(wall clock\) time.*: (.*)", open(f"{w}/time.txt").read()).group(1)
print(f"import: {imp['events']:,} events in {imp['seconds']:.2f} s = {imp['events_per_second']:,.0f} events/s (process wall {wall})")
print(f"ratio to bare insert: {imp['events_per_second'] / bare:.2f}")
print(f"peak memory of the import process (max RSS): {rss / 1024:.0f} MiB")
PY
