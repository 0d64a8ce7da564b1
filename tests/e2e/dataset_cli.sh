#!/usr/bin/env bash
# End-to-end test of `mrcnn dataset info` on the third-party files in tests/data/datasets.
# Usage: bash dataset_cli.sh MRCNN_BINARY TEST_DATA_DIR
set -u
BIN="$1"
DATA="$2/datasets"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
fail=0

check() {  # check FILE TEXT: FILE must contain TEXT
    if ! grep -qF -- "$2" "$1"; then
        echo "FAIL: '$2' not found in $1:"
        cat "$1"
        fail=1
    fi
}

# VIA 1.x, classes detected from region_attributes.class_id; the empty-class regions are problems.
"$BIN" dataset info "$DATA/via_rice/via_region_data.json" --json "$OUT/via.json" > "$OUT/via.txt" \
    || { echo "FAIL: via exit code"; fail=1; }
check "$OUT/via.json" '"format": "via1"'
check "$OUT/via.json" '"images": 7'
check "$OUT/via.json" '"bacteria": 9'
check "$OUT/via.json" '"brown_spot": 43'
check "$OUT/via.json" '"leaf_smut": 10'
check "$OUT/via.json" '"crowd": 0'
check "$OUT/via.txt" 'problems: 3'

# Nucleus mask folders.
"$BIN" dataset info "$DATA/nucleus/stage1_train" --json "$OUT/nuc.json" > "$OUT/nuc.txt" \
    || { echo "FAIL: nucleus exit code"; fail=1; }
check "$OUT/nuc.json" '"format": "nucleus"'
check "$OUT/nuc.json" '"nucleus": 14'
check "$OUT/nuc.json" '"problems": []'

# COCO folder: 3 crowd regions; 5 of the 6 images are absent (not copied), reported as problems.
"$BIN" dataset info "$DATA/coco" --json "$OUT/coco.json" > "$OUT/coco.txt" \
    || { echo "FAIL: coco exit code"; fail=1; }
check "$OUT/coco.json" '"format": "coco"'
check "$OUT/coco.json" '"images": 6'
check "$OUT/coco.json" '"crowd": 3'
check "$OUT/coco.json" '"person": 7'
check "$OUT/coco.txt" 'problems: 5'
check "$OUT/coco.txt" 'image file not found'

# xBD label folder (no images): damage classes.
"$BIN" dataset info "$DATA/xbd/labels/joplin-tornado_00000050_post_disaster.json" \
    --skip-image-check --json "$OUT/xbd.json" > "$OUT/xbd.txt" || { echo "FAIL: xbd"; fail=1; }
check "$OUT/xbd.json" '"destroyed": 11'
check "$OUT/xbd.json" '"major-damage": 3'

# Malformed JSON: non-zero exit and a message with line and column.
printf '{\n  "a.jpg1": {"filename": "a.jpg",\n  "regions": [}\n}' > "$OUT/bad.json"
if "$BIN" dataset info "$OUT/bad.json" > "$OUT/bad.txt" 2>&1; then
    echo "FAIL: malformed JSON accepted"; fail=1
fi
check "$OUT/bad.txt" 'line 3, column 15'

# A COCO file with an annotation of an image it does not list: `dataset info` (training reader)
# and `eval --gt` (COCO evaluation) read it with the one parser and say the same: the file, the
# record and the reason.
cat > "$OUT/orphan.json" <<'JSON'
{"images": [{"id": 1, "file_name": "a.png", "width": 8, "height": 8}],
 "categories": [{"id": 1, "name": "thing"}],
 "annotations": [{"id": 5, "image_id": 9, "category_id": 1, "segmentation": [[0, 0, 4, 0, 4, 4]]}]}
JSON
echo '[]' > "$OUT/none.json"
orphan="$OUT/orphan.json: annotations[0] (id 5): image_id 9 is not in 'images'"
"$BIN" dataset info "$OUT/orphan.json" > "$OUT/orphan.txt" 2>&1 && { echo "FAIL: orphan accepted"; fail=1; }
check "$OUT/orphan.txt" "$orphan"
"$BIN" eval --gt "$OUT/orphan.json" --dt "$OUT/none.json" > "$OUT/orphan_eval.txt" 2>&1 \
    && { echo "FAIL: eval took the orphan"; fail=1; }
check "$OUT/orphan_eval.txt" "$orphan"

# Missing path and empty folder.
mkdir "$OUT/empty"
"$BIN" dataset info "$OUT/empty" > "$OUT/empty.txt" 2>&1 && { echo "FAIL: empty folder"; fail=1; }
check "$OUT/empty.txt" 'empty folder'
"$BIN" dataset info "$OUT/nope" > "$OUT/nope.txt" 2>&1 && { echo "FAIL: missing path"; fail=1; }
check "$OUT/nope.txt" 'no such file or folder'

# The dataset figures: no model, no image; an SVG names the classes it counts.
"$BIN" figure --stage dataset_classes --dataset "$DATA/via_rice/via_region_data.json" \
    --out "$OUT/classes.svg" > "$OUT/fig.txt" 2>&1 || { echo "FAIL: dataset figure"; fail=1; }
check "$OUT/classes.svg" 'brown_spot'
for stage in dataset_instances dataset_image_sizes dataset_object_sizes dataset_aspect_ratios; do
    "$BIN" figure --stage "$stage" --dataset shapes:5x96@1 --out "$OUT/$stage.png" \
        > "$OUT/$stage.txt" 2>&1 || { echo "FAIL: $stage"; cat "$OUT/$stage.txt"; fail=1; }
    [ -s "$OUT/$stage.png" ] || { echo "FAIL: no $stage.png"; fail=1; }
done
"$BIN" figure --stage dataset_classes --out "$OUT/none.png" > "$OUT/nodata.txt" 2>&1 \
    && { echo "FAIL: a dataset figure without --dataset"; fail=1; }
check "$OUT/nodata.txt" 'need --dataset'

# One image of a dataset in place of --image and --annotation: its masks are the ground truth.
DEMO="$2/../../resources/demo"
"$BIN" figure --stage top_masks --dataset shapes:5x96@1 --image-id 2 --weights "$DEMO/shapes.h5" \
    --out "$OUT/top.svg" > "$OUT/top.txt" 2>&1 || { echo "FAIL: --image-id"; cat "$OUT/top.txt"; fail=1; }
check "$OUT/top.svg" 'H x W=96x96'
"$BIN" figure --stage gt_masks --dataset shapes:5x96@1 --image-id 7 --weights "$DEMO/shapes.h5" \
    --out "$OUT/none.png" > "$OUT/noid.txt" 2>&1 && { echo "FAIL: an unknown --image-id"; fail=1; }
check "$OUT/noid.txt" 'no image of shapes:5x96@1 has this id or file name (5 images)'
"$BIN" figure --stage gt_masks --image-id 2 --weights "$DEMO/shapes.h5" --out "$OUT/none.png" \
    > "$OUT/nods.txt" 2>&1 && { echo "FAIL: --image-id without --dataset"; fail=1; }
check "$OUT/nods.txt" 'chooses an image of --dataset'

[ "$fail" = 0 ] && echo "dataset_cli: all checks passed"
exit "$fail"
