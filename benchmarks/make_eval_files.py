#!/usr/bin/env python3
"""Synthetic COCO ground truth and results for timing `mrcnn eval` (benchmarks/eval_speed.sh).

Standard library only (no numpy, no pycocotools): every mask is an ellipse written directly as
a compressed COCO RLE, column by column, so even 20,000 detections of 512x512 are made in
seconds. Detections are jittered copies of the ground truth (some with the wrong class), plus
background false positives, with random scores; a few GT instances are crowds.

  make_eval_files.py --images 20 --size 512 --detections 1938 --out DIR [--seed 1]
writes DIR/gt.json and DIR/dt.json.
"""
import argparse
import json
import math
import os
import random

CLASSES = ["circle", "square", "triangle", "star", "ring"]


def ellipse_runs(cx, cy, rx, ry, h, w):
    """Column-major (start, end) pixel intervals of the ellipse, clipped to the image."""
    runs = []
    for x in range(max(0, int(cx - rx) - 1), min(w, int(cx + rx) + 2)):
        dx = (x + 0.5 - cx) / rx
        if abs(dx) >= 1:
            continue
        half = ry * math.sqrt(1 - dx * dx)
        y0 = max(0, math.ceil(cy - half - 0.5))
        y1 = min(h, math.floor(cy + half - 0.5) + 1)
        if y1 > y0:
            runs.append((x * h + y0, x * h + y1))
    return runs


def counts_of(runs, h, w):
    """RLE counts (zeros first) of sorted, disjoint intervals; adjacent ones are merged."""
    counts, pos = [], 0
    for start, end in runs:
        if counts and start == pos and len(counts) % 2 == 0:
            counts[-1] += end - start  # continues the previous foreground run
        else:
            counts += [start - pos, end - start]
        pos = end
    counts.append(h * w - pos)
    return counts


def compress(counts):
    """pycocotools' rleToString: 5 bits a char (+48), delta against the count two back."""
    out = []
    for i, c in enumerate(counts):
        x = c - counts[i - 2] if i > 2 else c
        more = True
        while more:
            ch = x & 0x1F
            x >>= 5
            more = (x != -1) if (ch & 0x10) else (x != 0)
            if more:
                ch |= 0x20
            out.append(chr(ch + 48))
    return "".join(out)


def rle(cx, cy, rx, ry, h, w):
    runs = ellipse_runs(cx, cy, rx, ry, h, w)
    counts = counts_of(runs, h, w)
    area = sum(e - s for s, e in runs)
    if not runs:
        return None
    xs = [s // h for s, _ in runs]
    ys0 = [s % h for s, _ in runs]
    ys1 = [(e - 1) % h + 1 for _, e in runs]
    box = [min(xs), min(ys0), max(xs) + 1 - min(xs), max(ys1) - min(ys0)]
    return {"size": [h, w], "counts": compress(counts)}, area, box


def main():
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--images", type=int, default=20)
    ap.add_argument("--size", type=int, default=512)
    ap.add_argument("--detections", type=int, default=1938, help="total over all images")
    ap.add_argument("--gt-per-image", type=int, default=8)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    rnd = random.Random(a.seed)
    s = a.size
    gt = {"images": [], "annotations": [],
          "categories": [{"id": k + 1, "name": n} for k, n in enumerate(CLASSES)]}
    dets = []
    objects = {}
    for i in range(a.images):
        iid = i + 1
        gt["images"].append({"id": iid, "width": s, "height": s, "file_name": f"{iid:05d}.png"})
        objects[iid] = []
        for _ in range(a.gt_per_image):
            r = (rnd.uniform(4, s / 6), rnd.uniform(4, s / 6))
            o = (rnd.uniform(r[0], s - r[0]), rnd.uniform(r[1], s - r[1])) + r
            made = rle(*o, s, s)
            if not made:
                continue
            seg, area, box = made
            cat = rnd.randint(1, len(CLASSES))
            objects[iid].append((o, cat))
            gt["annotations"].append({"id": len(gt["annotations"]) + 1, "image_id": iid,
                                      "category_id": cat, "segmentation": seg, "area": area,
                                      "bbox": box, "iscrowd": int(rnd.random() < 0.05)})
    for n in range(a.detections):
        iid = n % a.images + 1
        if objects[iid] and rnd.random() < 0.7:  # a jittered copy of a GT instance
            (cx, cy, rx, ry), cat = rnd.choice(objects[iid])
            j = rnd.uniform(0, 0.4)
            o = (cx + rnd.gauss(0, j * rx), cy + rnd.gauss(0, j * ry),
                 rx * rnd.uniform(1 - j, 1 + j), ry * rnd.uniform(1 - j, 1 + j))
            if rnd.random() < 0.15:
                cat = rnd.randint(1, len(CLASSES))
        else:  # background
            r = (rnd.uniform(3, s / 8), rnd.uniform(3, s / 8))
            o = (rnd.uniform(0, s), rnd.uniform(0, s)) + r
            cat = rnd.randint(1, len(CLASSES))
        made = rle(*o, s, s)
        if not made:
            continue
        seg, _, box = made
        dets.append({"image_id": iid, "category_id": cat, "bbox": box,
                     "score": round(rnd.random(), 6), "segmentation": seg})
    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "gt.json"), "w") as f:
        json.dump(gt, f)
    with open(os.path.join(a.out, "dt.json"), "w") as f:
        json.dump(dets, f)
    print(f"{a.out}: {a.images} images of {s}x{s}, {len(gt['annotations'])} GT, {len(dets)} detections")


if __name__ == "__main__":
    main()
