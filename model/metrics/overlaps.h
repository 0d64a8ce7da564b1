#pragma once
// IoU helpers for the matterport metrics, with the dtypes of the original's utils.py
// (original-conventions §3). Private to model/metrics: utils' computeOverlaps(Masks) live on
// another branch; these give identical results (float32 mask IoU, float64 box IoU).

#include <torch/types.h>

namespace mrcnn::metrics::detail {

// utils.compute_overlaps_masks: masks [H, W, N] (bool or float, binarised > 0.5) → float32
// IoU [N1, N2] (NaN for empty vs empty); float64 zeros [N1, N2] when a set is empty.
torch::Tensor maskOverlaps(const torch::Tensor& masks1, const torch::Tensor& masks2);

// utils.compute_overlaps on (y1, x1, y2, x2) boxes → float64 [N1, N2]; float32 arithmetic
// when both inputs are float32; 0/0 gives NaN.
torch::Tensor boxOverlaps(const torch::Tensor& boxes1, const torch::Tensor& boxes2);

}  // namespace mrcnn::metrics::detail
