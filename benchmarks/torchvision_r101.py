#!/usr/bin/python3
"""torchvision's Mask R-CNN with a ResNet-101 FPN backbone on one 1024x1024 image: the peer
that `mrcnn bench` of the COCO configuration is compared with (issue 14). Weights are random,
as the project's own benchmark model's are; the image is the same file.

Usage: torchvision_r101.py IMAGE [RUNS] [THREADS (default: all cores)]   prints the median seconds of RUNS runs."""
import os
import statistics
import sys
import time

import torch
import torchvision
from torchvision.io import read_image
from torchvision.models.detection import MaskRCNN
from torchvision.models.detection.backbone_utils import resnet_fpn_backbone

image_path = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 3
# All cores, as `mrcnn bench` uses by default (Debian's torch starts with one thread).
torch.set_num_threads(int(sys.argv[3]) if len(sys.argv) > 3 else os.cpu_count())
torch.manual_seed(0)
backbone = resnet_fpn_backbone(backbone_name="resnet101", weights=None, trainable_layers=0)
model = MaskRCNN(backbone, num_classes=81, min_size=1024, max_size=1024).eval()
image = read_image(image_path).float() / 255.0
with torch.inference_mode():
    model([image])  # warm-up
    seconds = []
    for _ in range(runs):
        start = time.perf_counter()
        out = model([image])
        seconds.append(time.perf_counter() - start)
print(f"torchvision {torchvision.__version__} (torch {torch.__version__}, "
      f"{torch.get_num_threads()} threads) R101-FPN Mask R-CNN at 1024: "
      f"{statistics.median(seconds):.3f} s median of {runs}, {len(out[0]['boxes'])} detections")
