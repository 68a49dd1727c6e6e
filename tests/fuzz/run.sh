#!/bin/sh
# Builds the libFuzzer targets with clang (ASan + UBSan) and runs each for
# SECONDS (default 600) on a corpus seeded from tests/data.
#   tests/fuzz/run.sh [SECONDS]
# Findings (crash-*, leak-*, timeout-*) land in $BUILD/fuzz-findings/<target>.
set -eu
seconds=${1:-600}
src=$(cd "$(dirname "$0")/../.." && pwd)
build=${APPEALDESK_FUZZ_BUILD:-$src/../build-fuzz}
if [ ! -f "$build/build.ninja" ]; then
    CC=clang CXX=clang++ cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DAPPEALDESK_FUZZ=ON
fi
ninja -C "$build" -j2 fuzz_bundle fuzz_policy
status=0
for target in fuzz_bundle fuzz_policy; do
    corpus=$build/fuzz-corpus/$target
    findings=$build/fuzz-findings/$target
    log=$build/fuzz-$target.log
    mkdir -p "$corpus" "$findings"
    cp "$src"/tests/data/good/* "$src"/tests/data/bad/* "$corpus"/
    if ! "$build/tests/fuzz/$target" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
        -artifact_prefix="$findings/" -print_final_stats=1 "$corpus" >"$log" 2>&1; then
        status=1
        echo "$target: FINDING, see $log and $findings"
    fi
    grep -E '^(Done|stat::)' "$log" | sed "s/^/$target: /"
done
exit $status
