#!/usr/bin/env python3
"""Writes the hostile dataset corpus: OUTDIR/datasets/<case>/... (small files only).

Each case is a dataset with one silent defect that the readers must now report: nucleus masks
that are not 0/255 or are colour, a mask of the wrong size that sorts first, duplicate COCO ids,
empty VIA polygons and an image whose regions are all unusable, xBD empty and degenerate
geometries, and COCO results with unknown categories, negative boxes, missing scores or images
not in the ground truth. Standard library only (PNGs are written by hand)."""
import json
import struct
import sys
import zlib
from pathlib import Path


def png(path, rows, channels=1):
    """rows: list of rows; each row a list of pixel values (ints, or tuples for colour)."""
    height, width = len(rows), len(rows[0])
    colour_type = {1: 0, 3: 2, 4: 6}[channels]
    raw = b""
    for row in rows:
        raw += b"\x00"
        for v in row:
            raw += bytes(v) if channels > 1 else bytes([v])

    def chunk(kind, data):
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    header = struct.pack(">IIBBBBB", width, height, 8, colour_type, 0, 0, 0)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw))
                     + chunk(b"IEND", b""))


def square(height, width, inside, outside=0):
    return [[inside if 1 <= r <= 2 and 1 <= c <= 2 else outside for c in range(width)]
            for r in range(height)]


def write_json(path, value):
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(value, indent=1) + "\n")


def nucleus(out):
    grey_image = [[(9, 9, 9)] * 5 for _ in range(4)]
    # Masks of 0/1 and a grey 128: read, thresholded at > 0, reported.
    root = out / "nucleus_values"
    png(root / "a/images/a.png", grey_image, 3)
    png(root / "a/masks/1.png", square(4, 5, 1))
    soft = square(4, 5, 255)
    soft[0][0] = 128
    png(root / "a/masks/2.png", soft)
    png(root / "a/masks/3.png", square(4, 5, (255, 255, 255), (0, 0, 0)), 3)  # grey as RGB
    png(root / "a/masks/4.png", square(4, 5, 0))  # empty
    # A red mask: channels differ, refused.
    root = out / "nucleus_colour"
    png(root / "a/images/a.png", grey_image, 3)
    png(root / "a/masks/1.png", square(4, 5, (255, 0, 0), (0, 0, 0)), 3)
    # The odd-size mask sorts first: it must be the one named.
    root = out / "nucleus_size"
    png(root / "a/images/a.png", grey_image, 3)
    png(root / "a/masks/1_odd.png", square(3, 5, 255))
    png(root / "a/masks/2.png", square(4, 5, 255))
    png(root / "a/masks/3.png", square(4, 5, 255))


def coco(out):
    poly = [[1, 1, 5, 1, 5, 5, 1, 5]]
    write_json(out / "coco_duplicates.json", {
        "images": [{"id": 1, "file_name": "a.png", "width": 8, "height": 8},
                   {"id": 1, "file_name": "b.png", "width": 8, "height": 8}],
        "categories": [{"id": 3, "name": "car"}, {"id": 3, "name": "truck"}],
        "annotations": [
            {"id": 5, "image_id": 1, "category_id": 3, "segmentation": poly, "iscrowd": 0},
            {"id": 5, "image_id": 1, "category_id": 3, "segmentation": poly, "iscrowd": 0},
        ]})
    gt = {"images": [{"id": 1, "file_name": "a.png", "width": 8, "height": 8}],
          "categories": [{"id": 1, "name": "a"}],
          "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "segmentation": poly,
                           "area": 16, "bbox": [1, 1, 4, 4], "iscrowd": 0}]}
    write_json(out / "results/gt.json", gt)
    good = {"image_id": 1, "category_id": 1, "bbox": [1, 1, 4, 4], "score": 0.9}
    write_json(out / "results/unknown_category.json", [good, dict(good, category_id=99)])
    write_json(out / "results/negative_box.json", [good, dict(good, bbox=[1, 1, -4, 4])])
    write_json(out / "results/missing_score.json",
               [good, {"image_id": 1, "category_id": 1, "bbox": [1, 1, 4, 4]}])
    write_json(out / "results/unknown_image.json", [good, dict(good, image_id=77)])


def via(out):
    root = out / "via_empty_polygons"
    png(root / "a.png", [[(1, 2, 3)] * 10 for _ in range(8)], 3)
    png(root / "b.png", [[(1, 2, 3)] * 7 for _ in range(6)], 3)

    def polygon(xs, ys):
        return {"shape_attributes": {"name": "polygon", "all_points_x": xs, "all_points_y": ys},
                "region_attributes": {}}

    write_json(root / "via_region_data.json", {
        "a.png1": {"filename": "a.png", "size": 1, "regions": {
            "0": polygon([], []), "1": polygon([1, 5], [1, 5]),
            "2": polygon([1, 5, 5], [1, 1, 5])}},
        "b.png1": {"filename": "b.png", "size": 1, "regions": {"0": polygon([2], [2])}}})


def xbd(out):
    write_json(out / "xbd_degenerate/labels/d_post_disaster.json", {
        "features": {"lng_lat": [], "xy": [
            {"properties": {"subtype": "destroyed", "uid": "e"}, "wkt": "POLYGON EMPTY"},
            {"properties": {"subtype": "destroyed", "uid": "l"},
             "wkt": "POLYGON ((1 1, 3 3, 5 5, 1 1))"},
            {"properties": {"subtype": "destroyed", "uid": "o"},
             "wkt": "POLYGON ((20 20, 30 20, 30 30, 20 20))"},
            {"properties": {"subtype": "no-damage", "uid": "g"},
             "wkt": "POLYGON ((1 1, 5 1, 5 5, 1 5, 1 1))"}]},
        "metadata": {"img_name": "d_post_disaster.png", "width": 8, "height": 8}})


def main():
    out = Path(sys.argv[1]) / "datasets"
    nucleus(out)
    coco(out)
    via(out)
    xbd(out)


if __name__ == "__main__":
    main()
