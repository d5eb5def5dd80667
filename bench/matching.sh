#!/usr/bin/env bash
# Issue #5 benchmarks, printed for docs/performance.md (figures, not timed tests):
#   1. FEBRL4 (../shared/data/febrl4, 5,000 x 5,000): F1 and linking time (median of 5 rounds).
#   2. The project's generator at 10,000 x 10,000 and at SIZE x SIZE (default 1,000,000): F1, candidates, blocking
#      recall, seconds per step, pairs compared per second, peak memory (RSS, /usr/bin/time -v).
#   3. The locator over SIZE records of list A: 10,000 noisy queries from list B, p50/p95/p99, recall@1 and @5.
#   4. Identity resolution at append time: 100,000 persons of list A imported, then 20,000 of list B without `person`:
#      records resolved per second, linked / new, precision and recall of the registry's links.
# Usage: bench/matching.sh [SIZE]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
SIZE=${1:-1000000}
SHARED=${HABEAS_SHARED:-$ROOT/../shared}
WORK=$(mktemp -d /tmp/habeas-matching.XXXXXX); trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"
dotnet build -c Release bench/Habeas.Bench >/dev/null
BENCH="dotnet bench/Habeas.Bench/bin/Release/net10.0/Habeas.Bench.dll"
rss() { python3 -c "import re,sys; t=open(sys.argv[1]).read(); print('peak RSS %.0f MiB' % (int(re.search(r'Maximum resident set size \(kbytes\): (\d+)', t).group(1))/1024))" "$1"; }

echo "== FEBRL4 5,000 x 5,000"
$BENCH link "$SHARED/data/febrl4/dataset4a.csv" "$SHARED/data/febrl4/dataset4b.csv" febrl 5

echo "== generator 10,000 x 10,000 (seed 1)"
$BENCH lists "$WORK/10k" 10000 1 >/dev/null
$BENCH link "$WORK/10k/a.csv" "$WORK/10k/b.csv" "$WORK/10k/truth.csv" 3

echo "== generator $SIZE x $SIZE (seed 1)"
$BENCH lists "$WORK/big" "$SIZE" 1
/usr/bin/time -v -o "$WORK/time.txt" $BENCH link "$WORK/big/a.csv" "$WORK/big/b.csv" "$WORK/big/truth.csv" 1
rss "$WORK/time.txt"

echo "== locator over $SIZE records, 10,000 queries"
/usr/bin/time -v -o "$WORK/time.txt" $BENCH locate "$WORK/big" 10000
rss "$WORK/time.txt"

echo "== identity resolution at append time: a registry of 100,000 persons, 20,000 records without person"
$BENCH lists "$WORK/100k" 100000 1 >/dev/null
$BENCH resolve "$WORK/100k" 100000 20000
