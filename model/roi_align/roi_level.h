#pragma once
// PyramidROIAlign's level assignment (original-conventions §4.6), batch 1.
// Input: boxes [N, 4] normalised (y1, x1, y2, x2) float32, the molded image H, W.
// Output: int32 [N] levels in 2..5 (proposal_roi_levels / detection_roi_levels):
//   level = clamp(4 + round_half_even(log2(sqrt(h*w) / (224 / sqrt(H*W)))), 2, 5)
// in float32 with log2(x) = ln(x) / ln(2). A non-finite value (zero-area padding rows give
// log2(0) = -inf, negative areas NaN) casts to INT_MIN as on x86 TF, hence level 2.

#include <torch/types.h>

namespace mrcnn {

torch::Tensor roiLevels(const torch::Tensor& boxes, int64_t imageHeight, int64_t imageWidth);

}  // namespace mrcnn
