#!/usr/bin/env bash
# Issue 15, "Measured": the window's start until the first queue page is painted, on a PostgreSQL desk of N
# demo cases against one of 1,000 cases, both on a throw-away cluster (tests/pg/pg-cluster.sh) in the same run.
#   tests/benchmarks/pgstart.sh [--cases N] [--runs R] [--app PATH] [--seed-cases S]
# The large desk is S demo cases (default 10,000) copied by SQL to N (pg-replicate.sql): a million through
# `demo` alone takes over an hour on PostgreSQL; --seed-cases N fills it by `demo` only.
# Prints one row in run.sh's format: figure | value | reference | ratio | target | PASS/FAIL. Needs xvfb-run or
# runs offscreen. Exits 1 when the ratio is over 1.5 or a start cannot be measured.
set -euo pipefail

cases=1000000
runs=5
seed_cases=10000
src="$(cd "$(dirname "$0")/../.." && pwd)"
app="${BENCH_BUILD_DIR:-$src/build}/bin/appealdesk"
while [[ $# -gt 0 ]]; do
    case "$1" in
    --cases) cases="$2"; shift 2 ;;
    --runs) runs="$2"; shift 2 ;;
    --app) app="$2"; shift 2 ;;
    --seed-cases) seed_cases="$2"; shift 2 ;;
    -h | --help) sed -n '2,8p' "$0"; exit 0 ;;
    *) echo "usage: $0 [--cases N] [--runs R] [--app PATH] [--seed-cases S]" >&2; exit 2 ;;
    esac
done
[[ -x "$app" ]] || { echo "no $app: build first" >&2; exit 2; }

work=$(mktemp -d)
chmod 755 "$work"
cluster="$work/pg"
trap '"$src/tests/pg/pg-cluster.sh" stop "$cluster" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT
uri=$("$src/tests/pg/pg-cluster.sh" start "$cluster")
# Two desks in one database, each in a schema of its own (libpq's options set the search path).
psql_run() { psql -X -q -v ON_ERROR_STOP=1 -h "$cluster" -U appealdesk -d appealdesk_test "$@"; }
psql_run -c "CREATE SCHEMA small" -c "CREATE SCHEMA large" 2>/dev/null \
    || runuser -u "${APPEALDESK_PG_USER:-nobody}" -- psql -X -q -h "$cluster" -U appealdesk -d appealdesk_test \
        -c "CREATE SCHEMA small" -c "CREATE SCHEMA large"
small="$uri&options=-csearch_path%3Dsmall%2Cpublic"
large="$uri&options=-csearch_path%3Dlarge%2Cpublic"
started=$(date +%s)
"$app" demo --cases 1000 --seed 1 --db "$small" >/dev/null
if ((cases > seed_cases)); then
    "$app" demo --cases "$seed_cases" --seed 1 --db "$large" >/dev/null
    PGOPTIONS="-csearch_path=large,public" psql_run -v copies=$(((cases + seed_cases - 1) / seed_cases - 1)) \
        -f "$src/tests/benchmarks/pg-replicate.sql" >/dev/null
else
    "$app" demo --cases "$cases" --seed 1 --db "$large" >/dev/null
fi
echo "pgstart: demo desks of 1,000 and $(psql_run -At -c "SELECT COUNT(*) FROM large.cases") cases filled in $(($(date +%s) - started)) s" >&2

median() { sort -n | awk '{ v[NR] = $1 } END { if (NR) print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
startup() {
    local db="$1" i out
    for ((i = 0; i < runs; i++)); do
        rm -rf "$work/config"
        if command -v xvfb-run >/dev/null; then
            out=$(XDG_CONFIG_HOME="$work/config" xvfb-run -a "$app" --db "$db" --lang en --measure-startup 2>"$work/err") || true
        else
            out=$(XDG_CONFIG_HOME="$work/config" QT_QPA_PLATFORM=offscreen "$app" --db "$db" --lang en \
                --measure-startup 2>"$work/err") || true
        fi
        grep '^startup-phases:' "$work/err" >&2 || cat "$work/err" >&2
        sed -n 's/^startup-ms: *\([0-9.]*\).*/\1/p' <<<"$out"
    done | median
}
s_large=$(startup "$large")
s_small=$(startup "$small")
if [[ -z "$s_large" || -z "$s_small" ]]; then
    echo "PostgreSQL start to first queue page, ms | - | - | - | <= 1.5x | FAIL"
    exit 1
fi
ratio=$(awk -v a="$s_large" -v b="$s_small" 'BEGIN { printf "%.2f", a / (b > 0 ? b : 1) }')
verdict=$(awk -v r="$ratio" 'BEGIN { print (r <= 1.5 ? "PASS" : "FAIL") }')
echo "PostgreSQL start to first queue page, $cases cases, ms | $s_large | 1,000 cases: $s_small | ${ratio}x | <= 1.5x | $verdict"
[[ "$verdict" == PASS ]]
