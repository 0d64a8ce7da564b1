# Weights holding NaN/Inf (sourced by run_hostile.sh): `info` names them, run commands refuse
# them unless --allow-nonfinite-weights (then a loud warning), train --init refuses them.
# A copy of the micro weights with 16 bytes of 0xFF in the middle of its largest dataset: at
# least three whole float32 values become NaN whatever the alignment.
cp "$W" "$SCRATCH/nan.h5"
python3 - "$SCRATCH/nan.h5" <<'PY'
import os, sys
size = os.path.getsize(sys.argv[1])
with open(sys.argv[1], "r+b") as f:
    f.seek(size // 2)
    f.write(b"\xff" * 16)
PY
IMG="$DATA/images/shapes_001.png"
hostile weights_nan_info 0 "^  [a-z0-9_/]+:0: [0-9]+ NaN, [0-9]+ Inf of [0-9]+" -- "$MRCNN" info "$SCRATCH/nan.h5"
hostile weights_nan_stats 0 "alerts:.* nan" -- "$MRCNN" weights stats "$SCRATCH/nan.h5"
out=$(fresh_dir weights_nan_detect)
hostile weights_nan_detect nonzero "nan\.h5: 1 tensor holds NaN/Inf values: [a-z0-9_/]+:0 \([0-9]+ NaN.*--allow-nonfinite-weights" \
    --absent "$out/*" -- \
    "$MRCNN" detect --config "$CFG" --weights "$SCRATCH/nan.h5" --image "$IMG" --json "$out/d.json"
hostile weights_nan_bench nonzero "nan\.h5: 1 tensor holds NaN/Inf" -- \
    "$MRCNN" bench --config "$CFG" --weights "$SCRATCH/nan.h5" --image "$IMG" --runs 1
hostile weights_nan_dump nonzero "nan\.h5: 1 tensor holds NaN/Inf" --absent "$SCRATCH/nan_dump.npz" -- \
    "$MRCNN" dump --config "$CFG" --weights "$SCRATCH/nan.h5" --image "$IMG" --out "$SCRATCH/nan_dump.npz"
hostile weights_nan_auto_config nonzero "nan\.h5: 1 tensor holds NaN/Inf" -- \
    "$MRCNN" detect --weights "$SCRATCH/nan.h5" --image "$IMG"
hostile weights_nan_allowed 0 "WARNING: .*nan\.h5: 1 tensor holds NaN/Inf.*loaded anyway" -- \
    "$MRCNN" detect --config "$CFG" --weights "$SCRATCH/nan.h5" --image "$IMG" --allow-nonfinite-weights
hostile weights_nan_train_init nonzero "nan\.h5: 1 tensor holds NaN/Inf" \
    --absent "$SCRATCH/train_nan/*.h5" -- \
    "$MRCNN" train --config "$CFG" --init "$SCRATCH/nan.h5" --dataset shapes:2 --layers heads \
    --epochs 1 --steps 1 --out "$SCRATCH/train_nan"
