# Configs that pass the original's checks but would allocate gigabytes, or that crash the JSON
# parser (sourced by run_hostile.sh). Each message names the key (or line), value and limit.
IMG="$DATA/images/shapes_001.png"
# The micro config with one key changed: config_with KEY VALUE > file.
config_with() {
    python3 -c 'import json,sys; c=json.load(open(sys.argv[1])); c[sys.argv[2]]=json.loads(sys.argv[3]); print(json.dumps(c))' \
        "$CFG" "$1" "$2"
}
for kv in "POST_NMS_ROIS_INFERENCE 1000000000 20000" "PRE_NMS_LIMIT 1000000000 1000000" \
    "DETECTION_MAX_INSTANCES 1000000000 5000" "IMAGE_MAX_DIM 65536 4096" \
    "TRAIN_ROIS_PER_IMAGE 100000000 10000" "MAX_GT_INSTANCES 100000000 10000"; do
    read -r key value limit <<<"$kv"
    config_with "$key" "$value" >"$SCRATCH/cfg_$key.json"
    out=$(fresh_dir "config_$key")
    hostile "config_bound_$key" nonzero "cfg_$key\.json.*$key: $value is more than the limit of $limit" \
        --absent "$out/*" -- \
        "$MRCNN" detect --config "$SCRATCH/cfg_$key.json" --weights "$W" --image "$IMG" \
        --json "$out/d.json"
done
# 2e10 used to wrap to a negative class count.
config_with NUM_CLASSES 2e10 >"$SCRATCH/cfg_classes.json"
hostile config_num_classes_2e10 nonzero "cfg_classes\.json.*NUM_CLASSES: 20000000000(\.0)? is out of range" -- \
    "$MRCNN" config --config "$SCRATCH/cfg_classes.json"
# 1e400 used to give nlohmann's raw message.
sed 's/"NUM_CLASSES": *[0-9]*/"NUM_CLASSES": 1e400/' "$CFG" >"$SCRATCH/cfg_1e400.json"
hostile config_1e400 nonzero "cfg_1e400\.json: line [0-9]+, column [0-9]+.*number 1e400 is out of range" -- \
    "$MRCNN" detect --config "$SCRATCH/cfg_1e400.json" --weights "$W" --image "$IMG"
# JSON nested 100,000 deep used to overflow the stack (SIGSEGV): config, dataset and results.
python3 -c 'import sys; print("{\"NUM_CLASSES\": " + "[" * 100000 + "]" * 100000 + "}")' \
    >"$SCRATCH/deep.json"
hostile config_deep_json nonzero "deep\.json: line 1, column [0-9]+.*nested deeper than 512" -- \
    "$MRCNN" config --config "$SCRATCH/deep.json"
hostile config_deep_json_detect nonzero "deep\.json.*nested deeper than 512" -- \
    "$MRCNN" detect --config "$SCRATCH/deep.json" --weights "$W" --image "$IMG"
hostile config_deep_json_dataset nonzero "deep\.json: line 1, column [0-9]+.*nested deeper than 512" -- \
    "$MRCNN" dataset info "$SCRATCH/deep.json"
hostile config_deep_json_results nonzero "deep\.json: line 1, column [0-9]+.*nested deeper than 512" -- \
    "$MRCNN" eval --gt "$DATA/datasets/coco/annotations/instances_val2017.json" --dt "$SCRATCH/deep.json"
# A syntax error: file, line and column in plain words.
printf '{\n  "NUM_CLASSES": 4,\n  "IMAGE_MAX_DIM": tru\n}\n' >"$SCRATCH/cfg_syntax.json"
hostile config_syntax_error nonzero "cfg_syntax\.json: line 3, column [0-9]+ \(byte [0-9]+\): malformed JSON" -- \
    "$MRCNN" config --config "$SCRATCH/cfg_syntax.json"
