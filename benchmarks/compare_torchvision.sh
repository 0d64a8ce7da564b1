#!/usr/bin/env bash
# `mrcnn bench` of the COCO configuration (ResNet-101, 1024², random weights) against
# torchvision's R101-FPN Mask R-CNN on the same image, in one run on the same cores: the ratio
# issue 14 asks for. Needs Debian's python3-torchvision (apt-get install python3-torchvision).
# Usage: benchmarks/compare_torchvision.sh [MRCNN] [RUNS] [extra mrcnn options, e.g. --no-autotune]
set -euo pipefail
cd "$(dirname "$0")/.."
mrcnn=${1:-build/app/mrcnn}
runs=${2:-3}
shift $(($# > 2 ? 2 : $#))
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$mrcnn" init-weights --config coco --out "$work/coco.h5" --seed 1 > /dev/null
# The demo image scaled to 1024² (an RGB PNG both programs read).
/usr/bin/python3 - "$work/image.png" <<'PY'
import sys, torch
from torchvision.io import read_image, write_png
image = read_image("resources/demo/images/shapes_demo.png")[:3].unsqueeze(0).float()
big = torch.nn.functional.interpolate(image, size=(1024, 1024), mode="bilinear")
write_png(big[0].round().clamp(0, 255).to(torch.uint8), sys.argv[1])
PY
"$mrcnn" "$@" bench --config coco --weights "$work/coco.h5" --image "$work/image.png" \
  --runs "$runs" --json "$work/bench.json" | tail -2
ours=$(/usr/bin/python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['total_s'])" "$work/bench.json")
peer_line=$(/usr/bin/python3 benchmarks/torchvision_r101.py "$work/image.png" "$runs")
echo "$peer_line"
peer=$(echo "$peer_line" | sed -E 's/.*: ([0-9.]+) s median.*/\1/')
/usr/bin/python3 -c "print(f'mrcnn {float($ours):.3f} s / torchvision {float($peer):.3f} s = {float($ours)/float($peer):.2f}')"
