# Weight files that make HDF5 1.10 itself crash or loop forever (found by the keras_h5 fuzzer,
# tests/fuzz; the faults are inside the library): the command line reads a weight file in a
# child process first, so the file is refused with a message and the command ends.
H="$HOSTILE/weights"
hostile weights_hdf5_crash_info nonzero "hdf5_crash\.h5: the HDF5 library crashed reading this file \(Segmentation fault\)" -- \
    "$MRCNN" info "$H/hdf5_crash.h5"
out=$(fresh_dir weights_hdf5_crash_detect)
hostile weights_hdf5_crash_detect nonzero "hdf5_crash\.h5: the HDF5 library crashed" --absent "$out/*" -- \
    "$MRCNN" detect --config "$CFG" --weights "$H/hdf5_crash.h5" \
    --image "$DATA/images/shapes_001.png" --json "$out/d.json"
hostile weights_hdf5_loop_info nonzero "hdf5_global_heap_loop\.h5: the HDF5 library did not finish reading this file in 5 s" -- \
    env MRCNN_WEIGHTS_READ_TIMEOUT=5 "$MRCNN" info "$H/hdf5_global_heap_loop.h5"
