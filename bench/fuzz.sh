#!/usr/bin/env bash
# Builds the libFuzzer targets (CMake preset `fuzz`: clang-14, ASan + UBSan) and runs each for SECONDS seconds,
# then prints executions per target and any crash. See docs/fuzzing.md.
#
#   bench/fuzz.sh [SECONDS]                  (default 60 per target)
#   TARGETS="http_parser filter" bench/fuzz.sh 3600
#   PARALLEL=2 bench/fuzz.sh 600             (two targets at a time; default 1)
#   RUNS=10000000 bench/fuzz.sh 0            (each target until it has made RUNS executions; 0 seconds: no time limit)
#
# Each target keeps its growing corpus in build-fuzz/fuzz/<target>/corpus, seeded from tests/fuzz/corpus/<target>/
# (the checked-in seeds, crash reproducers and dictionary), so later runs continue where earlier ones stopped.
# Crash inputs land in build-fuzz/fuzz/<target>/: copy each to tests/fuzz/corpus/<target>/ once fixed.
# Fuzzers run under `nice -n ${NICE:-19}` with -rss_limit_mb=${RSS_LIMIT_MB:-2048}. Exit status 1 when a target
# found something. build-fuzz/fuzz/totals.tsv sums the executions of every run (date, target, runs, result).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/.." && pwd)
seconds=${1:-60}
parallel=${PARALLEL:-1}
all_targets="http_parser filter patch resource log_query mapping"
targets=${TARGETS:-$all_targets}
build=$root/build-fuzz
out=$build/fuzz

command -v clang++-14 >/dev/null || { echo "fuzz.sh: clang++-14 is needed (apt-get install clang-14 libclang-rt-14-dev)" >&2; exit 2; }
export CMAKE_CXX_COMPILER_LAUNCHER=${CMAKE_CXX_COMPILER_LAUNCHER:-$(command -v ccache || true)}
# Several fuzz.sh at once (one per target, say) take turns at the build: two ninjas in one tree break each other.
mkdir -p "$build"
(flock 9 && cd "$root" && cmake --preset fuzz >/dev/null && cmake --build --preset fuzz -j"${JOBS:-2}" >/dev/null) \
    9>"$build/.fuzz-build.lock" || {
    echo "fuzz.sh: the fuzz build failed; run: cmake --preset fuzz && cmake --build --preset fuzz" >&2
    exit 2
}

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}

run_target() {
    local target=$1 dir=$out/$1
    mkdir -p "$dir/corpus"
    # Seeds and reproducers (not the dictionary) join the working corpus; libFuzzer skips what it already has.
    find "$root/tests/fuzz/corpus/$target" -maxdepth 1 -type f ! -name '*.dict' ! -name '*.md' \
        -exec cp -n -t "$dir/corpus" {} +
    local status=0
    nice -n "${NICE:-19}" "$build/bin/fuzz_$target" "$dir/corpus" \
        -dict="$root/tests/fuzz/corpus/$target/$target.dict" -max_total_time="$seconds" -max_len=4096 \
        -timeout=10 -rss_limit_mb="${RSS_LIMIT_MB:-2048}" -artifact_prefix="$dir/" -print_final_stats=1 \
        ${RUNS:+-runs="$RUNS"} \
        >"$dir/last.log" 2>&1 || status=$?
    local runs rate result
    runs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+)/\1/p' "$dir/last.log" | tail -1)
    if [ -z "$runs" ]; then # stopped by a finding: the last status line has the count
        runs=$(grep -oE '^#[0-9]+' "$dir/last.log" | tail -1 | tr -d '#')
    fi
    rate=$(sed -nE 's/^stat::average_exec_per_sec: *([0-9]+)/\1/p' "$dir/last.log" | tail -1)
    if [ "$status" -eq 0 ]; then
        result=ok
    else
        result="FOUND: $(grep -m1 -oE '(ERROR: [A-Za-z]+: [a-z-]+|runtime error: .*|FUZZ CHECK FAILED.*|deadly signal|timeout)' \
            "$dir/last.log" || echo "exit $status") ($(grep -oE "$dir/(crash|leak|timeout|oom|slow-unit)-[0-9a-f]+" \
            "$dir/last.log" | tail -1), log $dir/last.log)"
    fi
    printf '%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$target" "${runs:-0}" "$result" >>"$out/totals.tsv"
    printf '%-12s %12s runs %8s/s  corpus %5s  %s\n' "$target" "${runs:-0}" "${rate:-?}" \
        "$(find "$dir/corpus" -type f | wc -l)" "$result"
    [ "$status" -eq 0 ]
}

mkdir -p "$out"
echo "fuzzing ${targets// /, } for ${seconds}s each, $parallel at a time (nice ${NICE:-19})"
failed=0
running=0
for target in $targets; do
    run_target "$target" &
    running=$((running + 1))
    if [ "$running" -ge "$parallel" ]; then
        wait -n || failed=1
        running=$((running - 1))
    fi
done
while [ "$running" -gt 0 ]; do
    wait -n || failed=1
    running=$((running - 1))
done

echo "executions so far (all runs, build-fuzz/fuzz/totals.tsv):"
awk -F'\t' '{runs[$2] += $3; if ($4 != "ok") found[$2]++} END {
    for (t in runs) printf "  %-12s %12d%s\n", t, runs[t], found[t] ? "  (" found[t] " run(s) with a finding)" : ""
}' "$out/totals.tsv" | sort
exit "$failed"
