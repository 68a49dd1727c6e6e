#!/usr/bin/env bash
# Issue 15 ("Measured", second bullet): agents deciding at once on one PostgreSQL server.
#   tests/benchmarks/agents.sh [--agents N] [--seconds S] [--cases C] [--ref-seconds R] [--runs K] [--app PATH]
# Starts a throw-away cluster (tests/pg/pg-cluster.sh, stopped on exit even on failure), imports C open demo
# cases (default 50,000; `demo --out` then `import`, so every case is open), then runs the agent loop
# (`claim --next`, `suggest --case`, `decide --outcome <suggested> --expect <suggested>`, with a --note when
# the suggestion is "none"; a suggestion still pending is left claimed and skipped) in 1 process for
# R seconds (the reference, default S; 0 skips it) and in N processes (default 20, agent.01..agent.NN) for
# S seconds (default 60). Agents start no cycle after the time is up and finish the one they are in.
# --runs K (default 1) repeats both phases K times on the same desk (the agents of run k are agentk.NN and
# soloK.01) and prints the medians of the K rates and ratios; the checks cover every run.
# Checks: no case decided twice (decision rows, 'decide' audit entries, success lines), none lost (every
# success line has its row, every row its success line), `audit verify` ok, and no error shown to an agent
# (any stderr line or nonzero exit except claim's "no open case is free to claim"). Prints one row on stdout:
#   figure | value | reference | ratio | target | PASS/FAIL
# (the reference is the 1-agent loop's decisions/s, the ratio the scaling); details on stderr. Exits 1 on
# failure. --app defaults to BENCH_BUILD_DIR/bin/appealdesk, else ../build/bin/appealdesk next to the source
# tree; it is copied into the work folder first. BENCH_AGENTS_DIR: an empty or new work folder, kept (default
# a new /tmp/agents.XXXXXX, removed unless BENCH_KEEP=1); its pg/ holds the server's socket while it runs.
# Smoke run: tests/benchmarks/agents.sh --agents 2 --seconds 10 --cases 2000
# From run.sh: BENCH_AGENTS=1 (sizes BENCH_AGENTS_N, BENCH_AGENTS_SECONDS, BENCH_AGENTS_CASES).
set -euo pipefail

agents=20
seconds=60
cases=50000
ref_seconds=
runs=1
app=
usage() { echo "usage: $0 [--agents N] [--seconds S] [--cases C] [--ref-seconds R] [--runs K] [--app PATH]" >&2; exit 2; }
while [[ $# -gt 0 ]]; do
    case "$1" in
    --agents) agents="${2:-}"; shift 2 || usage ;;
    --seconds) seconds="${2:-}"; shift 2 || usage ;;
    --cases) cases="${2:-}"; shift 2 || usage ;;
    --ref-seconds) ref_seconds="${2:-}"; shift 2 || usage ;;
    --runs) runs="${2:-}"; shift 2 || usage ;;
    --app) app="${2:-}"; shift 2 || usage ;;
    -h | --help) awk 'NR > 1 && !/^#/ { exit } NR > 1 { sub(/^# ?/, ""); print }' "$0"; exit 0 ;;
    *) usage ;;
    esac
done
ref_seconds="${ref_seconds:-$seconds}"
[[ "$agents" =~ ^[0-9]+$ && "$agents" -ge 1 && "$agents" -le 99 ]] || { echo "--agents: 1 to 99" >&2; exit 2; }
[[ "$seconds" =~ ^[0-9]+$ && "$seconds" -ge 1 ]] || { echo "--seconds: a positive number" >&2; exit 2; }
[[ "$ref_seconds" =~ ^[0-9]+$ ]] || { echo "--ref-seconds: a number (0 skips the reference)" >&2; exit 2; }
[[ "$cases" =~ ^[0-9]+$ && "$cases" -ge 1 ]] || { echo "--cases: a positive number" >&2; exit 2; }
[[ "$runs" =~ ^[0-9]+$ && "$runs" -ge 1 && "$runs" -le 9 ]] || { echo "--runs: 1 to 9" >&2; exit 2; }

src="$(cd "$(dirname "$0")/../.." && pwd)"
if [[ -z "$app" ]]; then
    if [[ -n "${BENCH_BUILD_DIR:-}" ]]; then app="$BENCH_BUILD_DIR/bin/appealdesk"; else app="$(dirname "$src")/build/bin/appealdesk"; fi
fi
[[ -x "$app" ]] || { echo "agents.sh: no program at $app (--app PATH)" >&2; exit 2; }
command -v psql >/dev/null || { echo "agents.sh: psql is needed (apt-get install postgresql-client)" >&2; exit 2; }
export LC_ALL=C.UTF-8

work="${BENCH_AGENTS_DIR:-}"
created=0
if [[ -z "$work" ]]; then
    work="$(mktemp -d /tmp/agents.XXXXXX)"
    created=1
else
    [[ ! -e "$work" || -z "$(ls -A "$work")" ]] || { echo "agents.sh: $work is not empty" >&2; exit 2; }
    mkdir -p "$work"
    work="$(cd "$work" && pwd)"
fi
chmod 755 "$work" # as root the server runs as another user, who must reach its socket folder
pgdir="$work/pg"
logs="$work/logs"
mkdir -p "$logs"
pids=()
cleanup() {
    local rc=$?
    for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
    "$src/tests/pg/pg-cluster.sh" stop "$pgdir" >/dev/null 2>&1 || true
    if [[ "${BENCH_KEEP:-0}" == 1 || $created == 0 ]]; then echo "agents.sh: logs kept in $work" >&2; else rm -rf "$work"; fi
    exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

say() { echo "agents.sh: $*" >&2; }
now() { echo "$EPOCHREALTIME"; }
us() { local t=$EPOCHREALTIME; echo "${t/./}"; } # microseconds since the epoch
calc() { awk "BEGIN { printf \"$1\", $2 }"; }

# A copy of the program, so that a rebuild of the build folder during the run does not change it under the
# agents (a relink leaves no executable file for a moment).
cp "$app" "$work/appealdesk"
say "program: $app ($(stat -c '%y' "$app" | cut -c1-19), sha256 $(sha256sum "$work/appealdesk" | cut -c1-12)), copied to $work"
app="$work/appealdesk"
"$app" --version >/dev/null || { say "the copied program does not run (a rebuild under way?)"; exit 1; }

say "starting a PostgreSQL cluster in $pgdir"
uri="$("$src/tests/pg/pg-cluster.sh" start "$pgdir")"
sql() { psql -X -q -A -t -v ON_ERROR_STOP=1 -h "$pgdir" -U appealdesk -d appealdesk_test -c "$1"; }

# The cases: a demo bundle imported, so all C of them are open (a demo database has decided ones too).
t0=$(now)
"$app" demo --cases "$cases" --seed 1 --out "$work/cases.jsonl" --force --lang en >&2
"$app" import "$work/cases.jsonl" --db "$uri" --lang en >&2
fill_s=$(calc %.1f "$(now) - $t0")
open=$(sql "SELECT count(*) FROM cases WHERE status = 'open'")
say "filled in $fill_s s: $open open cases"
[[ "$open" == "$cases" ]] || { say "expected $cases open cases, found $open"; exit 1; }

# agent NAME DEADLINE: the loop of one agent until DEADLINE (epoch microseconds). Files in $logs:
#   NAME.ok    "CASE NAME decided_at claim_ms suggest_ms decide_ms" per decision printed
#   NAME.err   every stderr line and nonzero exit, "CMD CASE rc=N: line"
#   NAME.stat  "cycles decided errors none_free pending"
agent() {
    set +e
    local name=$1 deadline=$2 out rc id outcome sugg t1 t2 t3 t4 note
    local cycles=0 decided=0 errors=0 none_free=0 pending=0
    local err="$logs/$name.stderr"
    : >"$logs/$name.ok"
    : >"$logs/$name.err"
    # shown CMD CASE RC OUT: records what the agent was shown on stderr (and the exit); 0 when nothing.
    shown() {
        if [[ "$3" != 0 || -s "$err" ]]; then
            { echo "$1 $2 rc=$3: stdout: ${4:0:300}"; sed "s|^|$1 $2 rc=$3: |" "$err"; } >>"$logs/$name.err"
            return 1
        fi
        return 0
    }
    while t1=${EPOCHREALTIME/./} && ((t1 < deadline)); do
        cycles=$((cycles + 1))
        out=$("$app" claim --next --agent "$name" --db "$uri" --lang en 2>"$err")
        rc=$?
        if [[ $rc == 1 && "$(cat "$err")" == "no open case is free to claim" ]]; then
            none_free=$((none_free + 1))
            break # claims hold 30 minutes: none will come free within the run
        fi
        if ! shown claim - "$rc" "$out"; then errors=$((errors + 1)); sleep 0.2; continue; fi
        id=$(sed -n 's/^case \([^ ]*\) claimed by .*/\1/p' <<<"$out")
        if [[ -z "$id" ]]; then
            echo "claim - rc=0: unexpected output: $out" >>"$logs/$name.err"
            errors=$((errors + 1))
            continue
        fi
        t2=${EPOCHREALTIME/./}
        sugg=$("$app" suggest --case "$id" --db "$uri" --lang en 2>"$err")
        rc=$?
        if ! shown suggest "$id" "$rc" "$sugg"; then errors=$((errors + 1)); continue; fi
        if [[ ! "$sugg" =~ \"outcome\":\"([a-z_]+)\" ]]; then
            echo "suggest $id rc=0: no outcome in: ${sugg:0:300}" >>"$logs/$name.err"
            errors=$((errors + 1))
            continue
        fi
        outcome=${BASH_REMATCH[1]}
        if [[ ! "$sugg" =~ \"pending_until\":null ]]; then
            pending=$((pending + 1)) # not decidable yet: left claimed, so claim --next passes it by
            continue
        fi
        # Closing a case without an outcome ("none") is a person's judgement and needs a note (CaseService::decide).
        note=()
        [[ "$outcome" != none ]] || note=(--note "closed as the policy suggests, nothing to do (agents.sh)")
        t3=${EPOCHREALTIME/./}
        out=$("$app" decide --case "$id" --outcome "$outcome" --expect "$outcome" "${note[@]}" --agent "$name" \
            --db "$uri" --lang en 2>"$err")
        rc=$?
        t4=${EPOCHREALTIME/./}
        if ! shown decide "$id" "$rc" "$out"; then errors=$((errors + 1)); continue; fi
        if [[ "$out" =~ \"case\":\"([^\"]+)\" && "${BASH_REMATCH[1]}" == "$id" && "$out" =~ \"decided_at\":\"([^\"]+)\" ]]; then
            echo "$id $name ${BASH_REMATCH[1]} $(((t2 - t1) / 1000)) $(((t3 - t2) / 1000)) $(((t4 - t3) / 1000))" \
                >>"$logs/$name.ok"
            decided=$((decided + 1))
        else
            echo "decide $id rc=0: unexpected output: ${out:0:300}" >>"$logs/$name.err"
            errors=$((errors + 1))
        fi
    done
    # The CPU time of the agent's commands (user + system, from the shell's `times`), in ms.
    local cpu
    times >"$logs/$name.times" # a builtin with a redirection runs in this shell (a pipe would fork it)
    cpu=$(tail -1 "$logs/$name.times" | awk '{ t = 0; for (i = 1; i <= 2; i++) { split($i, a, "m"); t += a[1] * 60 + a[2] } printf "%d", t * 1000 }')
    echo "$cycles $decided $errors $none_free $pending $cpu" >"$logs/$name.stat"
}

# phase N SECONDS PREFIX: N agents PREFIX.01.. for SECONDS; sets elapsed (s) and phase_decided.
phase() {
    local n=$1 s=$2 prefix=$3 i start deadline
    pids=()
    mark_cpu
    start=$(us)
    deadline=$((start + s * 1000000))
    for ((i = 1; i <= n; i++)); do
        agent "$(printf '%s.%02d' "$prefix" "$i")" "$deadline" &
        pids+=($!)
    done
    # A cycle takes about a second; an agent still running a minute after the time is up hangs: it is
    # killed, and counted as an error. The watchdog polls, so that no sleep outlives the script.
    (
        exec >/dev/null 2>&1
        while [[ ! -e "$work/$prefix.done" ]] && (($(us) < deadline + 60000000)); do sleep 1; done
        [[ -e "$work/$prefix.done" ]] || { kill "${pids[@]}"; echo "killed after $((s + 60)) s" >"$work/$prefix.hung"; }
    ) &
    local watchdog=$!
    for p in "${pids[@]}"; do wait "$p" || true; done
    touch "$work/$prefix.done"
    wait "$watchdog" 2>/dev/null || true
    pids=()
    elapsed=$(calc %.2f "($(us) - $start) / 1000000")
    phase_decided=$(cat "$logs/$prefix".*.ok | wc -l)
    phase_cpu_ms=$(cat "$logs/$prefix".*.stat | awk '{ c += $6 } END { print c + 0 }')
    # The machine's busy share of its cores over the phase (/proc/stat), every process included.
    read -r _ u n sy idle iow irq sirq _ </proc/stat
    phase_busy=$(calc %.0f "100 * (1 - ($idle + $iow - $cpu_idle0) / ($u + $n + $sy + $idle + $iow + $irq + $sirq - $cpu_total0))")
}
# mark_cpu: the /proc/stat counters at a phase's start.
mark_cpu() {
    local u n sy idle iow irq sirq
    read -r _ u n sy idle iow irq sirq _ </proc/stat
    cpu_idle0=$((idle + iow))
    cpu_total0=$((u + n + sy + idle + iow + irq + sirq))
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)]; else print "" }'; }
ref_rates=()
rates=()
ratios=()
for ((run = 1; run <= runs; run++)); do
    ref_rate=
    if [[ "$ref_seconds" -gt 0 ]]; then
        say "run $run/$runs: reference, 1 agent for $ref_seconds s"
        phase 1 "$ref_seconds" "solo$run"
        ref_rate=$(calc %.2f "$phase_decided / $elapsed")
        ref_rates+=("$ref_rate")
        say "run $run/$runs: reference: $phase_decided decisions in $elapsed s = $ref_rate/s; CPU of the commands $(calc %.2f "$phase_cpu_ms / 1000") s ($(calc %.0f "$phase_cpu_ms / ($phase_decided > 0 ? $phase_decided : 1)") ms a decision), machine busy $phase_busy%"
    fi
    say "run $run/$runs: $agents agents for $seconds s"
    load_before=$(cut -d' ' -f1 /proc/loadavg)
    phase "$agents" "$seconds" "agent$run"
    rate=$(calc %.2f "$phase_decided / $elapsed")
    rates+=("$rate")
    [[ -z "$ref_rate" ]] || ratios+=("$(calc %.2f "$rate / ($ref_rate > 0 ? $ref_rate : 1)")")
    say "run $run/$runs: $agents agents: $phase_decided decisions in $elapsed s = $rate/s; CPU of the commands $(calc %.2f "$phase_cpu_ms / 1000") s ($(calc %.0f "$phase_cpu_ms / ($phase_decided > 0 ? $phase_decided : 1)") ms a decision), machine busy $phase_busy% (load average before: $load_before, after: $(cut -d' ' -f1 /proc/loadavg))"
done
rate=$(printf '%s\n' "${rates[@]}" | median)
ref_rate=
ratio_median=
if [[ ${#ref_rates[@]} -gt 0 ]]; then
    ref_rate=$(printf '%s\n' "${ref_rates[@]}" | median)
    ratio_median=$(printf '%s\n' "${ratios[@]}" | median)
fi
[[ $runs == 1 ]] || say "medians of $runs runs: $agents agents $rate/s (runs: ${rates[*]}), 1 agent ${ref_rate:--}/s (runs: ${ref_rates[*]:-}), ratio ${ratio_median:--} (runs: ${ratios[*]:-})"

# The checks, over both phases.
cat "$logs"/*.ok | awk '{ print $1, $2 }' | sort >"$work/printed"
sql "SELECT c.case_id || ' ' || d.agent FROM decisions d JOIN cases c ON c.id = d.case_ref" | sort >"$work/rows"
rows=$(wc -l <"$work/rows")
row_cases=$(sql "SELECT count(DISTINCT case_ref) FROM decisions")
audit_decides=$(sql "SELECT count(*) FROM audit_log WHERE action = 'decide'")
audit_cases=$(sql "SELECT count(DISTINCT subject) FROM audit_log WHERE action = 'decide'")
history=$(sql "SELECT count(*) FROM decision_history")
not_decided=$(sql "SELECT count(*) FROM decisions d JOIN cases c ON c.id = d.case_ref WHERE c.status <> 'decided'")
printed_twice=$(awk '{ print $1 }' "$work/printed" | uniq -d | wc -l)
double=$((printed_twice + rows - row_cases + audit_decides - audit_cases + history))
if [[ "$audit_decides" != "$rows" ]]; then double=$((double + 1)); fi
lost_printed=$(comm -23 "$work/printed" "$work/rows" | wc -l)   # success shown, no row
lost_unshown=$(comm -13 "$work/printed" "$work/rows" | wc -l)   # row, no success shown
lost=$((lost_printed + lost_unshown + not_decided))
errors=$(cat "$logs"/*.stat | awk '{ e += $3 } END { print e + 0 }')
stats=$(cat "$logs"/*.stat | wc -l)
if [[ $stats != $(((agents + (ref_seconds > 0 ? 1 : 0)) * runs)) ]] || ls "$work"/*.hung >/dev/null 2>&1; then
    say "an agent hung and was killed, or ended without its counts"
    errors=$((errors + 1))
fi
pending=$(cat "$logs"/*.stat | awk '{ p += $5 } END { print p + 0 }')
none_free=$(cat "$logs"/*.stat | awk '{ f += $4 } END { print f + 0 }')
audit_out=$("$app" audit verify --db "$uri" --lang en 2>&1) && audit_rc=0 || audit_rc=$?
audit_ok=0
if [[ $audit_rc == 0 && "$audit_out" == "audit: ok"* ]]; then audit_ok=1; fi
ms() { awk -v c="$2" '{ print $c }' "$logs/$1"*.ok | sort -n | awk '{ v[NR] = $1 } END { if (NR) printf "median %d, max %d", v[int((NR + 1) / 2)], v[NR]; else printf "-" }'; }

say "decision rows $rows (cases $row_cases), 'decide' audit entries $audit_decides (cases $audit_cases), history $history"
say "success lines shown twice for a case: $printed_twice; success without row: $lost_printed; row without success: $lost_unshown; decided rows on a case not 'decided': $not_decided"
say "errors shown to agents: $errors; pending suggestions left claimed: $pending; 'none free': $none_free"
[[ "$ref_seconds" == 0 ]] || say "1 agent, ms per command: claim $(ms solo 4); suggest $(ms solo 5); decide $(ms solo 6)"
say "$agents agents, ms per command: claim $(ms agent 4); suggest $(ms agent 5); decide $(ms agent 6)"
say "audit verify (exit $audit_rc): $(head -c 400 <<<"$audit_out")"
if [[ $errors -gt 0 ]]; then
    say "what the agents were shown (first 20 lines; all in the kept work folder with BENCH_KEEP=1):"
    cat "$logs"/*.err | head -20 >&2
    cat "$logs"/*.err | sed 's/^\([a-z]*\) [^ ]* \(rc=[0-9]*\): /\1 \2: /; s/AP-[0-9-]*/AP-…/g; s/[0-9]\{4\}-[0-9-]*T[0-9:]*Z/T/g' \
        | sort | uniq -c | sort -rn | head -10 >&2
fi

ok=1
[[ $double == 0 && $lost == 0 && $errors == 0 && $audit_ok == 1 && $phase_decided -gt 0 ]] || ok=0
ref="-"
ratio="-"
if [[ -n "$ref_rate" ]]; then
    ref="1 agent: $ref_rate/s"
    ratio="${ratio_median}x"
    [[ $runs == 1 ]] || ratio="$ratio (median of $runs)"
fi
value="$rate/s"
target="0 double, 0 lost, 0 errors, audit ok"
verdict=PASS
[[ $ok == 1 ]] || verdict=FAIL
printf '%-46s | %-12s | %-30s | %-14s | %-22s | %s\n' "$agents agents, ${seconds} s, $cases cases: decisions/s" "$value" \
    "$ref" "$ratio" "$target" "$verdict"
if [[ $ok != 1 ]]; then
    say "FAIL: double $double, lost $lost, errors $errors, audit $([[ $audit_ok == 1 ]] && echo ok || echo broken), decisions $phase_decided"
    exit 1
fi
