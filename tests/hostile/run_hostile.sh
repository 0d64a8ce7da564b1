#!/usr/bin/env bash
# The hostile-input ctest: runs every case in cases/*.sh (or only the files given after the two
# arguments) against the mrcnn binary and asserts, per case: no signal, no time-out, the expected
# exit code, a message that matches, and no output left behind. Arguments: MRCNN_BINARY DATA_DIR
# [CASE_FILE…]. Each case runs under `ulimit -v` and `timeout`, so a case that would allocate
# gigabytes or block on a FIFO fails here instead of hanging the machine.
set -uo pipefail
MRCNN="$1"
DATA="$2"
shift 2
HOSTILE="$DATA/hostile"  # the committed corpus (tests/hostile/make_corpus.sh writes it)
CFG="$DATA/runs/shapes_micro.json"
W="$DATA/runs/shapes_micro_seed3.h5"
SCRATCH="$(mktemp -d)"
trap 'rm -rf "$SCRATCH"' EXIT
HOSTILE_MEMORY_KB=${HOSTILE_MEMORY_KB:-6000000}  # virtual memory: LibTorch and OpenBLAS map a lot
HOSTILE_SECONDS=${HOSTILE_SECONDS:-60}
passed=0
failed=0
failures=()

# hostile NAME RC REGEX [--absent PATH]… -- COMMAND ARGS…
#   RC: an exit code, or "nonzero". REGEX: an extended regular expression that the combined
#   stdout+stderr must match (the message names the file, key or value). Each --absent PATH
#   must not exist after the command (no partial output; PATH may be a glob).
hostile() {
    local name="$1" want="$2" regex="$3"
    shift 3
    local absent=()
    while [[ $# -gt 0 && "$1" != "--" ]]; do
        [[ "$1" == "--absent" ]] || { echo "hostile $name: bad option $1" >&2; exit 2; }
        absent+=("$2")
        shift 2
    done
    shift  # --
    local log="$SCRATCH/$name.log"
    (ulimit -v "$HOSTILE_MEMORY_KB"; exec timeout -k 5 "$HOSTILE_SECONDS" "$@") >"$log" 2>&1 </dev/null
    local rc=$?
    local why=""
    if [[ $rc -eq 124 || $rc -eq 137 ]]; then
        why="timed out after ${HOSTILE_SECONDS}s"
    elif [[ $rc -gt 128 ]]; then
        why="killed by signal $((rc - 128))"
    elif [[ "$want" == "nonzero" && $rc -eq 0 ]]; then
        why="exit 0, wanted a failure"
    elif [[ "$want" != "nonzero" && $rc -ne $want ]]; then
        why="exit $rc, wanted $want"
    elif ! grep -Eq -- "$regex" "$log"; then
        why="output does not match /$regex/"
    else
        local p
        for p in "${absent[@]}"; do
            if compgen -G "$p" >/dev/null; then
                why="left $p behind"
                break
            fi
        done
    fi
    if [[ -z "$why" ]]; then
        passed=$((passed + 1))
        echo "ok    $name"
    else
        failed=$((failed + 1))
        failures+=("$name")
        echo "FAIL  $name: $why"
        sed 's/^/      | /' "$log" | head -20
    fi
}

# A fresh empty folder under the scratch space, for a case's outputs.
fresh_dir() {
    local d="$SCRATCH/out_$1"
    rm -rf "$d"
    mkdir -p "$d"
    echo "$d"
}

cases=("$@")
if [[ ${#cases[@]} -eq 0 ]]; then
    cases=("$(dirname "$0")"/cases/*.sh)
fi
for c in "${cases[@]}"; do
    echo "== $(basename "$c")"
    # shellcheck source=/dev/null
    source "$c"
done
echo "hostile inputs: $passed passed, $failed failed"
if [[ $failed -gt 0 ]]; then
    printf '  %s\n' "${failures[@]}"
    exit 1
fi
