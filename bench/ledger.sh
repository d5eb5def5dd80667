#!/usr/bin/env bash
# Issue #3 benchmark, each figure a ratio measured in the same run: an import of EVENTS (default 1,000,000)
# custody-heavy events with the Merkle log maintained vs without it (ROUNDS rounds, alternating order, medians);
# `habeas verify` of that log vs SHA-256 alone over the same bytes; random inclusion proofs per second.
# Usage: bench/ledger.sh [EVENTS] [ROUNDS]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
EVENTS=${1:-1000000}
ROUNDS=${2:-3}
WORK=$(mktemp -d /tmp/habeas-ledger-bench.XXXXXX); trap 'rm -rf "$WORK"' EXIT
cd "$ROOT"
dotnet build -c Release bench/Habeas.Bench >/dev/null
BENCH="dotnet bench/Habeas.Bench/bin/Release/net10.0/Habeas.Bench.dll"
$BENCH generate "$WORK/events.jsonl" "$EVENTS"
$BENCH ledger "$WORK/events.jsonl" "$WORK" "$ROUNDS"
