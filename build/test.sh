#!/usr/bin/env bash
# Runs the whole test suite on SQLite and PostgreSQL, then the public contract (../shared/contract/check.sh).
# Installs PostgreSQL from Debian packages when missing, starts a throwaway cluster on a free loopback port in a
# temporary directory, and stops it at the end. With CI=true nothing is skipped: a missing service fails.
# Usage: ./build/test.sh [extra dotnet test arguments]
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
cd "$ROOT"
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# The read-only shared data (contract, test data): beside the repository, or where the team keeps it.
if [[ -z "${HABEAS_SHARED:-}" ]]; then
  for d in "$ROOT/../shared" /work/shared; do [[ -f "$d/DESIGN.md" ]] && { HABEAS_SHARED=$(cd "$d" && pwd); break; }; done
fi
[[ -n "${HABEAS_SHARED:-}" ]] || { echo "shared data (DESIGN.md, contract/) not found: set HABEAS_SHARED"; exit 1; }
export HABEAS_SHARED

# --- PostgreSQL: a throwaway cluster (PLATFORM-data.md §1) ---------------------------------------------------
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [[ -z "$PGBIN" || ! -x "$PGBIN/initdb" ]]; then
  echo "== installing PostgreSQL from Debian packages"
  if [[ $(id -u) == 0 ]]; then
    apt-get update -q >/dev/null && apt-get install -y -q postgresql >/dev/null
  else
    sudo apt-get update -q >/dev/null && sudo apt-get install -y -q postgresql >/dev/null
  fi
  PGBIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
as_pg() { if [[ $(id -u) == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
PGTMP=$(mktemp -d /tmp/habeas-pg.XXXXXX)
[[ $(id -u) == 0 ]] && chown postgres:postgres "$PGTMP"
PGPORT=55432
while ss -Htln "sport = :$PGPORT" 2>/dev/null | grep -q .; do PGPORT=$((PGPORT + 1)); done
pg_down() { as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -m fast -w stop >/dev/null 2>&1 || true; rm -rf "$PGTMP"; }
trap pg_down EXIT
echo "== starting a throwaway PostgreSQL cluster on 127.0.0.1:$PGPORT"
as_pg "$PGBIN/initdb" -D "$PGTMP/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 >/dev/null
as_pg "$PGBIN/pg_ctl" -D "$PGTMP/data" -l "$PGTMP/server.log" -w -t 60 \
  -o "-c listen_addresses=127.0.0.1 -p $PGPORT -k $PGTMP -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null
export HABEAS_TEST_PG="Host=127.0.0.1;Port=$PGPORT;Username=postgres;Database=postgres"

# --- Chromium for the browser tests (PLATFORM-web.md §4): Debian's, driven by Playwright; nothing is downloaded ---
if [[ ! -x /usr/bin/chromium ]]; then
  echo "== installing Chromium from Debian packages"
  if [[ $(id -u) == 0 ]]; then
    apt-get update -q >/dev/null && apt-get install -y -q chromium >/dev/null || true
  else
    sudo apt-get update -q >/dev/null && sudo apt-get install -y -q chromium >/dev/null || true
  fi
  # Without it the browser tests skip, except with CI=true, where they fail (BrowserFixture).
  [[ -x /usr/bin/chromium ]] || echo "Chromium could not be installed: the browser tests will skip (fail with CI=true)"
fi

# --- build and test ---------------------------------------------------------------------------------------------
echo "== restore and build"
dotnet tool restore >/dev/null
dotnet restore Habeas.slnx
dotnet build Habeas.slnx --no-restore -c Debug
echo "== migrations match the model (both providers)"
dotnet ef migrations has-pending-model-changes --no-build --project src/Habeas.Migrations.Sqlite --startup-project src/Habeas.Cli -- --provider sqlite
dotnet ef migrations has-pending-model-changes --no-build --project src/Habeas.Migrations.Postgres --startup-project src/Habeas.Cli -- --provider pg

echo "== tests (SQLite and PostgreSQL)"
# The import and manifest fuzzing (ImportFuzzTests) runs ten times its short default in CI, unless set.
if [[ "${CI:-}" == "true" ]]; then export HABEAS_FUZZ_RUNS="${HABEAS_FUZZ_RUNS:-10}"; fi
LOG=$(mktemp)
set +e
dotnet test --solution Habeas.slnx --no-build "$@" 2>&1 | tee "$LOG"
rc=${PIPESTATUS[0]}
set -e
summary=$(awk '/^Test run summary:/{on=1} on&&$1=="failed:"{f=$2} on&&$1=="succeeded:"{p=$2} on&&$1=="skipped:"{s=$2}
     END { printf "%d passed, %d failed, %d skipped\n", p, f, s }' "$LOG")
rm -f "$LOG"
echo "$summary"
if [[ $rc != 0 ]]; then echo "tests failed (exit $rc)"; exit "$rc"; fi
if [[ $summary == 0\ passed* ]]; then echo "no tests ran"; exit 1; fi

echo "== contract ($HABEAS_SHARED/contract/check.sh)"
"$HABEAS_SHARED/contract/check.sh" "dotnet $ROOT/src/Habeas.Cli/bin/Debug/net10.0/habeas.dll"
