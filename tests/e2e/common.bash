# Shared set-up of the e2e scripts that run the micro model (sourced, not a test itself):
# arguments MRCNN_BINARY TEST_DATA_DIR; a scratch folder $OUT removed on exit; fail MESSAGE.
set -euo pipefail
MRCNN="$1"
DATA="$2"
OUT="$(mktemp -d)"
trap 'rm -rf "$OUT"' EXIT
CFG="$DATA/runs/shapes_micro.json"
W="$DATA/runs/shapes_micro_seed3.h5"
fail() { echo "FAIL: $*" >&2; exit 1; }
