#!/usr/bin/env bash
# Builds the model core and its unit tests with AddressSanitizer + UndefinedBehaviorSanitizer
# (clang, the build folder packaging/fuzz.sh uses; see packaging/sanitize_build.sh) and runs
# them. Any sanitizer report fails its test: UB aborts (-fno-sanitize-recover), ASan and LSan
# exit non-zero.
#
# Run: the `unit` label (every GoogleTest of the model core). Not run:
#   views, app GUI tests  the sanitizer build has no GUI (an instrumented Qt side would double
#                         the build on a small machine; the window code reads files through the
#                         same model readers that run here)
#   e2e, hostile          they drive the `mrcnn` program, which is not built here (the unit
#                         tests reach the same model code); hostile also runs every case under
#                         `ulimit -v`, which ASan's reserved shadow memory (terabytes) cannot meet
#   rules, package        they read sources or package the release build; nothing to sanitize
# Usage: packaging/sanitize.sh [ctest options…], e.g. -R Rle to run a subset.
set -euo pipefail
cd "$(dirname "$0")/.."
source packaging/sanitize_build.sh

sanitize_build mrcnn_model_tests

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/packaging/lsan.supp:print_suppressions=0}
export QT_QPA_PLATFORM=offscreen
# Instrumented code runs 2-5x slower: each test gets ten times the default limit.
ctest --test-dir "$SANITIZE_BUILD_DIR" -L unit --output-on-failure -j "$SANITIZE_JOBS" \
    --timeout 3000 "$@"
