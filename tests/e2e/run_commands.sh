#!/usr/bin/env bash
# detect, dump and bench on the micro model: bash run_commands.sh MRCNN_BINARY TEST_DATA_DIR
source "$(dirname "$0")/common.bash" "$@"
IMG="$DATA/images/shapes_001.png"

# detect: JSON with 100 detections (min confidence 0) and RLE masks, and an overlay PNG.
"$MRCNN" detect --config "$CFG" --weights "$W" --image "$IMG" --json "$OUT/det.json" \
    --png "$OUT/overlay.png" --threads 1 > "$OUT/detect.log"
grep -q '"class_name"' "$OUT/det.json" || fail "detect JSON has no detections"
[ "$(grep -c '"counts"' "$OUT/det.json")" -eq 100 ] || fail "expected 100 RLE masks"
grep -q '"box": \[' "$OUT/det.json" || grep -q '"box":\[' "$OUT/det.json" || fail "no boxes"
[ -s "$OUT/overlay.png" ] || fail "no overlay PNG"
head -c 8 "$OUT/overlay.png" | od -An -c | grep -q 'P   N   G' || fail "overlay is not a PNG"
# A folder of images works too; the config can be inferred from the weights.
mkdir "$OUT/imgs" && cp "$IMG" "$OUT/imgs/a.png" && cp "$IMG" "$OUT/imgs/b.png"
"$MRCNN" detect --weights "$W" --config "$CFG" --image "$OUT/imgs" --json "$OUT/many.json" \
    > "$OUT/many.log"
[ "$(grep -c '"image"' "$OUT/many.json")" -eq 2 ] || fail "folder detect did not list 2 images"

# dump: the reference keys; --no-trace drops the trace.
"$MRCNN" dump --config "$CFG" --weights "$W" --image "$IMG" --out "$OUT/run.npz" \
    --feature-maps > /dev/null
"$MRCNN" dump --config "$CFG" --weights "$W" --image "$IMG" --out "$OUT/small.npz" \
    --no-trace > /dev/null
# Entry names of a zip are plain text in its directory: no unzip needed (and no SIGPIPE from
# `unzip | grep -q` under pipefail).
keys() { grep -a -o '[A-Za-z0-9_]*\.npy' "$1" | sort -u; }
RUN_KEYS="$(keys "$OUT/run.npz")"
SMALL_KEYS="$(keys "$OUT/small.npz")"
grep -qx 'fpn_p6.npy' <<<"$RUN_KEYS" || fail "dump lacks fpn_p6"
grep -qx 'detection_nms_keep.npy' <<<"$RUN_KEYS" || fail "dump lacks the trace"
grep -qx 'detection_nms_keep.npy' <<<"$SMALL_KEYS" && fail "--no-trace kept the trace"
grep -qx 'res2c_out.npy' <<<"$SMALL_KEYS" && fail "feature maps without --feature-maps"
[ "$(wc -l <<<"$RUN_KEYS")" -eq 44 ] || fail "dump key count differs"

# bench: per-stage JSON.
"$MRCNN" bench --config "$CFG" --weights "$W" --image "$IMG" --runs 2 --threads 1 \
    --json "$OUT/bench.json" > "$OUT/bench.log"
grep -q '"total_s"' "$OUT/bench.json" || fail "bench JSON lacks total_s"
grep -q '"peak_rss_mb"' "$OUT/bench.json" || fail "bench JSON lacks peak_rss_mb"
grep -q '"backbone"' "$OUT/bench.json" || fail "bench JSON lacks stages"
grep -q 'OpenBLAS core' "$OUT/bench.log" || fail "bench does not print the BLAS core"
# The convolution autotune: measured once into the cache folder, reported on request, and off
# with --no-autotune (then the file is neither read nor written).
export XDG_CACHE_HOME="$OUT/cache"
"$MRCNN" bench --config "$CFG" --weights "$W" --image "$IMG" --runs 1 --threads 1 \
    --autotune-report --json "$OUT/tuned.json" > "$OUT/tuned.log"
grep -q 'convolutions autotuned' "$OUT/tuned.log" || fail "bench does not say it autotunes"
grep -q 'sgemm peak' "$OUT/tuned.log" || fail "the autotune report lacks the sgemm peak"
grep -Eq ' 3x3 s1 p1,1,1,1 +[0-9.]+ +[0-9.]+ +- +(channels-last|NCHW)$' "$OUT/tuned.log" ||
    fail "the autotune report lacks a 3x3 row with both layouts measured"
grep -q '"autotune"' "$OUT/tuned.json" || fail "bench JSON lacks the autotune table"
CACHE=$(ls "$OUT/cache/mrcnn-inspector"/conv-autotune-*.json)
grep -q '"choices"' "$CACHE" || fail "no autotune cache written"
rm "$CACHE"
"$MRCNN" --no-autotune bench --config "$CFG" --weights "$W" --image "$IMG" --runs 1 \
    --threads 1 > "$OUT/fixed.log"
grep -q 'convolutions channels-last' "$OUT/fixed.log" || fail "--no-autotune not in effect"
[ -z "$(ls "$OUT/cache/mrcnn-inspector")" ] || fail "--no-autotune wrote a cache file"
if "$MRCNN" --no-autotune bench --config "$CFG" --weights "$W" --image "$IMG" \
    --autotune-report > /dev/null 2> "$OUT/err0.log"; then
    fail "--autotune-report accepted with --no-autotune"
fi
grep -q 'leave out --no-autotune' "$OUT/err0.log" || fail "no reason for the refused report"
unset XDG_CACHE_HOME

# Errors are reported, not crashes.
if "$MRCNN" detect --config "$CFG" --weights "$OUT/missing.h5" --image "$IMG" 2> "$OUT/err.log"; then
    fail "missing weights accepted"
fi
grep -q 'error:' "$OUT/err.log" || fail "no error message for missing weights"
if "$MRCNN" dump --config "$CFG" --weights "$W" --image "$OUT/none.png" --out "$OUT/x.npz" \
    2> "$OUT/err2.log"; then
    fail "missing image accepted"
fi
echo "e2e run commands: OK"
