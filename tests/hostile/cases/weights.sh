# Weight files that are not what they claim (sourced by run_hostile.sh).
head -c 3000 "$W" >"$SCRATCH/truncated.h5"
hostile weights_truncated_info nonzero "truncated\.h5" -- "$MRCNN" info "$SCRATCH/truncated.h5"
printf 'not an hdf5 file' >"$SCRATCH/foreign.h5"
out=$(fresh_dir weights_foreign_detect)
hostile weights_foreign_detect nonzero "foreign\.h5" --absent "$out/*" -- \
    "$MRCNN" detect --config "$CFG" --weights "$SCRATCH/foreign.h5" \
    --image "$DATA/images/shapes_001.png" --json "$out/d.json" --png "$out/d.png"
