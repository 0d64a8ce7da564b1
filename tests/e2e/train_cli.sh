#!/usr/bin/env bash
# e2e: `mrcnn train` on generated shapes with the micro config: a few steps from random
# weights write the config and a checkpoint per epoch with finite losses; a resume continues
# after the checkpoint's epoch with the heads only; bad options fail with a clear message.
# Usage: bash train_cli.sh MRCNN_BINARY TEST_DATA_DIR
set -euo pipefail
bin="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
# From random weights the BN layers must learn their statistics (TRAIN_BN), as in the demo.
cfg="$tmp/micro_train.json"
sed 's/"TRAIN_BN": false/"TRAIN_BN": true/; s/"IMAGES_PER_GPU": 1/"IMAGES_PER_GPU": 2/' \
    "$2/runs/shapes_micro.json" >"$cfg"
fail=0
check() { # check NAME CONDITION...
    local name="$1"
    shift
    if ! "$@"; then
        echo "FAIL $name"
        fail=1
    fi
}

"$bin" train --config "$cfg" --dataset shapes:8 --val shapes:2@9 --layers all --epochs 2 \
    --steps 3 --val-steps 1 --lr 0.005 --seed 4 --flip h --threads 1 --out "$tmp/run" \
    >"$tmp/train.log" 2>"$tmp/train.err"
cat "$tmp/train.log"
check "config written" test -s "$tmp/run/config.json"
check "epoch 1 checkpoint" test -s "$tmp/run/mask_rcnn_shapes_micro_0001.h5"
check "epoch 2 checkpoint" test -s "$tmp/run/mask_rcnn_shapes_micro_0002.h5"
check "epoch lines" grep -q "^epoch 2: loss [0-9.]* (rpn_class" "$tmp/train.log"
check "validation losses" grep -q "val_loss [0-9.]*" "$tmp/train.log"
check "progress with ETA" grep -q "step 3/3 .* s/step ETA" "$tmp/train.err"
check "no NaN" bash -c "! grep -qi 'nan\|inf' '$tmp/train.log'"

"$bin" train --config "$tmp/run/config.json" --dataset shapes:4 --layers heads --epochs 3 \
    --steps 1 --threads 1 --resume "$tmp/run/mask_rcnn_shapes_micro_0002.h5" --out "$tmp/run" \
    >"$tmp/resume.log" 2>&1
check "resume message" grep -q "resuming after epoch 2" "$tmp/resume.log"
check "epoch 3 checkpoint" test -s "$tmp/run/mask_rcnn_shapes_micro_0003.h5"
# The checkpoint is a model the other commands open.
"$bin" info "$tmp/run/mask_rcnn_shapes_micro_0003.h5" >"$tmp/info.log"
check "checkpoint readable" grep -qi "mrcnn_mask" "$tmp/info.log"

expect_error() { # expect_error NAME PATTERN ARGS...
    local name="$1" pattern="$2"
    shift 2
    if "$bin" train "$@" >"$tmp/err.log" 2>&1; then
        echo "FAIL $name: succeeded"
        fail=1
    elif ! grep -q "$pattern" "$tmp/err.log"; then
        echo "FAIL $name: message was:"
        cat "$tmp/err.log"
        fail=1
    fi
}
common=(--config "$cfg" --dataset shapes:2 --epochs 1 --steps 1 --out "$tmp/bad")
expect_error "unknown layers" "selects no weighted layer" "${common[@]}" --layers nomatch
expect_error "bad lr steps" "EPOCH:FACTOR" "${common[@]}" --lr-steps 5
expect_error "bad flip" "none, h, v or hv" "${common[@]}" --flip diagonal
expect_error "resume without epoch" "4-digit epoch" "${common[@]}" --resume "$cfg"
expect_error "missing dataset" "error" --config "$cfg" --dataset /nonexistent --epochs 1 --out "$tmp/bad"
exit $fail
