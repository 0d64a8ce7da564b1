# Limits before allocation (sourced by run_hostile.sh): special files given as inputs, symlink
# loops, --threads, .h5 datasets whose declared size is absurd or beyond the file, polygons far
# outside their image.
IMG="$DATA/images/shapes_001.png"
mkfifo "$SCRATCH/fifo.png" "$SCRATCH/fifo.json" "$SCRATCH/fifo.h5"
ln -s "$SCRATCH/loop_b.png" "$SCRATCH/loop_a.png"
ln -s "$SCRATCH/loop_a.png" "$SCRATCH/loop_b.png"
ln -s "$SCRATCH/loop_d.json" "$SCRATCH/loop_c.json"
ln -s "$SCRATCH/loop_c.json" "$SCRATCH/loop_d.json"

# A FIFO must never be opened (it would block forever), /dev/zero never read (8 GB).
out=$(fresh_dir limits_fifo_image)
hostile limits_fifo_image nonzero "fifo\.png: is a FIFO" --absent "$out/*" -- \
    "$MRCNN" detect --config "$CFG" --weights "$W" --image "$SCRATCH/fifo.png" \
    --json "$out/d.json"
hostile limits_devzero_image nonzero "/dev/zero: is a character device" -- \
    "$MRCNN" bench --config "$CFG" --weights "$W" --image /dev/zero --runs 1
hostile limits_fifo_config nonzero "fifo\.json: is a FIFO" -- \
    "$MRCNN" config --config "$SCRATCH/fifo.json"
hostile limits_devzero_config nonzero "/dev/zero: is a character device" -- \
    "$MRCNN" detect --config /dev/zero --weights "$W" --image "$IMG"
hostile limits_fifo_weights nonzero "fifo\.h5: is a FIFO" -- "$MRCNN" info "$SCRATCH/fifo.h5"
hostile limits_devzero_weights nonzero "/dev/zero: is a character device" -- \
    "$MRCNN" weights stats /dev/zero
hostile limits_fifo_dataset nonzero "fifo\.json: is a FIFO" -- \
    "$MRCNN" dataset info "$SCRATCH/fifo.json"
hostile limits_devzero_dataset nonzero "/dev/zero: is a character device" -- \
    "$MRCNN" dataset info /dev/zero
hostile limits_fifo_results nonzero "fifo\.json: is a FIFO" -- \
    "$MRCNN" eval --gt "$DATA/datasets/coco/annotations/instances_val2017.json" --dt "$SCRATCH/fifo.json"
hostile limits_dir_as_config nonzero "$SCRATCH: is a directory" -- \
    "$MRCNN" detect --config "$SCRATCH" --weights "$W" --image "$IMG"

# Symlink loops are named as such, not "file not found".
hostile limits_loop_image nonzero "loop_a\.png: symlink loop" -- \
    "$MRCNN" detect --config "$CFG" --weights "$W" --image "$SCRATCH/loop_a.png"
hostile limits_loop_config nonzero "loop_c\.json: symlink loop" -- "$MRCNN" config --config "$SCRATCH/loop_c.json"
hostile limits_loop_dataset nonzero "loop_c\.json: symlink loop" -- \
    "$MRCNN" dataset info "$SCRATCH/loop_c.json"
hostile limits_loop_weights nonzero "loop_a\.png: symlink loop" -- "$MRCNN" info "$SCRATCH/loop_a.png"

# --threads: 0 to 4 x cores; thousands of threads would hang the machine.
hostile limits_threads_huge nonzero "--threads.*10000.*not in range" -- \
    "$MRCNN" detect --config "$CFG" --weights "$W" --image "$IMG" --threads 10000
hostile limits_threads_negative nonzero "--threads.*-1.*not in range" -- \
    "$MRCNN" bench --config "$CFG" --weights "$W" --image "$IMG" --threads -1
hostile limits_threads_train nonzero "--threads 10000 is out of range" --absent "$SCRATCH/train_threads/*.h5" -- \
    "$MRCNN" train --config "$CFG" --dataset shapes:2 --layers heads --epochs 1 --steps 1 \
    --threads 10000 --out "$SCRATCH/train_threads"

# .h5 datasets: 2^40 declared elements (even `info` read them) and 10^8 in a 4 KB file.
hostile limits_h5_2pow40_info nonzero \
    "declared_2pow40\.h5: dataset 'mrcnn_class_logits/.*' declares shape \[1048576, 1048576\].*absurd" -- \
    "$MRCNN" info "$HOSTILE/limits/declared_2pow40.h5"
hostile limits_h5_2pow40_stats nonzero "declared_2pow40\.h5: .*absurd for a layer" -- \
    "$MRCNN" weights stats "$HOSTILE/limits/declared_2pow40.h5"
hostile limits_h5_beyond_file nonzero \
    "declared_beyond_file\.h5: .*400000000 bytes, but the file has only [0-9]+ bytes" -- \
    "$MRCNN" info "$HOSTILE/limits/declared_beyond_file.h5"

# A COCO polygon vertex at 1e7: the RLE edge walk would make hundreds of MB of points.
python3 - "$SCRATCH/far_polygon.json" <<'PY'
import json, sys
doc = {"images": [{"id": 1, "file_name": "shapes_001.png", "width": 128, "height": 128}],
       "categories": [{"id": 1, "name": "square"}],
       "annotations": [{"id": 7, "image_id": 1, "category_id": 1, "iscrowd": 0, "area": 100,
                        "bbox": [10, 10, 10, 10],
                        "segmentation": [[10, 10, 1e7, 10, 20, 20]]}]}
json.dump(doc, open(sys.argv[1], "w"))
PY
echo '[]' >"$SCRATCH/empty_results.json"
hostile limits_far_polygon nonzero "far_polygon\.json.*annotations\[0\] \(id 7\).*vertex 1 .*too far outside" -- \
    "$MRCNN" eval --gt "$SCRATCH/far_polygon.json" --dt "$SCRATCH/empty_results.json"
