#!/usr/bin/env bash
# Installs what is missing, builds, and opens the inspector on the embedded demo model.
# Without a display it writes every figure of the demo run to demo-figures/ instead.
set -euo pipefail
cd "$(dirname "$0")/.."
bash packaging/install-deps.sh
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build "$BUILD_DIR" --target mrcnn-inspector mrcnn
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$BUILD_DIR"/app/mrcnn-inspector "$@"
fi
echo "No display: writing the demo's figures to demo-figures/ (open them with any viewer)."
weights=resources/demo/shapes.h5
if [ ! -f "$weights" ]; then
  weights="$BUILD_DIR"/demo-untrained.h5
  "$BUILD_DIR"/app/mrcnn init-weights --config resources/demo/shapes.json --out "$weights" --seed 1
fi
# The demo image's ground truth (as the window loads it) gives the RPN-target, GT-mask and
# evaluation figures too.
"$BUILD_DIR"/app/mrcnn figure --stage all --config resources/demo/shapes.json --weights "$weights" \
  --image resources/demo/images/shapes_demo.png --annotation resources/demo/shapes_demo_coco.json \
  --out demo-figures
