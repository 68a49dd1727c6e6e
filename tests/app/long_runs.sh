#!/bin/sh
# The long versions of the safety tests (issue 8); CI runs the short ones.
#   tests/app/long_runs.sh BUILD_DIR [FUZZ_SECONDS]
# 100 SIGKILL rounds of import and of decide, 1,000 audit tamperings,
# two processes deciding the same 1,000 cases, an agent deciding while 100,000 cases import (its
# longest wait), and each fuzzer for FUZZ_SECONDS (default 600).
set -eu
build=${1:?usage: long_runs.sh BUILD_DIR [FUZZ_SECONDS]}
src=$(cd "$(dirname "$0")/../.." && pwd)
ninja -C "$build" -j2 appealdesk tst_importkill tst_decidekill tst_audit tst_twoagents tst_importdecide
cd "$build/tests/app"
APPEALDESK_KILL_ROUNDS=100 ./tst_importkill | grep -E 'QINFO|Totals'
APPEALDESK_KILL_ROUNDS=100 ./tst_decidekill | grep -E 'QINFO|Totals'
APPEALDESK_AUDIT_TRIALS=1000 ./tst_audit | grep -E 'QINFO|Totals'
APPEALDESK_TWOAGENTS_CASES=1000 ./tst_twoagents | grep -E 'QINFO|Totals'
APPEALDESK_IMPORT_DECIDE_CASES=100000 ./tst_importdecide | grep -E 'QINFO|Totals'
"$src/tests/fuzz/run.sh" "${2:-600}"
