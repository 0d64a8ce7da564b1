# Outputs (sourced by run_hostile.sh): every writer reports a failed write with the path and a
# non-zero exit and leaves no partial or temporary file; commands that refuse their input
# write nothing; batch commands skip an unreadable image, finish, and fail at the end.
IMG="$DATA/images/shapes_001.png"
MODEL=(--config "$CFG" --weights "$W")

# A small COCO set of three images, the second unreadable (made here, not committed).
batch="$SCRATCH/batch"
mkdir -p "$batch/images"
cp "$IMG" "$batch/images/a.png"
printf 'not a png at all' >"$batch/images/b_broken.png"
cp "$IMG" "$batch/images/c.png"
python3 - "$batch/coco.json" <<'PY'
import json, sys
images = [{"id": i + 1, "file_name": n, "height": 128, "width": 128}
          for i, n in enumerate(["a.png", "b_broken.png", "c.png"])]
anns = [{"id": i + 1, "image_id": i + 1, "category_id": 1, "bbox": [10, 10, 30, 30],
         "area": 900, "iscrowd": 0, "segmentation": [[10, 10, 40, 10, 40, 40, 10, 40]]}
        for i in range(3)]
cats = [{"id": 1, "name": "square"}, {"id": 2, "name": "circle"}, {"id": 3, "name": "triangle"}]
json.dump({"images": images, "annotations": anns, "categories": cats}, open(sys.argv[1], "w"))
PY

# --- /dev/full: the write fails, the path is named, the exit is non-zero ----------------------
hostile output_devfull_detect_json nonzero "/dev/full" -- \
    "$MRCNN" detect "${MODEL[@]}" --image "$IMG" --json /dev/full
hostile output_devfull_eval_results nonzero "/dev/full" -- \
    "$MRCNN" eval "${MODEL[@]}" --dataset shapes:1 --results /dev/full
hostile output_devfull_eval_json nonzero "/dev/full" -- \
    "$MRCNN" eval "${MODEL[@]}" --dataset shapes:1 --json /dev/full
hostile output_devfull_dataset_info_json nonzero "/dev/full" -- \
    "$MRCNN" dataset info shapes:2 --json /dev/full
hostile output_devfull_bench_json nonzero "/dev/full" -- \
    "$MRCNN" bench "${MODEL[@]}" --image "$IMG" --runs 1 --json /dev/full
hostile output_devfull_info_json nonzero "/dev/full" -- "$MRCNN" info "$W" --json /dev/full
hostile output_devfull_config_out nonzero "/dev/full" -- "$MRCNN" config --config "$CFG" --out /dev/full
hostile output_devfull_init_weights nonzero "/dev/full" -- \
    "$MRCNN" init-weights --config "$CFG" --out /dev/full
hostile output_devfull_dump nonzero "/dev/full" -- \
    "$MRCNN" dump "${MODEL[@]}" --image "$IMG" --out /dev/full
hostile output_devfull_weights_stats nonzero "/dev/full" -- \
    "$MRCNN" weights stats "$W" --json /dev/full
# A special file is written into, never replaced: /dev/null stays a device.
hostile output_devnull_detect_json 0 "detections" -- \
    "$MRCNN" detect "${MODEL[@]}" --image "$IMG" --json /dev/null
hostile output_devnull_still_a_device 0 "character" -- stat -c %F /dev/null

# --- a missing folder, a folder as the file ---------------------------------------------------
out=$(fresh_dir missing_parent)
hostile output_missing_folder_detect nonzero "$out/no/such/d\.json.*does not exist" \
    --absent "$out/no" -- \
    "$MRCNN" detect "${MODEL[@]}" --image "$IMG" --json "$out/no/such/d.json"
hostile output_missing_folder_eval_results nonzero "$out/no/r\.json.*does not exist" \
    --absent "$out/no" -- \
    "$MRCNN" eval "${MODEL[@]}" --dataset shapes:1 --results "$out/no/r.json"
hostile output_missing_folder_figure nonzero "$out/no/f\.png" --absent "$out/no" -- \
    "$MRCNN" figure --stage anchors "${MODEL[@]}" --image "$IMG" --out "$out/no/f.png"
hostile output_folder_as_file nonzero "$out.*is a folder" -- \
    "$MRCNN" dataset info shapes:1 --json "$out"

# --- a read-only folder (root ignores permissions: run as nobody then) -------------------------
# nobody may not reach the checkout (under /root, say): the program and its inputs are copied
# to a folder anyone can read.
ro=$(mktemp -d /tmp/mrcnn_hostile_ro.XXXXXX)
pub=$(mktemp -d /tmp/mrcnn_hostile_pub.XXXXXX)
chmod 755 "$pub"
cp "$MRCNN" "$pub/mrcnn"
cp "$CFG" "$pub/cfg.json"
cp "$W" "$pub/w.h5"
cp "$IMG" "$pub/img.png"
chmod a+rX "$pub"/*
chmod 555 "$ro"
as_nobody=()
[[ $(id -u) -eq 0 ]] && as_nobody=(setpriv --reuid=65534 --regid=65534 --clear-groups)
PUB_MODEL=(--config "$pub/cfg.json" --weights "$pub/w.h5")
hostile output_readonly_detect_json nonzero "$ro/d\.json" --absent "$ro/*" --absent "$ro/.*tmp*" \
    -- "${as_nobody[@]}" "$pub/mrcnn" detect "${PUB_MODEL[@]}" --image "$pub/img.png" \
    --json "$ro/d.json"
hostile output_readonly_init_weights nonzero "$ro/w\.h5" --absent "$ro/*" --absent "$ro/.*tmp*" \
    -- "${as_nobody[@]}" "$pub/mrcnn" init-weights --config "$pub/cfg.json" --out "$ro/w.h5"
hostile output_readonly_figure nonzero "$ro/f\.svg" --absent "$ro/*" --absent "$ro/.*tmp*" \
    -- "${as_nobody[@]}" "$pub/mrcnn" figure --stage anchors "${PUB_MODEL[@]}" \
    --image "$pub/img.png" --out "$ro/f.svg"
hostile output_readonly_train nonzero "$ro/run" --absent "$ro/*" -- \
    "${as_nobody[@]}" "$pub/mrcnn" train --config "$pub/cfg.json" --dataset shapes:2 --epochs 1 \
    --steps 1 --out "$ro/run"
chmod 755 "$ro"
rm -rf "$ro" "$pub"

# --- refused input writes nothing -------------------------------------------------------------
out=$(fresh_dir refused_train)
python3 - "$SCRATCH/no_instances.json" <<'PY'
import json, sys
images = [{"id": 1, "file_name": "a.png", "height": 128, "width": 128}]
cats = [{"id": 1, "name": "square"}]
json.dump({"images": images, "annotations": [], "categories": cats}, open(sys.argv[1], "w"))
PY
hostile output_refused_train_empty_dataset nonzero "the training dataset has no images" \
    --absent "$out/run" -- \
    "$MRCNN" train --config "$CFG" --dataset "$SCRATCH/no_instances.json" \
    --images "$batch/images" --epochs 1 --steps 1 --out "$out/run"
hostile output_refused_train_layers nonzero "--layers nothing_like_this" --absent "$out/run" -- \
    "$MRCNN" train --config "$CFG" --dataset shapes:2 --epochs 1 --steps 1 \
    --layers nothing_like_this --out "$out/run"
out=$(fresh_dir refused_export)
hostile output_refused_export_unreadable_image nonzero "b_broken\.png" --absent "$out/exp" -- \
    "$MRCNN" dataset export "$batch/coco.json" --images "$batch/images" --out "$out/exp"
mkdir -p "$out/existing"
echo keep >"$out/existing/mine.txt"
hostile output_refused_export_into_existing nonzero "b_broken\.png" \
    --absent "$out/existing/*.png" --absent "$out/existing/annotations.json" \
    --absent "$out/existing/.mrcnn-export*" -- \
    "$MRCNN" dataset export "$batch/coco.json" --images "$batch/images" --out "$out/existing"
hostile output_refused_export_kept_others 0 "keep" -- cat "$out/existing/mine.txt"
out=$(fresh_dir refused_detect)
hostile output_refused_detect_unreadable_image nonzero "b_broken\.png" \
    --absent "$out/d.json" --absent "$out/.*tmp*" --absent "$out/o.png" -- \
    "$MRCNN" detect "${MODEL[@]}" --image "$batch/images/b_broken.png" --json "$out/d.json" \
    --png "$out/o.png"

# --- batch commands keep going ----------------------------------------------------------------
out=$(fresh_dir batch_detect)
hostile batch_detect_folder_skips_one 1 "1 of 3 images could not be read: b_broken\.png" -- \
    "$MRCNN" detect "${MODEL[@]}" --image "$batch/images" --json "$out/d.json" \
    --png "$out/overlays"
hostile batch_detect_folder_json_written 0 "^2 images, 1 failed: .*b_broken\.png" -- \
    python3 -c "import json, sys; d = json.load(open(sys.argv[1])); \
print(len(d['images']), 'images,', len(d['failed']), 'failed:', d['failed'][0]['image'])" \
    "$out/d.json"
hostile batch_detect_folder_overlays_written 0 "a_overlay\.png.*c_overlay\.png" -- \
    bash -c "ls '$out/overlays' | tr '\n' ' '"
out=$(fresh_dir batch_eval)
hostile batch_eval_dataset_skips_one 1 "1 of 3 images could not be read.*: b_broken\.png" \
    -- "$MRCNN" eval "${MODEL[@]}" --dataset "$batch/coco.json" --images "$batch/images" \
    --json "$out/e.json" --results "$out/r.json"
hostile batch_eval_dataset_json_written 0 '"images": 2' -- cat "$out/e.json"
