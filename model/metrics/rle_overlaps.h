#pragma once
// The original's compute_overlaps_masks computed on COCO RLEs instead of dense [H, W, N]
// bitmaps: memory linear in the runs, and pairs whose mask boxes are disjoint are never walked.
// The values are the dense path's bit for bit: its matmul of 0/1 float32 masks gives exact
// integer intersections and areas (below 2^24 pixels a mask), and the IoU is the float32
// division inter / ((area1 + area2) - inter).

#include <torch/types.h>

#include <vector>

#include "coco/mask_overlaps.h"
#include "coco/rle.h"

namespace mrcnn::metrics {

// [N1, N2] float32 (float64 zeros when a set is empty). Every mask must have the same size;
// throws std::invalid_argument otherwise.
torch::Tensor maskOverlapsRle(const std::vector<const coco::Rle*>& masks1,
                              const std::vector<const coco::Rle*>& masks2);

// The same from an evaluation's stored intersections (masks of one size, checked by the caller).
torch::Tensor maskOverlapsCached(const coco::MaskOverlaps& overlaps,
                                 const std::vector<const coco::CocoAnnotation*>& masks1,
                                 const std::vector<const coco::CocoAnnotation*>& masks2);

}  // namespace mrcnn::metrics
