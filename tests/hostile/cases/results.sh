# COCO results files (`eval --gt --dt`) with bad records (sourced by run_hostile.sh). As in
# pycocotools, an image id not in the ground truth (loadRes asserts) or a missing score (COCOeval
# sorts by it) refuses the file; records COCOeval would only ignore (an unknown category, a box
# of negative size) are skipped with a counted warning naming the first.
R="$HOSTILE/datasets/results"

hostile results_unknown_category 0 "warning: .*unknown_category\.json: 1 of 2 detections name a category that is not in the ground truth, skipped \(first: detection 1: category_id 99" -- \
    "$MRCNN" eval --gt "$R/gt.json" --dt "$R/unknown_category.json"
hostile results_negative_box 0 "warning: .*negative_box\.json: 1 of 2 detections have a box of negative width or height, skipped \(first: detection 1: bbox \[1,1,-4,4\]" -- \
    "$MRCNN" eval --gt "$R/gt.json" --dt "$R/negative_box.json"
out=$(fresh_dir results_missing_score)
hostile results_missing_score nonzero "missing_score\.json: detection 1: missing key 'score'" --absent "$out/*" -- \
    "$MRCNN" eval --gt "$R/gt.json" --dt "$R/missing_score.json" --json "$out/e.json"
out=$(fresh_dir results_unknown_image)
hostile results_unknown_image nonzero "unknown_image\.json: detection 1: image_id 77 is not in the ground truth" --absent "$out/*" -- \
    "$MRCNN" eval --gt "$R/gt.json" --dt "$R/unknown_image.json" --json "$out/e.json"
