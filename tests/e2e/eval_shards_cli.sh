#!/usr/bin/env bash
# e2e: `mrcnn eval --shard I/N` over 3 shards of a shapes set with the micro model, merged by
# `mrcnn eval --gt GT.json --dt part_0.json part_1.json part_2.json`, gives exactly the JSON of
# the unsharded run (every number, with --per-class --confusion --errors). Shard 0 writes the
# ground truth of all shards (--gt-out); each shard's own numbers cover only its images.
# Usage: bash eval_shards_cli.sh MRCNN_BINARY TEST_DATA_DIR
set -euo pipefail
bin="$1"
cfg="$2/runs/shapes_micro.json"
weights="$2/runs/shapes_micro_seed3.h5"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
fail=0
set_="shapes:7x128@5"
model=(--config "$cfg" --weights "$weights" --dataset "$set_" --threads 1)
extra=(--per-class --confusion --errors)

"$bin" eval "${model[@]}" "${extra[@]}" --json "$tmp/full.json" >"$tmp/full.log" 2>&1 ||
    { echo "FAIL: unsharded run"; cat "$tmp/full.log"; exit 1; }
for i in 0 1 2; do
    gt=()
    [[ $i == 0 ]] && gt=(--gt-out "$tmp/gt.json")
    "$bin" eval "${model[@]}" --shard "$i/3" --results "$tmp/part_$i.json" "${gt[@]}" \
        --json "$tmp/shard_$i.json" >"$tmp/shard_$i.log" 2>&1 ||
        { echo "FAIL: shard $i"; cat "$tmp/shard_$i.log"; exit 1; }
done
# Shard 1 of 3 over indices 0..6 runs 1 and 4: two images, and says which.
grep -qF "evaluating 2 images (shard 1/3: the indices i < 7 with i mod 3 = 1)" "$tmp/shard_1.log" ||
    { echo "FAIL: shard 1 does not name its images"; cat "$tmp/shard_1.log"; fail=1; }
grep -qF '"images":2' <(tr -d ' \n' <"$tmp/shard_1.json") || { echo "FAIL: shard 1 image count"; fail=1; }
grep -qF "wrote $tmp/gt.json (7 images of all shards" "$tmp/shard_0.log" ||
    { echo "FAIL: shard 0 GT is not the whole set"; cat "$tmp/shard_0.log"; fail=1; }
n=$(cat "$tmp"/part_*.json | grep -o '"image_id"' | wc -l)
[[ $n -gt 0 ]] || { echo "FAIL: the shards made no detections"; fail=1; }

"$bin" eval --gt "$tmp/gt.json" --dt "$tmp/part_0.json" "$tmp/part_1.json" "$tmp/part_2.json" \
    "${extra[@]}" --json "$tmp/merged.json" >"$tmp/merged.log" 2>&1 ||
    { echo "FAIL: merge"; cat "$tmp/merged.log"; exit 1; }
grep -qF "Results: 3 files merged" "$tmp/merged.log" || { echo "FAIL: merge line"; fail=1; }
if ! cmp -s "$tmp/full.json" "$tmp/merged.json"; then
    echo "FAIL: merged shards differ from the unsharded run"
    diff <(tr ',' '\n' <"$tmp/full.json") <(tr ',' '\n' <"$tmp/merged.json") | head -20
    fail=1
fi
# The order of the parts does not matter either.
"$bin" eval --gt "$tmp/gt.json" --dt "$tmp/part_2.json" --dt "$tmp/part_0.json" "$tmp/part_1.json" \
    "${extra[@]}" --json "$tmp/merged2.json" >/dev/null 2>&1
cmp -s "$tmp/full.json" "$tmp/merged2.json" || { echo "FAIL: merge depends on the part order"; fail=1; }

# Bad shard specs: exit 1 and a message.
for bad in 3/3 -1/3 1 a/3 1/0 "1/3x"; do
    if "$bin" eval "${model[@]}" --shard "$bad" >/dev/null 2>"$tmp/err.txt"; then
        echo "FAIL: --shard $bad accepted"
        fail=1
    elif ! grep -qF -- "--shard must be I/N with 0 <= I < N" "$tmp/err.txt"; then
        echo "FAIL: --shard $bad: $(cat "$tmp/err.txt")"
        fail=1
    fi
done

[[ $fail -eq 0 ]] && echo "eval_shards_cli: all checks passed"
exit $fail
