#!/usr/bin/env bash
# `mrcnn dataset export` and `mrcnn figure --annotation`: a generated shapes set written as PNGs
# plus COCO ground truth, then every figure of one of its images, the ground-truth ones included.
# bash figure_annotation_cli.sh MRCNN_BINARY TEST_DATA_DIR
source "$(dirname "$0")/common.bash" "$@"
# A build without the GUI has no figure command: nothing to test then.
if ! "$MRCNN" figure --list > /dev/null 2>&1; then
    echo "e2e figure --annotation: skipped (no figure command)"
    exit 0
fi

# export: one PNG per image and a COCO file naming them.
"$MRCNN" dataset export shapes:2x128@24 --out "$OUT/ds" > "$OUT/export.log"
[ -s "$OUT/ds/shapes_0000.png" ] && [ -s "$OUT/ds/shapes_0001.png" ] || fail "export wrote no PNGs"
grep -q '"file_name":"shapes_0001.png"' "$OUT/ds/annotations.json" || fail "COCO file lacks the PNG names"
"$MRCNN" dataset info "$OUT/ds/annotations.json" > "$OUT/info.log"
grep -q 'problems: 0' "$OUT/info.log" || fail "the exported set does not read back cleanly"
# A fixed name needs a one-image set.
if "$MRCNN" dataset export shapes:2x128 --out "$OUT/bad" --name demo 2> "$OUT/err.log"; then
    fail "--name without {index} accepted for two images"
fi

# figure --annotation: the ground-truth figures are written, not skipped.
GT_FIGURES="rpn_targets gt_masks differences pr_curve overlaps detection_targets"
"$MRCNN" figure --stage all --config "$CFG" --weights "$W" --image "$OUT/ds/shapes_0001.png" \
    --annotation "$OUT/ds/annotations.json" --out "$OUT/figs" > "$OUT/gt.log" 2> "$OUT/gt.err"
for f in $GT_FIGURES; do
    [ -s "$OUT/figs/$f.png" ] || fail "$f.png not written with --annotation"
    if grep -q "skipped $f:" "$OUT/gt.err"; then fail "$f skipped with --annotation"; fi
done
# The same figure alone, and without the annotation it is unavailable (an error for one stage).
"$MRCNN" figure --stage gt_masks --config "$CFG" --weights "$W" \
    --image "$OUT/ds/shapes_0000.png" --annotation "$OUT/ds/annotations.json" \
    --out "$OUT/one.svg" > /dev/null 2>&1 || fail "--stage gt_masks with --annotation failed"
grep -q '<svg' "$OUT/one.svg" || fail "gt_masks SVG is not an SVG"
if "$MRCNN" figure --stage gt_masks --config "$CFG" --weights "$W" \
    --image "$OUT/ds/shapes_0000.png" --out "$OUT/none.png" > /dev/null 2>&1; then
    fail "gt_masks written without ground truth"
fi

# An annotation that does not mention the image is an error naming both.
cp "$OUT/ds/shapes_0000.png" "$OUT/other.png"
if "$MRCNN" figure --stage all --config "$CFG" --weights "$W" --image "$OUT/other.png" \
    --annotation "$OUT/ds/annotations.json" --out "$OUT/figs2" > /dev/null 2> "$OUT/err2.log"; then
    fail "an annotation without the image accepted"
fi
grep -q 'has no annotation for other.png' "$OUT/err2.log" || fail "no clear message: $(cat "$OUT/err2.log")"
echo "e2e figure --annotation: OK"
