# Datasets with one silent defect each (sourced by run_hostile.sh; corpus from gen_datasets.py):
# `dataset info` lists the problem with file, record and reason, and the reader skips or fixes
# the record as the message says.
D="$HOSTILE/datasets"
# The framework checks one pattern per run; further lines of the same output are checked on the
# log the first case left ($SCRATCH/NAME.log), so each command runs once.

# Nucleus masks of 0/1 or with a grey 128 are thresholded at > 0; a grey mask stored as RGB is
# read as grey; an empty mask is skipped: each reported, the instances counted (3 of 4).
hostile nucleus_nonbinary_masks 0 "nucleus_values/a/masks/1\.png: image 'a': 2 of 4 masks have values other than 0 and the maximum.*thresholded at > 0" -- \
    "$MRCNN" dataset info "$D/nucleus_values"
hostile nucleus_grey_rgb_mask 0 "nucleus_values/a/masks/3\.png: image 'a': 1 of 4 masks are colour images with equal colour channels.*read as grey" -- \
    cat "$SCRATCH/nucleus_nonbinary_masks.log"
hostile nucleus_empty_mask 0 "nucleus_values/a/masks/4\.png: image 'a': mask is empty \(no non-zero pixel\), skipped" -- \
    cat "$SCRATCH/nucleus_nonbinary_masks.log"
hostile nucleus_counts_kept_masks 0 "^  nucleus +3$" -- \
    cat "$SCRATCH/nucleus_nonbinary_masks.log"
# A red mask has no one meaning: the image's masks are refused, naming the mask file.
hostile nucleus_colour_mask 0 "nucleus_colour/a/masks/1\.png: image 'a': colour mask whose colour channels differ" -- \
    "$MRCNN" dataset info "$D/nucleus_colour"
# The mask of the wrong size sorts first: it is the one blamed (the image decides).
hostile nucleus_odd_size_blamed 0 "nucleus_size/a/masks/1_odd\.png: image 'a': mask is 3x5 but the image is 4x5" -- \
    "$MRCNN" dataset info "$D/nucleus_size"

# COCO duplicate ids: the first record is kept, the later ones listed (not "missing").
hostile coco_duplicate_image_id 0 "coco_duplicates\.json: images\[1\] \(id 1\): duplicate image id 1 \(first in images\[0\]\), skipped" -- \
    "$MRCNN" dataset info "$D/coco_duplicates.json" --skip-image-check
hostile coco_duplicate_category_id 0 "coco_duplicates\.json: categories\[1\] \(id 3\): duplicate category id 3" -- \
    cat "$SCRATCH/coco_duplicate_image_id.log"
hostile coco_duplicate_annotation_id 0 "coco_duplicates\.json: annotations\[1\] \(id 5\): duplicate annotation id 5 \(first in annotations\[0\]\)" -- \
    cat "$SCRATCH/coco_duplicate_image_id.log"
hostile coco_duplicates_counted_once 0 "^  car +1$" -- \
    cat "$SCRATCH/coco_duplicate_image_id.log"
# Evaluation has no list to keep them in: it refuses the ground truth.
hostile coco_duplicates_eval nonzero "coco_duplicates\.json: images\[1\] \(id 1\): duplicate image id 1" -- \
    "$MRCNN" eval --gt "$D/coco_duplicates.json" --dt "$D/results/unknown_category.json"

# VIA polygons of 0, 2 and 1 points are skipped; b.png, left with none, stays as an image
# without instances.
hostile via_empty_polygon 0 "via_region_data\.json: image 'a\.png1', region 0: polygon has 0 points \(at least 3 needed for an area\), region skipped" -- \
    "$MRCNN" dataset info "$D/via_empty_polygons"
hostile via_two_point_polygon 0 "image 'a\.png1', region 1: polygon has 2 points" -- \
    cat "$SCRATCH/via_empty_polygon.log"
hostile via_image_kept_without_regions 0 "image 'b\.png1': every region was skipped, image kept without instances" -- \
    cat "$SCRATCH/via_empty_polygon.log"
hostile via_image_kept_counts 0 "^images: +2$" -- \
    cat "$SCRATCH/via_empty_polygon.log"

# xBD: POLYGON EMPTY, a zero-area polygon and one outside the image are skipped and named.
hostile xbd_polygon_empty 0 "d_post_disaster\.json: features\.xy\[0\]: empty geometry \(POLYGON EMPTY\), feature skipped" -- \
    "$MRCNN" dataset info "$D/xbd_degenerate" --skip-image-check
hostile xbd_zero_area 0 "features\.xy\[1\]: degenerate polygon of zero area" -- \
    cat "$SCRATCH/xbd_polygon_empty.log"
hostile xbd_outside_image 0 "features\.xy\[2\]: polygon lies wholly outside the 8x8 image" -- \
    cat "$SCRATCH/xbd_polygon_empty.log"
hostile xbd_kept_building 0 "^  no-damage +1$" -- \
    cat "$SCRATCH/xbd_polygon_empty.log"

# shapes:COUNT[xSIZE] out of bounds: refused before anything is generated.
hostile shapes_absurd_count nonzero "shapes:2000000000: count 2000000000 is too large \(at most 100000\)" -- \
    "$MRCNN" dataset info shapes:2000000000
hostile shapes_absurd_size nonzero "shapes:10x100000: size 100000 is too large \(at most 4096\)" -- \
    "$MRCNN" dataset info shapes:10x100000
out=$(fresh_dir shapes_absurd_eval)
hostile shapes_absurd_count_eval nonzero "count 2000000000 is too large" --absent "$out/*" -- \
    "$MRCNN" eval --config "$CFG" --weights "$W" --dataset shapes:2000000000 \
    --json "$out/e.json" --results "$out/r.json"

# A nucleus mask whose header declares 20000² pixels: refused by the image loader's pixel limit
# before decoding, the mask file named (made here: a PNG header with a token of data).
bomb="$SCRATCH/nucleus_bomb"
mkdir -p "$bomb/a/images" "$bomb/a/masks"
cp "$DATA/images/shapes_001.png" "$bomb/a/images/a.png"
python3 - "$bomb/a/masks/1.png" <<'PY'
import struct, sys, zlib
def chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
header = struct.pack(">IIBBBBB", 20000, 20000, 8, 0, 0, 0, 0)
with open(sys.argv[1], "wb") as f:
    f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header)
            + chunk(b"IDAT", zlib.compress(b"\0" * 1000)) + chunk(b"IEND", b""))
PY
hostile nucleus_mask_over_pixel_limit 0 "nucleus_bomb/a/masks/1\.png.*20000x20000 = 400000000 pixels is over the limit" -- \
    "$MRCNN" dataset info "$bomb"

# Two finds of the fuzzers (2026-12-05). A nucleus mask with "DICM" at byte 128 and no image
# signature went to OpenCV's DICOM decoder, whose assertion aborted the process: only PNG, JPEG,
# BMP, TIFF, WebP and PNM reach a decoder now.
dicm="$SCRATCH/nucleus_dicm"
mkdir -p "$dicm/a/images" "$dicm/a/masks"
cp "$DATA/images/shapes_001.png" "$dicm/a/images/a.png"
python3 -c "import sys; b = bytearray(b'\xff' * 200); b[128:132] = b'DICM'; open(sys.argv[1], 'wb').write(bytes(b))" \
    "$dicm/a/masks/1.png"
hostile nucleus_mask_dicom_signature 0 "nucleus_dicm/a/masks/1\.png: not an image in a format read here \(PNG, JPEG, BMP, TIFF, WebP, PNM\)" -- \
    "$MRCNN" dataset info "$dicm"
# A COCO polygon vertex at y = 2e11 passed the reader and failed later, in loadMask, naming
# neither file nor record: found when the file is opened now, that annotation skipped.
far="$SCRATCH/coco_far_vertex.json"
cat >"$far" <<'JSON'
{"images": [{"id": 4, "file_name": "a.png", "height": 6, "width": 8}],
 "categories": [{"id": 1, "name": "a"}],
 "annotations": [
  {"id": 10, "image_id": 4, "category_id": 1, "segmentation": [[1, 1, 4, 1, 4, 4]]},
  {"id": 11, "image_id": 4, "category_id": 1, "segmentation": [[1, 1, 4, 214748364820, 4, 4]]}]}
JSON
hostile coco_far_vertex 0 "coco_far_vertex\.json: 1 annotations have a polygon or box vertex far outside their image, skipped \(the first: annotations\[1\] \(id 11\): polygon vertex 1" -- \
    "$MRCNN" dataset info "$far" --skip-image-check
