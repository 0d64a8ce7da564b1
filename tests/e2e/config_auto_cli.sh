#!/usr/bin/env bash
# --config auto (the default of the run commands): the config stored in the weights, else a
# JSON beside them, else inference with every guessed value named on stderr; and --version.
# bash config_auto_cli.sh MRCNN_BINARY TEST_DATA_DIR
source "$(dirname "$0")/common.bash" "$@"
DEMO="$DATA/../../resources/demo"
IMG="$DEMO/images/shapes_demo.png"

# The demo weights without --config give exactly what its JSON gives: 7 named detections.
"$MRCNN" detect --weights "$DEMO/shapes.h5" --image "$IMG" --json "$OUT/auto.json" \
    --threads 1 > /dev/null 2> "$OUT/auto.err"
"$MRCNN" detect --weights "$DEMO/shapes.h5" --config "$DEMO/shapes.json" --image "$IMG" \
    --json "$OUT/given.json" --threads 1 > /dev/null 2> "$OUT/given.err"
cmp -s "$OUT/auto.json" "$OUT/given.json" || fail "auto and the demo's JSON give different detections"
[ "$(grep -c '"class_name"' "$OUT/auto.json")" -eq 7 ] || fail "the demo image does not give 7 detections"
grep -q '"class_name": "class' "$OUT/auto.json" && fail "detections without class names"
grep -q "config: stored in .*shapes.h5 (attribute mrcnn_config)" "$OUT/auto.err" \
    || fail "auto does not say the config came from the file: $(cat "$OUT/auto.err")"
grep -q 'guessed' "$OUT/auto.err" && fail "the demo's stored config reported guesses"
[ -s "$OUT/given.err" ] && fail "an explicit --config printed: $(cat "$OUT/given.err")"

# A bare third-party file (no attribute, no JSON beside): each guess is named with its value.
cp "$W" "$OUT/third_party.h5"
"$MRCNN" detect --weights "$OUT/third_party.h5" --image "$IMG" --threads 1 > /dev/null \
    2> "$OUT/bare.err"
for line in 'third_party.h5 carries no config and no config JSON lies beside it' \
    'read from its layers: BACKBONE NUM_CLASSES RESNET_WIDTH' \
    'values were guessed' '  IMAGE_RESIZE_MODE = square' '  IMAGE_MIN_DIM = 800' \
    '  IMAGE_MAX_DIM = 1024' '  RPN_ANCHOR_SCALES = (32, 64, 128, 256, 512)' \
    '  DETECTION_MIN_CONFIDENCE = 0.7' '  CLASS_NAMES = \[\]'; do
    grep -q "$line" "$OUT/bare.err" || fail "bare file: no '$line' in: $(cat "$OUT/bare.err")"
done
grep -q '  NUM_CLASSES = ' "$OUT/bare.err" && fail "NUM_CLASSES is read, not guessed"

# The same file with <stem>.json beside it: no guess, and the JSON is named.
cp "$CFG" "$OUT/third_party.json"
"$MRCNN" dump --weights "$OUT/third_party.h5" --image "$IMG" --out "$OUT/run.npz" \
    > /dev/null 2> "$OUT/side.err"
grep -q "config: .*third_party.json (beside the weights)" "$OUT/side.err" \
    || fail "the JSON beside the weights is not named: $(cat "$OUT/side.err")"
grep -q 'guessed' "$OUT/side.err" && fail "a complete JSON beside the weights reported guesses"

# init-weights stores its config: a run on its output guesses nothing.
"$MRCNN" init-weights --config "$CFG" --out "$OUT/init.h5" --seed 4 > /dev/null
"$MRCNN" bench --weights "$OUT/init.h5" --image "$IMG" --runs 1 --threads 1 > /dev/null \
    2> "$OUT/init.err"
grep -q "config: stored in .*init.h5" "$OUT/init.err" || fail "init-weights stored no config"
grep -q 'guessed' "$OUT/init.err" && fail "init-weights output reported guesses"

# info says whether a file stores its config.
"$MRCNN" info "$DEMO/shapes.h5" > "$OUT/info_demo.txt"
grep -q '^stored config: yes (attribute mrcnn_config)' "$OUT/info_demo.txt" \
    || fail "info does not show the demo's stored config"
"$MRCNN" info "$OUT/third_party.h5" > "$OUT/info_bare.txt"
grep -q '^stored config: none' "$OUT/info_bare.txt" \
    || fail "info does not say that a bare file stores no config"

# --version
"$MRCNN" --version > "$OUT/version.txt"
grep -Eqx 'mrcnn [0-9]+\.[0-9]+\.[0-9]+' "$OUT/version.txt" \
    || fail "--version printed: $(cat "$OUT/version.txt")"

# The coco preset names its classes.
"$MRCNN" config --config coco > "$OUT/coco.txt"
grep -q "CLASS_NAMES .*'BG', 'person', 'bicycle'.*'toothbrush'\]" "$OUT/coco.txt" \
    || fail "the coco preset lists no class names"
echo "e2e config auto: OK"
