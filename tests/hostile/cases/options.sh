# Option values and combinations (sourced by run_hostile.sh): refused before any work, the
# message naming the option, the value and what is allowed; nothing written.
IMG="$DATA/images/shapes_001.png"
MODEL=(--config "$CFG" --weights "$W")
TRAIN=("$MRCNN" train --config "$CFG" --dataset shapes:2 --epochs 1)
out=$(fresh_dir options_train)

# train: learning rate, steps, epochs
for lr in nan inf -1 0; do
    hostile "options_train_lr_$lr" nonzero "--lr: the learning rate must be a finite number above 0, got $lr" --absent "$out/run" \
        -- "${TRAIN[@]}" --steps 1 --lr "$lr" --out "$out/run"
done
hostile options_train_lr_text nonzero "--lr.*expected a number, got 'fast'" --absent "$out/run" \
    -- "${TRAIN[@]}" --steps 1 --lr fast --out "$out/run"
for steps in 0 -5; do
    hostile "options_train_steps_$steps" nonzero "--steps.*at least 1.*got $steps" \
        --absent "$out/run" -- "${TRAIN[@]}" --steps "$steps" --out "$out/run"
done
hostile options_train_epochs_0 nonzero "--epochs.*at least 1.*got 0" --absent "$out/run" -- \
    "$MRCNN" train --config "$CFG" --dataset shapes:2 --epochs 0 --out "$out/run"
hostile options_train_val_steps_0 nonzero "--val-steps.*at least 1.*got 0" --absent "$out/run" \
    -- "${TRAIN[@]}" --val shapes:1 --val-steps 0 --out "$out/run"
hostile options_train_lr_steps_nan nonzero "--lr-steps.*'1:nan'" --absent "$out/run" -- \
    "${TRAIN[@]}" --steps 1 --lr-steps 1:nan --out "$out/run"

# train: combinations
hostile options_train_val_steps_without_val nonzero "--val-steps requires --val" \
    --absent "$out/run" -- "${TRAIN[@]}" --steps 1 --val-steps 2 --out "$out/run"
hostile options_train_exclude_without_init nonzero "--exclude requires --init" \
    --absent "$out/run" -- "${TRAIN[@]}" --steps 1 --exclude mrcnn_mask --out "$out/run"
hostile options_train_exclude_with_random_init nonzero "--exclude.*no --init weights file" \
    --absent "$out/run" -- \
    "${TRAIN[@]}" --steps 1 --init random --exclude mrcnn_mask --out "$out/run"
hostile options_train_resume_with_init nonzero "(--resume excludes --init|--init excludes --resume)" --absent "$out/run" \
    -- "${TRAIN[@]}" --steps 1 --init "$W" --resume "$W" --out "$out/run"
hostile options_train_resume_with_exclude nonzero \
    "(--resume excludes --exclude|--exclude excludes --resume|--exclude requires --init)" \
    --absent "$out/run" -- "${TRAIN[@]}" --steps 1 --resume "$W" --exclude mrcnn_mask \
    --out "$out/run"

# figure: --detection out of range for the run, unknown formats
out=$(fresh_dir options_figure)
for d in 999 -1; do
    hostile "options_figure_detection_$d" 2 "--detection $d is out of range: this image has [0-9]+ detections" \
        --absent "$out/f.png" -- \
        "$MRCNN" figure --stage detections "${MODEL[@]}" --image "$IMG" --detection "$d" \
        --out "$out/f.png"
done
hostile options_figure_unknown_format 2 "--out .*x\.xyz: unknown figure format \"\.xyz\"; use \.png" \
    --absent "$out/x.xyz" -- \
    "$MRCNN" figure --stage anchors "${MODEL[@]}" --image "$IMG" --out "$out/x.xyz"
hostile options_figure_all_unknown_format nonzero "--format.*xyz" --absent "$out/all" -- \
    "$MRCNN" figure --stage all "${MODEL[@]}" --image "$IMG" --out "$out/all" --format xyz

# detect: an overlay with an extension no encoder has
out=$(fresh_dir options_detect)
hostile options_detect_png_unknown_extension nonzero "x\.xyz: unknown image extension \"\.xyz\" \(supported: \.png" \
    --absent "$out/x.xyz" --absent "$out/d.json" --absent "$out/.*tmp*" -- \
    "$MRCNN" detect "${MODEL[@]}" --image "$IMG" --png "$out/x.xyz" --json "$out/d.json"
hostile options_detect_png_no_extension nonzero "$out/overlay: no extension" \
    --absent "$out/overlay" -- \
    "$MRCNN" detect "${MODEL[@]}" --image "$IMG" --png "$out/overlay"
