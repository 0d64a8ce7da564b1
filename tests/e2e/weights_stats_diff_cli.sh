#!/usr/bin/env bash
# e2e: `mrcnn weights stats` and `mrcnn weights diff` on the micro model, on a fresh
# initialisation and on the checkpoints of two short `--layers heads` trainings (only the head
# layers change), and the training logs those runs leave beside their checkpoints.
# Usage: bash weights_stats_diff_cli.sh MRCNN_BINARY TEST_DATA_DIR
source "$(dirname "$0")/common.bash" "$@"

# stats: the table, the summary, the stages and the JSON layout.
"$MRCNN" weights stats "$W" --json "$OUT/stats.json" >"$OUT/stats.txt"
grep -Eq '^layer +weight +shape +count +min +max +mean +std +nan +inf +alerts$' "$OUT/stats.txt" \
    || fail "stats header"
grep -Eq '^conv1 +conv1/kernel:0 +\(7, 7, 3, 8\) +1176 ' "$OUT/stats.txt" || fail "conv1 row"
grep -Eq '^rpn_model +rpn_class_raw/kernel:0 ' "$OUT/stats.txt" || fail "nested rpn row"
grep -q " tensors, 718,970 parameters; alerts:" "$OUT/stats.txt" || fail "stats summary"
for stage in conv1 res2 res3 res4 res5 fpn rpn classifier mask; do
    grep -Eq "^  $stage +[0-9,]+$" "$OUT/stats.txt" || fail "stage $stage missing"
done
for key in '"tensors": \[' '"layer": "conv1"' '"name": "conv1/kernel:0"' '"count": 1176' \
    '"std": ' '"nan": 0' '"inf": 0' '"alerts": \[' '"stages": {' '"classifier": '; do
    grep -q "$key" "$OUT/stats.json" || fail "stats JSON lacks $key"
done
# The stage counts add up to the file's parameter count.
total=$(awk '/^  [a-z0-9]+ +[0-9,]+$/ { gsub(",", "", $2); s += $2 } END { print s }' "$OUT/stats.txt")
[ "$total" = 718970 ] || fail "stages sum to $total"

# A fresh initialisation: constant BN statistics are flagged dead, conv biases are not.
"$MRCNN" init-weights --config "$CFG" --out "$OUT/init.h5" --seed 1 >/dev/null
"$MRCNN" weights stats "$OUT/init.h5" >"$OUT/init.txt"
grep -Eq '^bn_conv1 +bn_conv1/moving_variance:0 .* dead$' "$OUT/init.txt" || fail "dead BN variance"
grep -Eq '^conv1 +conv1/bias:0 .*[0-9]  $' "$OUT/init.txt" || fail "conv bias flagged"

# Broken inputs: one-line errors naming the file.
head -c 20000 "$W" >"$OUT/truncated.h5"
for bad in "$OUT/truncated.h5" "$CFG" "$OUT/missing.h5"; do
    if "$MRCNN" weights stats "$bad" >/dev/null 2>"$OUT/err.txt"; then fail "stats on $bad"; fi
    [ "$(wc -l <"$OUT/err.txt")" -eq 1 ] || fail "error on $bad is not one line"
    grep -q "^error: .*$bad" "$OUT/err.txt" || fail "error does not name $bad"
done

# diff of a file with itself: nothing changed.
"$MRCNN" weights diff "$W" "$W" >"$OUT/self.txt"
grep -Eq '^0 of [0-9]+ common tensors changed$' "$OUT/self.txt" || fail "self diff"

# Another class count: the class-dependent tensors change shape.
sed 's/"NUM_CLASSES": 4/"NUM_CLASSES": 6/' "$CFG" >"$OUT/six.json"
"$MRCNN" init-weights --config "$OUT/six.json" --out "$OUT/six.h5" >/dev/null
"$MRCNN" weights diff "$W" "$OUT/six.h5" --json "$OUT/six_diff.json" >"$OUT/six.txt"
grep -q "^shape changed: 6$" "$OUT/six.txt" || fail "shape changes of the class layers"
grep -Fq "  mrcnn_class_logits  mrcnn_class_logits/kernel:0  (128, 4) -> (128, 6)" "$OUT/six.txt" \
    || fail "class logits shape change"
grep -q '"shape_changed": \[' "$OUT/six_diff.json" || fail "diff JSON shape_changed"

# Two short heads trainings from the same weights, with different seeds.
for seed in 1 2; do
    "$MRCNN" train --config "$CFG" --init "$W" --dataset shapes:4 --layers heads --epochs 1 \
        --steps 2 --seed $seed --threads 1 --out "$OUT/run$seed" >"$OUT/train$seed.log" 2>&1 \
        || { cat "$OUT/train$seed.log"; fail "training run $seed"; }
done
A="$OUT/run1/mask_rcnn_shapes_micro_0001.h5"
B="$OUT/run2/mask_rcnn_shapes_micro_0001.h5"
"$MRCNN" weights diff "$A" "$B" --json "$OUT/heads.json" >"$OUT/heads.txt"
# Every changed tensor belongs to a head layer (fpn_, rpn_, mrcnn_), every head kernel changed,
# no backbone tensor changed.
awk '
    /^layer +weight +relative change$/ { on = 1; next }
    on && NF == 0 { on = 0 }
    on {
        head = ($1 ~ /^(fpn_|rpn_|mrcnn_)/)
        if ($3 != "0" && !head) { print "backbone tensor changed: " $2; bad = 1 }
        if (head && $2 ~ /kernel:0$/ && $3 == "0") { print "head kernel unchanged: " $2; bad = 1 }
        if (head && $3 != "0") changed++
    }
    END { if (changed == 0) { print "nothing changed"; bad = 1 } exit bad }
' "$OUT/heads.txt" || fail "heads diff"
grep -Fq '"only_in_a": []' "$OUT/heads.json" || fail "heads diff only_in_a"
grep -q '"relative_change": 0' "$OUT/heads.json" || fail "unchanged tensors in JSON"
# Against the starting weights: the same split.
"$MRCNN" weights diff "$A" "$W" >"$OUT/start.txt"
grep -Eq '^res5c_branch2c +res5c_branch2c/kernel:0 +0$' "$OUT/start.txt" || fail "backbone moved"
grep -Eq '^mrcnn_mask +mrcnn_mask/kernel:0 +[0-9.]+e-[0-9]+$' "$OUT/start.txt" \
    || fail "mask head did not move"

# The training logs: Keras CSVLogger layout, one row per epoch, the steps in a second file.
header="epoch,loss,lr,mrcnn_bbox_loss,mrcnn_class_loss,mrcnn_mask_loss,rpn_bbox_loss,rpn_class_loss"
[ "$(head -1 "$OUT/run1/training_log.csv")" = "$header" ] || fail "epoch log header"
[ "$(wc -l <"$OUT/run1/training_log.csv")" -eq 2 ] || fail "epoch log rows"
grep -Eq '^0,[0-9.e-]+,0.001,' "$OUT/run1/training_log.csv" || fail "epoch 0 row"
[ "$(head -1 "$OUT/run1/training_steps.csv")" = "epoch,step,${header#epoch,}" ] \
    || fail "step log header"
[ "$(wc -l <"$OUT/run1/training_steps.csv")" -eq 3 ] || fail "step log rows"
# A resumed run appends under the same header.
"$MRCNN" train --config "$CFG" --resume "$A" --dataset shapes:4 --layers heads --epochs 2 \
    --steps 1 --threads 1 --out "$OUT/run1" >"$OUT/resume.log" 2>&1 || fail "resume"
[ "$(grep -c '^epoch,' "$OUT/run1/training_log.csv")" -eq 1 ] || fail "header repeated"
[ "$(wc -l <"$OUT/run1/training_log.csv")" -eq 3 ] || fail "resumed epoch log rows"
grep -q '^1,' "$OUT/run1/training_log.csv" || fail "epoch 1 row"
[ "$(wc -l <"$OUT/run1/training_steps.csv")" -eq 4 ] || fail "resumed step log rows"
# The same, headless as figures (builds with the GUI only): no image needed.
if "$MRCNN" figure --list >"$OUT/figures.txt" 2>/dev/null; then
    for name in weight_stages weight_histogram weight_diff training_history training_steps \
        training_learning_rate; do
        grep -qx "$name" "$OUT/figures.txt" || fail "figure $name not listed"
    done
    "$MRCNN" figure --stage weight_stages --weights "$W" --out "$OUT/stages.png" >/dev/null \
        || fail "weight_stages figure"
    "$MRCNN" figure --stage weight_histogram --weights "$W" --tensor conv1/kernel:0 --bins 20 \
        --log-scale --out "$OUT/hist.svg" >/dev/null || fail "weight_histogram figure"
    grep -q "conv1/kernel:0" "$OUT/hist.svg" || fail "histogram title"
    "$MRCNN" figure --stage weight_diff --weights "$A" --compare "$W" --out "$OUT/diff.png" \
        >/dev/null || fail "weight_diff figure"
    # The log is found beside a checkpoint; without --compare the diff says what it needs.
    "$MRCNN" figure --stage training_history --weights "$A" --out "$OUT/history.png" >/dev/null \
        || fail "training_history beside the checkpoint"
    "$MRCNN" figure --stage training_steps --log "$OUT/run1" --out "$OUT/steps.pdf" >/dev/null \
        || fail "training_steps from a folder"
    if "$MRCNN" figure --stage weight_diff --weights "$A" --out "$OUT/none.png" 2>"$OUT/err.txt"; then
        fail "weight_diff without --compare"
    fi
    grep -q "Compare the weights with a second file" "$OUT/err.txt" || fail "weight_diff reason"
    for f in stages.png diff.png history.png; do
        [ "$(stat -c %s "$OUT/$f")" -gt 5000 ] || fail "$f is too small"
    done
fi
echo "weights_stats_diff_cli: OK"
