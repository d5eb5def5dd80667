#!/usr/bin/env bash
# Issue #2 benchmark: import EVENTS (default 1,000,000) custody-heavy events into a fresh SQLite registry with
# `habeas import`, and, in the same run, a bare insert of the same rows into one table with no projections.
# Prints events/s, the ratio to the bare insert, and the import's peak memory (RSS, from /usr/bin/time -v).
# The machine is shared and noisy: the pair is run ROUNDS times (default 3) and each figure's median is reported.
# Usage: bench/import.sh [EVENTS] [ROUNDS]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
EVENTS=${1:-1000000}
ROUNDS=${2:-3}
WORK=$(mktemp -d /tmp/habeas-bench.XXXXXX); trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"
dotnet build -c Release src/Habeas.Cli >/dev/null
dotnet build -c Release bench/Habeas.Bench >/dev/null
BENCH="dotnet bench/Habeas.Bench/bin/Release/net10.0/Habeas.Bench.dll"
HABEAS="dotnet src/Habeas.Cli/bin/Release/net10.0/habeas.dll"
$BENCH generate "$WORK/events.jsonl" "$EVENTS"
ls -l "$WORK/events.jsonl" | awk '{printf "file: %.0f MB\n", $5/1048576}'
for round in $(seq 1 "$ROUNDS"); do
  rm -rf "$WORK/registry" "$WORK/bare.db"*
  $HABEAS init --data "$WORK/registry" >/dev/null
  /usr/bin/time -v -o "$WORK/time.$round.txt" $HABEAS import "$WORK/events.jsonl" --data "$WORK/registry" --format json >"$WORK/import.$round.json" 2>/dev/null
  $BENCH bare "$WORK/events.jsonl" "$WORK/bare.db" >"$WORK/bare.$round.txt"
  echo "round $round: import $(python3 -c "import json,sys; print(f\"{json.load(open(sys.argv[1]))['events_per_second']:,.0f}\")" "$WORK/import.$round.json") events/s; $(cat "$WORK/bare.$round.txt")"
done
python3 - "$WORK" "$ROUNDS" <<'PY'
import json, re, sys, statistics
w, rounds = sys.argv[1], int(sys.argv[2])
imp = [json.load(open(f"{w}/import.{r}.json")) for r in range(1, rounds + 1)]
bare = [float(re.search(r"= (\d+) rows/s", open(f"{w}/bare.{r}.txt").read()).group(1)) for r in range(1, rounds + 1)]
rss = [int(re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(f"{w}/time.{r}.txt").read()).group(1)) for r in range(1, rounds + 1)]
eps = [i["events_per_second"] for i in imp]
ratios = [e / b for e, b in zip(eps, bare)]
print(f"events: {imp[0]['events']:,}; rounds: {rounds}")
print(f"import (median): {statistics.median(eps):,.0f} events/s  (all: {', '.join(f'{e:,.0f}' for e in eps)})")
print(f"bare insert (median): {statistics.median(bare):,.0f} rows/s  (all: {', '.join(f'{b:,.0f}' for b in bare)})")
print(f"ratio import / bare (median of rounds): {statistics.median(ratios):.2f}")
print(f"peak memory of the import process (max RSS): {max(rss) / 1024:.0f} MiB")
PY
