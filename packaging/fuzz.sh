#!/usr/bin/env bash
# Runs one libFuzzer target (tests/fuzz/TARGET_fuzz.cpp) for SECONDS on a work copy of its seed
# corpus, in the clang sanitizer build (packaging/sanitize_build.sh; configured and built here,
# only that target). Findings (crash, sanitizer report, uncaught exception, > 10 s for one input,
# > 2 GB) are written to $SANITIZE_BUILD_DIR/fuzz/TARGET/artifacts/; the full log beside them.
# Usage: packaging/fuzz.sh TARGET SECONDS [libFuzzer options…]
#        packaging/fuzz.sh --list
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/sanitize_build.sh

targets() { for f in tests/fuzz/*_fuzz.cpp; do basename "$f" _fuzz.cpp; done; }
if [ "${1:-}" = "--list" ]; then
    targets
    exit 0
fi
if [ $# -lt 2 ]; then
    echo "usage: $0 TARGET SECONDS [libFuzzer options...] | --list" >&2
    exit 2
fi
target=$1
seconds=$2
shift 2
if [ ! -f "tests/fuzz/${target}_fuzz.cpp" ]; then
    echo "no fuzz target '$target'; targets: $(targets | tr '\n' ' ')" >&2
    exit 2
fi

sanitize_build "fuzz_$target"
work="$SANITIZE_BUILD_DIR/fuzz/$target"
mkdir -p "$work/corpus" "$work/artifacts"
# The committed seeds stay untouched: libFuzzer adds what it finds to the work copy, which
# later runs start from.
cp -n tests/fuzz/corpus/"$target"/* "$work/corpus/"
args=(-max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
      -artifact_prefix="$work/artifacts/")
[ -f "tests/fuzz/$target.dict" ] && args+=(-dict="tests/fuzz/$target.dict")

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:allocator_may_return_null=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/packaging/lsan.supp:print_suppressions=0}
log="$work/last_run.log"
echo "fuzz_$target: $seconds s on $work/corpus ($(ls "$work/corpus" | wc -l) inputs); log $log"
status=0
"$SANITIZE_BUILD_DIR/tests/fuzz/fuzz_$target" "${args[@]}" "$@" "$work/corpus" >"$log" 2>&1 ||
    status=$?
# The summary: libFuzzer's last status line (executions, coverage, features, corpus) and its
# final statistics; on a finding, the report.
grep -E '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE|INITED)' "$log" | tail -1 || true
grep -E '^stat::' "$log" || true
if [ "$status" -ne 0 ]; then
    echo "FINDING (exit $status):"
    grep -E -A40 'ERROR: (AddressSanitizer|libFuzzer|LeakSanitizer)|runtime error:|==ERROR|deadly signal|Test unit written' \
        "$log" | head -80
fi
exit "$status"
