#pragma once
// COCO run-length encoding, as pycocotools' maskApi does it: column-major runs starting
// with zeros, the compressed string form (LEB128-like, 6 bits a char, delta against the run
// two back), area, bounding box, IoU with crowd handling, and polygon rasterisation
// (rleFrPoly: upsampled by 5, the exact pycocotools rule).

#include <array>
#include <cstdint>
#include <string>
#include <vector>

namespace mrcnn::coco {

struct Rle {
    int64_t height = 0;
    int64_t width = 0;
    std::vector<uint32_t> counts;
};

// mask: row-major bytes (0/non-0) [h, w].
Rle encode(const uint8_t* mask, int64_t height, int64_t width);
std::vector<uint8_t> decode(const Rle& rle);                               // row-major [h, w], 0/1
std::string toString(const Rle& rle);                                      // compressed counts
Rle fromString(const std::string& counts, int64_t height, int64_t width);  // throws on garbage
uint64_t area(const Rle& rle);
std::array<double, 4> toBbox(const Rle& rle);  // x, y, w, h
Rle fromPolygon(const std::vector<double>& xy, int64_t height, int64_t width);
// What fromPolygon refuses before rasterising: a vertex not finite, or more than four image sizes
// outside the image (it cannot change the mask, and the edge walk would grow without bound).
// Throws std::invalid_argument naming the vertex.
void checkPolygonBounds(const std::vector<double>& xy, int64_t height, int64_t width);
Rle merge(const std::vector<Rle>& rles, bool intersect = false);
// Pixels set in both (same height and width; the caller checks).
uint64_t intersectionArea(const Rle& a, const Rle& b);
// pycocotools rleIou: [dt, gt]; iscrowd[g] makes the union the dt area.
std::vector<double> iou(const std::vector<Rle>& dt, const std::vector<Rle>& gt,
                        const std::vector<uint8_t>& iscrowd);
// The same on the annotations' own RLEs (evaluations pass pointers: no copies of the runs).
std::vector<double> iou(const std::vector<const Rle*>& dt, const std::vector<const Rle*>& gt,
                        const std::vector<uint8_t>& iscrowd);

// pycocotools rleFrBbox: the box [x, y, w, h] as a 4-point polygon through fromPolygon.
Rle fromBbox(const std::array<double, 4>& xywh, int64_t height, int64_t width);
// pycocotools bbIou on [x, y, w, h] boxes: [dt, gt] row-major; crowd union = dt area.
std::vector<double> bboxIou(const std::vector<std::array<double, 4>>& dt,
                            const std::vector<std::array<double, 4>>& gt,
                            const std::vector<uint8_t>& iscrowd);
// Throws std::invalid_argument unless the runs add up to height * width.
void validate(const Rle& rle);

}  // namespace mrcnn::coco
