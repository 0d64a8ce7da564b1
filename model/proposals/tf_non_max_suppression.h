#pragma once
// tf.image.non_max_suppression (NonMaxSuppressionV3 CPU kernel) with a trace for the inspector.
// Input: boxes [N, 4] float32 (y1, x1, y2, x2; corners may come in either order), scores [N]
// float32. Output: selected indices into the input, in selection order (at most maxOutput).
// Semantics: greedy by descending score (equal scores: lower index first, as the reference),
// a candidate is dropped when its IoU with an already selected box is > threshold (strict),
// IoU uses min/max-normalised corners and is 0 when either area is <= 0; scores that are not
// > -inf (NaN) are never candidates; a threshold outside [0, 1] is an error, as in the kernel.
// Arithmetic is float32 as in the kernel.
// Used by the ProposalLayer (ROI) and by refine_detections_graph (per class).

#include <torch/types.h>

namespace mrcnn {

struct TfNmsResult {
    torch::Tensor selected;  // int64 [M], input indices in selection order
    // int64 [N]: for a suppressed box the input index of the selected box that suppressed
    // it (the earliest selected one with IoU > threshold); -1 for selected boxes and for
    // boxes never examined because maxOutput was reached first.
    torch::Tensor suppressedBy;
};

TfNmsResult tfNonMaxSuppression(const torch::Tensor& boxes, const torch::Tensor& scores,
                                int64_t maxOutput, float iouThreshold);

// TF's IoU of two boxes (float32), 0 when either normalised area is <= 0.
float tfIou(const float* a, const float* b);

}  // namespace mrcnn
