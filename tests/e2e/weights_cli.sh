#!/usr/bin/env bash
# End-to-end check of `mrcnn info` and `mrcnn init-weights`.
# Usage: bash weights_cli.sh MRCNN_BINARY TEST_DATA_DIR
set -euo pipefail
MRCNN="$1"
DATA="$2"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

fail() { echo "FAIL: $*" >&2; exit 1; }

# info on the micro run's weights.
"$MRCNN" info "$DATA/runs/shapes_micro_seed3.h5" --json "$TMP/micro.json" > "$TMP/micro.txt"
grep -q "keras_version: 2.0.8" "$TMP/micro.txt" || fail "keras_version missing"
grep -q "layers: 236 " "$TMP/micro.txt" || fail "micro layer count"
grep -q "parameters: 718970" "$TMP/micro.txt" || fail "micro parameter count"
grep -q '"resnet50"' "$TMP/micro.txt" || fail "micro backbone"
grep -q '"num_parameters": 718970' "$TMP/micro.json" || fail "micro json"
grep -q '"NUM_CLASSES": 4' "$TMP/micro.json" || fail "micro classes"

# init-weights for COCO, then info on the result.
"$MRCNN" init-weights --config coco --out "$TMP/coco.h5" --seed 3 > "$TMP/init.txt"
grep -q "406 layers, 64158584 parameters" "$TMP/init.txt" || fail "init-weights summary"
"$MRCNN" info "$TMP/coco.h5" > "$TMP/coco.txt"
grep -q "layers: 406 (233 with weights, 690 arrays)" "$TMP/coco.txt" || fail "coco layer count"
grep -q "parameters: 64158584" "$TMP/coco.txt" || fail "coco parameter count"
grep -q '"resnet101"' "$TMP/coco.txt" || fail "coco backbone"
grep -Eq 'NUM_CLASSES +81' "$TMP/coco.txt" || fail "coco classes"

# Failures: non-zero exit and a one-line error.
if "$MRCNN" info "$TMP/none.h5" 2> "$TMP/err.txt"; then fail "info on a missing file"; fi
[ "$(wc -l < "$TMP/err.txt")" -eq 1 ] || fail "error is not one line"
grep -q "not found" "$TMP/err.txt" || fail "missing-file message"
if "$MRCNN" init-weights --config no_such_preset --out "$TMP/x.h5" 2> "$TMP/err2.txt"; then
    fail "init-weights with a bad config"
fi
[ "$(wc -l < "$TMP/err2.txt")" -eq 1 ] || fail "config error is not one line"
echo "weights_cli: OK"
