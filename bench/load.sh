#!/usr/bin/env bash
# Issue #7 benchmark: the web application under load from a second process on loopback. `habeas demo` (Release build)
# serves its demo registry on 127.0.0.1; wrk (Debian package `wrk`) holds CONNECTIONS connections for SECONDS seconds
# on the case file pages and on /api/v1/locate — each request for another of 500 persons of the registry (their pages,
# and their names as a family would type them), so that no answer is simply repeated — and prints requests/s, errors
# and latency percentiles (target: p99 < 100 ms, no errors), after 5 s of the same load to warm up. Before that, every page is requested one at a time and its server time (curl's time to the
# first byte on loopback) printed as median, p95 and maximum (target: under 200 ms).
# Usage: bench/load.sh [SECONDS] [CONNECTIONS] [DEMO_PERSONS]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
SECONDS_EACH=${1:-30}
CONNECTIONS=${2:-50}
PERSONS=${3:-5000}
command -v wrk >/dev/null || { echo "wrk is not installed: apt-get install wrk" >&2; exit 2; }
WORK=$(mktemp -d /tmp/habeas-load.XXXXXX)
dotnet build -c Release src/Habeas.Cli >/dev/null
HABEAS="dotnet src/Habeas.Cli/bin/Release/net10.0/habeas.dll"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
BASE="http://127.0.0.1:$PORT"
# One client asks a thousand times a second here: the locator's per-address limit (120 a minute) is turned off.
Habeas__Locator__RequestsPerMinute=0 $HABEAS demo --data "$WORK/r" --persons "$PERSONS" --urls "$BASE" >"$WORK/server.log" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait $SERVER 2>/dev/null; rm -rf "$WORK"' EXIT
for _ in $(seq 1 600); do
  curl -fs "$BASE/health" >/dev/null 2>&1 && break
  kill -0 $SERVER 2>/dev/null || { cat "$WORK/server.log" >&2; exit 1; }
  sleep 0.2
done

# The person the demo names, and a name to look up as a family would type it (surnames first, in capitals).
PERSON=$(grep -o 'habeas person [A-Z0-9-]*' "$WORK/server.log" | head -1 | awk '{print $3}')
NAME=$(curl -fs "$BASE/api/v1/persons/$PERSON" | python3 -c 'import json,sys; r=json.load(sys.stdin)["records"][0]; print((" ".join(r.get("surnames",[]))+", "+r.get("given","")).upper())')
QUERY=$(python3 -c 'import sys,urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$NAME")
FACILITY=$(curl -fs "$BASE/api/v1/persons/$PERSON" | python3 -c 'import json,sys; c=json.load(sys.stdin)["current"]; print(c["facility"] if c and c.get("facility") else "")')
echo "demo registry: $PERSONS persons; person $PERSON, locator query \"$NAME\", facility ${FACILITY:-none}"
echo "machine: $(nproc) cores; wrk and the server share them"

echo
echo "server time per page (40 requests each, one at a time, after 5 to warm up), ms:"
printf '%-42s %8s %8s %8s\n' page median p95 max
PAGES=("/" "/?name=$QUERY" "/persons/$PERSON" "/screen" "/reviews" "/obligations" "/rules" "/dashboard" "/ledger" "/import"
       "/api/v1/persons/$PERSON" "/api/v1/locate?name=$QUERY")
[ -n "$FACILITY" ] && PAGES+=("/facilities/$FACILITY")
for page in "${PAGES[@]}"; do
  for _ in 1 2 3 4 5; do curl -fs -o /dev/null "$BASE$page"; done
  for _ in $(seq 1 40); do curl -fs -o /dev/null -w '%{time_starttransfer}\n' "$BASE$page"; done \
    | python3 -c 'import sys; t=sorted(float(x)*1000 for x in sys.stdin); print("%8.1f %8.1f %8.1f" % (t[len(t)//2], t[int(len(t)*0.95)-1], t[-1]))' \
    | xargs printf "%-42s %8s %8s %8s\n" "$page"
done

# 500 persons of the registry: their case file pages, and their names as the locator's queries.
curl -fs "$BASE/api/v1/events?limit=1000" | python3 -c '
import json, sys, urllib.parse
events = [e["event"] for e in json.load(sys.stdin)["events"] if e["type"] == "person.recorded"][:500]
with open(sys.argv[1], "w") as pages, open(sys.argv[2], "w") as names:
    for e in events:
        pages.write("/persons/" + e["person"] + "\n")
        name = (" ".join(e.get("surnames", [])) + ", " + e.get("given", "")).upper()
        names.write("/api/v1/locate?name=" + urllib.parse.quote(name) + "\n")
' "$WORK/pages.txt" "$WORK/names.txt"
cat >"$WORK/rotate.lua" <<'LUA'
-- Each request the next path of the list (each thread starts elsewhere in it).
local paths, i = {}, 0
function init(args)
  for line in io.lines(args[1]) do paths[#paths + 1] = line end
  i = math.random(#paths)
end
function request()
  i = i % #paths + 1
  return wrk.format("GET", paths[i])
end
LUA

for list in pages names; do
  # Five seconds to warm up (JIT tiers, caches), not counted.
  wrk -t2 -c"$CONNECTIONS" -d5s -s "$WORK/rotate.lua" "$BASE" -- "$WORK/$list.txt" >/dev/null
  echo
  echo "wrk -t2 -c$CONNECTIONS -d${SECONDS_EACH}s --latency, $(wc -l <"$WORK/$list.txt") paths: $(head -1 "$WORK/$list.txt") …"
  wrk -t2 -c"$CONNECTIONS" -d"${SECONDS_EACH}s" --latency -s "$WORK/rotate.lua" "$BASE" -- "$WORK/$list.txt" \
    | grep -E "Requests/sec|Non-2xx|Socket errors|^ +(50|90|99)%|requests in" || true
done
