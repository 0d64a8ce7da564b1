#pragma once
// One image's ground truth and detections as COCO annotations, as build_coco_results and
// the original's load_mask give them: ground truth as RLE with bbox and area from the RLE (a
// negative class id is a crowd of the positive id); a detection's bbox [x1, y1, x2 - x1,
// y2 - y1] from its roi, its score, its mask's RLE and area w * h, or, without masks, its box
// as the polygon COCO.loadRes draws. Annotation ids continue the list they are appended to
// (1-based), so an image's k-th detection has id (ids before it) + k + 1.

#include <cstdint>
#include <functional>
#include <vector>

#include <torch/types.h>

#include "coco/coco_dataset.h"
#include "inspection/inspection.h"

namespace mrcnn::metrics {

// Maps a positive class id to its COCO category id; throws for one it does not know.
using CategoryOf = std::function<int64_t(int64_t classId)>;

// Appends instances of bool masks [H, W, G] with class ids [G] (negative: crowd).
void appendGroundTruth(std::vector<coco::CocoAnnotation>& annotations, int64_t imageId,
                       const torch::Tensor& masks, const torch::Tensor& classIds,
                       const CategoryOf& categoryOf);

// Appends the detections (original pixels, masks [height, width, n] or undefined); returns
// whether they came with masks. Throws std::invalid_argument when the masks are not
// height x width.
bool appendDetections(std::vector<coco::CocoAnnotation>& results, int64_t imageId, int64_t height,
                      int64_t width, const Detections& detections, const CategoryOf& categoryOf);

}  // namespace mrcnn::metrics
