#pragma once
// Box and mask primitives of the original's mrcnn/utils.py, with its dtypes and edge cases
// (original-conventions §3, reference/boxes). Boxes are (y1, x1, y2, x2); in pixel space
// y2/x2 are exclusive.

#include <torch/types.h>

namespace mrcnn {

// utils.norm_boxes: (boxes - [0, 0, 1, 1]) / [H-1, W-1, H-1, W-1] → float32.
torch::Tensor normBoxes(const torch::Tensor& boxes, int64_t height, int64_t width);
// utils.denorm_boxes: round_half_even(boxes * [H-1, W-1, H-1, W-1] + [0, 0, 1, 1]) → int32.
torch::Tensor denormBoxes(const torch::Tensor& boxes, int64_t height, int64_t width);

// utils.compute_overlaps: IoU [N1, N2] stored as float64. The arithmetic is float32 when boxes1
// is float32 (numpy's value-based casting of the boxes2 rows), float64 otherwise; 0/0 gives NaN
// as in the original.
torch::Tensor computeOverlaps(const torch::Tensor& boxes1, const torch::Tensor& boxes2);

// utils.compute_overlaps_masks on bool/float masks [H, W, N]: binarise (> 0.5), IoU in
// float32 (NaN for empty vs empty); float64 zeros [N1, N2] when a set has no instances.
torch::Tensor computeOverlapsMasks(const torch::Tensor& masks1, const torch::Tensor& masks2);

// utils.non_max_suppression (numpy version): order argsort(scores)[::-1] (ties: highest
// index first, NaN scores lead), drop IoU > threshold (compared in the box arithmetic's dtype;
// NaN IoU never drops), int32 indices in pick order. Non-float64 boxes are cast to float32.
// Empty input gives an empty result (the original asserts N > 0).
torch::Tensor nonMaxSuppression(const torch::Tensor& boxes, const torch::Tensor& scores,
                                double threshold);

// utils.apply_box_deltas: float32 result; y2 = y1 + h.
torch::Tensor applyBoxDeltas(const torch::Tensor& boxes, const torch::Tensor& deltas);
// utils.box_refinement: float32 (dy, dx, log dh, log dw).
torch::Tensor boxRefinement(const torch::Tensor& boxes, const torch::Tensor& gtBoxes);

// utils.extract_bboxes on a mask [H, W, N] (bool or integer): int32 [N, 4], empty → 0,0,0,0.
torch::Tensor extractBboxes(const torch::Tensor& masks);

// utils.trim_zeros: the rows of a 2-D tensor that are not all zero.
torch::Tensor trimZeros(const torch::Tensor& x);
// The indices (int64, ascending) of the rows trimZeros keeps.
torch::Tensor nonZeroRowIndices(const torch::Tensor& x);

}  // namespace mrcnn
