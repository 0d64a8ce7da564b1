#!/usr/bin/env bash
# e2e: `mrcnn eval --per-class --confusion --errors` on a hand-made image (two classes, one
# error of each TIDE type; see tests/model/coco/tide_errors_test.cpp for the same case worked
# by hand): the JSON values and the text tables.
# Usage: bash eval_analysis_cli.sh MRCNN_BINARY TEST_DATA_DIR
set -euo pipefail
bin="$1"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail=0

box() { # box ID CLASS X Y W H: a GT annotation whose polygon is its box
    local x2=$(($3 + $5)) y2=$(($4 + $6))
    echo "{\"id\": $1, \"image_id\": 1, \"category_id\": $2, \"iscrowd\": 0, \"area\": $(($5 * $6)),
      \"bbox\": [$3, $4, $5, $6], \"segmentation\": [[$3, $4, $x2, $4, $x2, $y2, $3, $y2]]}"
}
cat >"$tmp/gt.json" <<JSON
{"images": [{"id": 1, "width": 100, "height": 100}],
 "categories": [{"id": 1, "name": "cat a"}, {"id": 2, "name": "b"}],
 "annotations": [$(box 1 1 0 0 10 10), $(box 2 1 50 50 10 10), $(box 3 2 20 0 10 10),
  $(box 4 2 80 80 10 10), $(box 5 1 0 50 10 10), $(box 6 2 80 0 10 10)]}
JSON
# TP, Dupe, Loc (IoU .4), Cls (IoU 1 with a b), Both (IoU 1/3 with an a), Bkg, TP, TP; g4 missed.
cat >"$tmp/dt.json" <<JSON
[{"image_id": 1, "category_id": 1, "bbox": [0, 0, 10, 10], "score": 0.9},
 {"image_id": 1, "category_id": 1, "bbox": [0, 0, 10, 10], "score": 0.8},
 {"image_id": 1, "category_id": 1, "bbox": [50, 50, 10, 4], "score": 0.7},
 {"image_id": 1, "category_id": 1, "bbox": [20, 0, 10, 10], "score": 0.6},
 {"image_id": 1, "category_id": 2, "bbox": [55, 50, 10, 10], "score": 0.5},
 {"image_id": 1, "category_id": 2, "bbox": [40, 80, 5, 5], "score": 0.4},
 {"image_id": 1, "category_id": 1, "bbox": [0, 50, 10, 10], "score": 0.3},
 {"image_id": 1, "category_id": 2, "bbox": [80, 0, 10, 10], "score": 0.2}]
JSON
"$bin" eval --gt "$tmp/gt.json" --dt "$tmp/dt.json" --per-class --confusion --errors \
    --json "$tmp/out.json" >"$tmp/out.log" 2>&1 || { echo "FAIL: eval"; cat "$tmp/out.log"; exit 1; }
flat="$(tr -d ' \n' <"$tmp/out.json")"

close() { # close NAME GOT WANT
    if ! awk -v g="$2" -v w="$3" 'BEGIN { d = g - w; if (d < 0) d = -d; exit !(g != "" && d <= 1e-9) }'; then
        echo "FAIL $1: got '$2', expected $3"
        fail=1
    fi
}
num() { sed -n "s/.*$1\([-0-9.eE+]*\).*/\1/p" <<<"$flat"; }
calc() { awk "BEGIN { printf \"%.15g\", $1 }"; }

# Per-class COCO AP: a = (34 + 33 * .4) / 101 at every threshold, b = (34 / 3) / 101.
close "per_class bbox a" "$(num '"per_class":{"bbox":{"b":[-0-9.eE+]*,"cata":')" "$(calc '47.2 / 101')"
close "per_class segm b" "$(num '"segm":{"b":')" "$(calc '34 / 3 / 101')"
grep -qF '"per_class":{"bbox":{"b":' <<<"$flat" || { echo "FAIL: per_class keys"; fail=1; }
grep -qF '"cat a":' "$tmp/out.json" || { echo "FAIL: class names with spaces"; fail=1; }
# Confusion (greedy by score, any class, mask IoU >= .5): rows GT, columns predicted.
grep -qF '"confusion":{"classes":["background","cata","b"],"counts":[[0,2,2],[1,2,0],[1,1,1]],"iou":0.5,"type":"segm"}' <<<"$flat" ||
    { echo "FAIL: confusion: $(grep -o '"confusion":{[^}]*}' <<<"$flat")"; fail=1; }
# TIDE: base = (47.2 + 34/3) / 101 * 100 / 2; each fix worked by hand (tide_errors_test.cpp).
base=$(calc '(47.2 + 34 / 3) / 101 * 100 / 2')
bfix=$(calc '17 / 101 * 100')
ap_a=$(calc '47.2 / 101 * 100')
ap_b=$(calc '34 / 3 / 101 * 100')
for t in bbox segm; do
    section="$(sed -n "s/.*\"$t\":{\"ap50\":\([^}]*}[^}]*}[^}]*}\).*/\1/p" <<<"$(sed 's/.*"errors"://' <<<"$flat")")"
    get() { sed -n "s/.*\"$1\":\([-0-9.eE+]*\).*/\1/p" <<<"$section"; }
    close "$t ap50" "$(sed 's/,.*//' <<<"$section")" "$base"
    close "$t Cls" "$(get Cls)" "$(calc "50 - $base")"
    close "$t Loc" "$(get Loc)" "$(calc "(76.4 / 101 * 100 + $ap_b) / 2 - $base")"
    close "$t Dupe" "$(get Dupe)" "$(calc "(50 + $ap_b) / 2 - $base")"
    for e in Both Bkg Miss; do close "$t $e" "$(get $e)" "$(calc "($ap_a + $bfix) / 2 - $base")"; done
    close "$t FalsePos" "$(get FalsePos)" "$(calc "101 / 101 * 100 / 2 - $base")"
    close "$t FalseNeg" "$(get FalseNeg)" "$(calc "(71 / 101 * 100 + 100 / 3) / 2 - $base")"
    grep -qF '"counts":{"Bkg":1,"Both":1,"Cls":1,"Dupe":1,"Loc":1,"Miss":1}' <<<"$section" ||
        { echo "FAIL $t counts: $section"; fail=1; }
done
# Text: the three tables.
for line in "Per-class AP@[.5:.95]" "cat a    0.4673    0.4673" \
    "Confusion matrix (mask IoU >= 0.5; rows ground truth, columns predicted):" \
    "TIDE errors, segm (foreground IoU 0.5, background 0.1; TIDE AP50 = 28.98):" \
    "  count       1       1       1       1       1       1" \
    "special dAP: FalsePos 21.02, FalseNeg 22.84"; do
    grep -qF -- "$line" "$tmp/out.log" || { echo "FAIL: no text line '$line'"; fail=1; }
done
# Without the flags, none of the keys.
"$bin" eval --gt "$tmp/gt.json" --dt "$tmp/dt.json" --json "$tmp/plain.json" >/dev/null
! grep -qE '"(per_class|confusion|errors)"' "$tmp/plain.json" || { echo "FAIL: keys without flags"; fail=1; }

[[ $fail -eq 0 ]] && echo "eval_analysis_cli: all checks passed"
exit $fail
