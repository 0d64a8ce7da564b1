#!/usr/bin/env bash
# e2e: `mrcnn eval` on the reference group_a/group_b GT/results pairs; checks the JSON numbers
# against the original (matterport compute_ap means) and pycocotools (COCOeval stats). Then the
# dataset mode: the micro model over a generated shapes set and the nucleus folder (random
# weights, so only the form of the output is checked, and that its written GT/results pair
# gives the same numbers in the file mode).
# Usage: bash eval_cli.sh MRCNN_BINARY TEST_DATA_DIR
set -euo pipefail
bin="$1"
data="$2/metrics"
cfg="$2/runs/shapes_micro.json"
weights="$2/runs/shapes_micro_seed3.h5"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail=0

# value KEY FILE: the number after "KEY": in the JSON (first occurrence).
value() { tr -d ' \n' <"$2" | sed -n "s/.*\"$1\":\([-0-9.eE+]*\).*/\1/p"; }
# array KEY FILE: the comma-separated list after "KEY":[
array() { tr -d ' \n' <"$2" | sed -n "s/.*\"$1\":\[\([^]]*\)\].*/\1/p"; }
close() { # close NAME GOT WANT
    if ! awk -v g="$2" -v w="$3" 'BEGIN { d = g - w; if (d < 0) d = -d; exit !(g != "" && d <= 1e-6) }'; then
        echo "FAIL $1: got '$2', expected $3"
        fail=1
    fi
}
check_set() { # check_set NAME IMAGES MAP50 MAP50_95 "BBOX x12" "SEGM x12"
    local name="$1" out="$tmp/$1.json"
    "$bin" eval --gt "$data/$1_gt.json" --dt "$data/$1_results.json" --json "$out" >"$tmp/$1.log"
    grep -q "Average Precision  (AP) @\[ IoU=0.50:0.95 | area=   all | maxDets=100 \]" "$tmp/$1.log" ||
        { echo "FAIL $name: no COCO summary line"; fail=1; }
    close "$name images" "$(value images "$out")" "$2"
    close "$name mAP50" "$(value mAP50 "$out")" "$3"
    close "$name mAP50_95" "$(value mAP50_95 "$out")" "$4"
    for t in bbox segm; do
        local got want i
        IFS=, read -r -a got <<<"$(array "$t" "$out")"
        [[ $t == bbox ]] && read -r -a want <<<"$5" || read -r -a want <<<"$6"
        [[ ${#got[@]} -eq 12 ]] || { echo "FAIL $name $t: ${#got[@]} stats"; fail=1; continue; }
        for i in $(seq 0 11); do close "$name $t[$i]" "${got[$i]}" "${want[$i]}"; done
    done
}

# group_a: cases 0-10 (2 of 11 images have no GT and are skipped).
check_set group_a 9 0.567115240927479 0.4832937481770474 \
    "0.06390768918006681 0.2214448588267898 0.037610146417339695 0.05123947588822755 0.6771864686468647 -1.0 0.05587819873712195 0.1437229976736457 0.20817858923230304 0.1856534090909091 0.725 -1.0" \
    "0.06671388815644078 0.2647339872808867 0.03630860781277501 0.054361880959684174 0.6503712871287128 -1.0 0.05593947324692587 0.14419969258889995 0.20956090063143898 0.1882575757575758 0.7 -1.0"
# group_b: cases 11-24.
check_set group_b 14 0.789698001801341 0.5033187250696219 \
    "0.5071983380326776 0.79595370418843 0.5660245621185008 0.46843063104274507 0.6448844884488449 0.95 0.4417803030303031 0.6431060606060607 0.6431060606060607 0.5914682539682538 0.6888888888888888 0.95" \
    "0.49725583890879504 0.79595370418843 0.5098533258579141 0.45537088131400016 0.6945544554455445 0.95 0.4336363636363637 0.638939393939394 0.638939393939394 0.578968253968254 0.7555555555555556 0.95"

# Bad input: a clear error naming the file, exit code 1.
echo '[{"image_id": 999, "category_id": 1, "bbox": [0, 0, 1, 1], "score": 1}]' >"$tmp/bad.json"
if "$bin" eval --gt "$data/group_a_gt.json" --dt "$tmp/bad.json" 2>"$tmp/err.txt" >/dev/null; then
    echo "FAIL: bad results accepted"
    fail=1
fi
grep -q "bad.json: detection 0: image_id 999" "$tmp/err.txt" || { echo "FAIL: error message"; cat "$tmp/err.txt"; fail=1; }

# Dataset mode on shapes:3: the same report, the JSON keys, a results file with compressed RLE
# strings, and a GT/results pair that the file mode reads back to the same numbers.
"$bin" eval --config "$cfg" --weights "$weights" --dataset shapes:3x128@2 --threads 1 \
    --json "$tmp/ds.json" --results "$tmp/ds_results.json" --gt-out "$tmp/ds_gt.json" \
    >"$tmp/ds.log" 2>"$tmp/ds.err" || { echo "FAIL: dataset mode"; cat "$tmp/ds.err"; fail=1; }
for line in "matterport mAP @ IoU=0.50: " "matterport mAP @ IoU=0.50:0.95: " "COCO bbox:" "COCO segm:" \
    "Images: 3, with GT: 3"; do
    grep -qF "$line" "$tmp/ds.log" || { echo "FAIL dataset mode: no '$line' line"; fail=1; }
done
grep -qF "3/3 image" "$tmp/ds.err" || { echo "FAIL dataset mode: no progress line"; fail=1; }
for key in images mAP50 mAP50_95; do
    [[ -n "$(value $key "$tmp/ds.json")" ]] || { echo "FAIL dataset mode: JSON lacks $key"; fail=1; }
done
for key in bbox segm; do
    IFS=, read -r -a got <<<"$(array $key "$tmp/ds.json")"
    [[ ${#got[@]} -eq 12 ]] || { echo "FAIL dataset mode: JSON $key has ${#got[@]} stats"; fail=1; }
done
close "dataset images" "$(value images "$tmp/ds.json")" 3
grep -q '"counts":"' "$tmp/ds_results.json" || { echo "FAIL: results without RLE strings"; fail=1; }
grep -q '"image_id":1,"category_id":' "$tmp/ds_results.json" ||
    { echo "FAIL: results do not use image index + 1"; fail=1; }
"$bin" eval --gt "$tmp/ds_gt.json" --dt "$tmp/ds_results.json" --json "$tmp/rt.json" >/dev/null ||
    { echo "FAIL: the written GT/results pair is not readable"; fail=1; }
cmp -s "$tmp/ds.json" "$tmp/rt.json" ||
    { echo "FAIL: file mode on the written pair gives other numbers"; diff "$tmp/ds.json" "$tmp/rt.json"; fail=1; }

# A folder reader and init-weights: a two-class variant of the micro config on the nucleus set.
sed 's/"NUM_CLASSES": 4/"NUM_CLASSES": 2/' "$cfg" >"$tmp/nucleus.json"
"$bin" init-weights --config "$tmp/nucleus.json" --out "$tmp/nucleus.h5" --seed 1 >/dev/null
"$bin" eval --config "$tmp/nucleus.json" --weights "$tmp/nucleus.h5" --limit 1 \
    --dataset "$2/datasets/nucleus/stage1_train" --json "$tmp/nuc.json" >"$tmp/nuc.log" 2>&1 ||
    { echo "FAIL: nucleus dataset mode"; cat "$tmp/nuc.log"; fail=1; }
grep -qF "matterport mAP @ IoU=0.50:0.95: " "$tmp/nuc.log" || { echo "FAIL nucleus: no mAP"; fail=1; }
close "nucleus images" "$(value images "$tmp/nuc.json")" 1

# Dataset-mode errors: exit code 1 and a message that says what is wrong.
expect_error() { # expect_error PATTERN ARGS...
    local pattern="$1"
    shift
    if "$bin" eval "$@" >/dev/null 2>"$tmp/err2.txt"; then
        echo "FAIL: eval $* succeeded"
        fail=1
    elif ! grep -qF -- "$pattern" "$tmp/err2.txt"; then
        echo "FAIL: eval $*: expected '$pattern', got: $(cat "$tmp/err2.txt")"
        fail=1
    fi
}
expect_error "cannot be mixed with --dataset" --gt "$data/group_a_gt.json" --dataset shapes:2
expect_error "--dataset is missing" --weights "$weights"
expect_error "the model has NUM_CLASSES = 4 but the dataset has 81 classes" \
    --config "$cfg" --weights "$weights" --dataset "$2/datasets/coco"
expect_error "shapes:0: the image count must be at least 1" --weights "$weights" --dataset shapes:0
expect_error "at least 80 pixels" --weights "$weights" --dataset shapes:2x40

[[ $fail -eq 0 ]] && echo "eval_cli: all checks passed"
exit $fail
