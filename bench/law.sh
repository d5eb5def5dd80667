#!/usr/bin/env bash
# Issue #4 benchmarks: `habeas audit` over a registry of EVENTS (default 1,000,000) custody-heavy events, and
# `habeas screen` of a ROWS-row manifest (default 10,000) against a registry of about PERSONS persons (default 100,000).
# Prints wall time and peak memory (RSS, /usr/bin/time -v) of each command, with what it found.
# Usage: bench/law.sh [EVENTS] [PERSONS] [ROWS]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
EVENTS=${1:-1000000}
PERSONS=${2:-100000}
ROWS=${3:-10000}
WORK=$(mktemp -d /tmp/habeas-law.XXXXXX); trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"
dotnet build -c Release src/Habeas.Cli >/dev/null
dotnet build -c Release bench/Habeas.Bench >/dev/null
BENCH="dotnet bench/Habeas.Bench/bin/Release/net10.0/Habeas.Bench.dll"
HABEAS="dotnet src/Habeas.Cli/bin/Release/net10.0/habeas.dll"
measure() { # label, command...: runs it under /usr/bin/time and prints wall seconds and max RSS
  local label=$1; shift
  /usr/bin/time -v -o "$WORK/time.txt" "$@" >"$WORK/out.json" 2>"$WORK/err.txt" || true
  python3 - "$label" "$WORK/time.txt" <<'PY'
import re, sys
t = open(sys.argv[2]).read()
wall = re.search(r"Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (\S+)", t).group(1).split(":")
seconds = sum(float(x) * 60 ** i for i, x in enumerate(reversed(wall)))
rss = int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", t).group(1)) / 1024
print(f"{sys.argv[1]}: {seconds:.2f} s wall, peak memory {rss:.0f} MiB")
PY
}

$BENCH generate "$WORK/audit.jsonl" "$EVENTS"
$HABEAS init --data "$WORK/audit" >/dev/null
$HABEAS import "$WORK/audit.jsonl" --data "$WORK/audit" >/dev/null 2>&1
for round in 1 2 3; do
  measure "audit of $EVENTS events, round $round" $HABEAS audit --data "$WORK/audit" --as-of 2026-01-01 --format json
done
python3 -c "import json,sys; d=json.load(open(sys.argv[1])); print(f\"  findings: {len(d['findings']):,}, remedies: {len(d['remedies']):,}\")" "$WORK/out.json"

# About 7 events a person in the generated mix: PERSONS persons need about 7 × PERSONS events.
$BENCH generate "$WORK/screen.jsonl" $((PERSONS * 7 + 600))
$HABEAS init --data "$WORK/screen" >/dev/null
$HABEAS import "$WORK/screen.jsonl" --data "$WORK/screen" >/dev/null 2>&1
echo "  registry persons: $(grep -c '"person.recorded"' "$WORK/screen.jsonl")"
$BENCH manifest "$WORK/screen.jsonl" "$WORK/manifest.csv" "$ROWS"
for round in 1 2 3; do
  measure "screen of $ROWS rows, round $round" $HABEAS screen "$WORK/manifest.csv" --country SV --on 2026-01-01 --data "$WORK/screen" --format json
done
python3 -c "
import json,sys,collections
d=json.load(open(sys.argv[1])); c=collections.Counter(r['verdict'] for r in d['rows'])
print('  verdicts:', dict(c), '· rows matched to one person:', sum(1 for r in d['rows'] if r['person']))" "$WORK/out.json"
