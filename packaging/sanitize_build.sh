#!/usr/bin/env bash
# Sourced by sanitize.sh and fuzz.sh: the one clang build folder they share (ASan + UBSan +
# libFuzzer coverage). No GUI and no benchmarks: the fuzzers and the model unit tests need
# neither, and an instrumented Qt side would double the build on a small machine.
SANITIZE_BUILD_DIR=${SANITIZE_BUILD_DIR:-build-sanitize}
SANITIZE_JOBS=${SANITIZE_JOBS:-2}

sanitize_configure() {
    if [ -f "$SANITIZE_BUILD_DIR/build.ninja" ]; then return 0; fi
    # -O1 -g and no NDEBUG: readable stacks, and the code's own assertions stay on.
    cmake -S . -B "$SANITIZE_BUILD_DIR" -G Ninja \
        -DCMAKE_C_COMPILER="${SANITIZE_CC:-clang-14}" -DCMAKE_CXX_COMPILER="${SANITIZE_CXX:-clang++-14}" \
        -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
        -DCMAKE_C_FLAGS_RELWITHDEBINFO="-O1 -g" \
        -DMRCNN_CXX_STANDARD=17 -DMRCNN_SANITIZE=ON -DMRCNN_FUZZ=ON -DMRCNN_BUILD_GUI=OFF -DMRCNN_BUILD_BENCHMARKS=OFF
}

sanitize_build() {  # TARGET...
    sanitize_configure && cmake --build "$SANITIZE_BUILD_DIR" -j "$SANITIZE_JOBS" --target "$@"
}
