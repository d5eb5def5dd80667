#!/usr/bin/env bash
# Issue #6 benchmark: from an event being recorded to its webhook reaching a local receiver on 127.0.0.1 (target: p95
# under 1 s). EVENTS (default 300) transfers of a followed person are imported one file at a time at irregular moments
# while the dispatcher runs as `habeas serve` runs it. Release build; prints p50, p95 and the maximum.
# Usage: bench/notify.sh [EVENTS]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
dotnet build -c Release bench/Habeas.Bench >/dev/null
dotnet bench/Habeas.Bench/bin/Release/net10.0/Habeas.Bench.dll notify "${1:-300}"
