#pragma once
// The pipeline's narrow view of the non-dense stages (proposals, ROI align, detection,
// unmolding), implemented by the stage modules of model/proposals, model/roi_align,
// model/detection and model/postprocess. Keeping this seam small lets the orchestrator read
// like the diagram and keeps each stage module free of pipeline concerns.
// Boxes are normalised (y1, x1, y2, x2) unless stated; no batch dimension.

#include <torch/types.h>

#include <array>
#include <vector>

#include "config/config.h"
#include "inspection/inspection.h"

namespace mrcnn {

struct ProposalStep {
    torch::Tensor preNmsAnchors;          // [K, 4]
    torch::Tensor refinedAnchors;         // [K, 4]
    torch::Tensor refinedAnchorsClipped;  // [K, 4]
    torch::Tensor postNmsAnchorIx;        // int32 [M]
    torch::Tensor proposals;              // [count, 4] zero padded
    torch::Tensor preNmsAnchorIx;         // int64 [K]: anchor index of each pre-NMS entry
};
// ProposalLayer: rpn_class [A, 2] (softmax), deltas [A, 4] (raw rpn_bbox), anchors [A, 4].
ProposalStep callProposalLayer(const torch::Tensor& rpnClass, const torch::Tensor& deltas,
                               const torch::Tensor& anchors, const Config& config,
                               double nmsThreshold, int proposalCount);

struct RoiPoolStep {
    torch::Tensor pooled;  // [N, P, P, D] NHWC
    torch::Tensor levels;  // int32 [N]
};
// PyramidROIAlign over P2..P5 (NCHW) for an image of moldedHeight x moldedWidth.
RoiPoolStep callPyramidRoiAlign(const torch::Tensor& boxes,
                                const std::vector<torch::Tensor>& featureMaps, int64_t moldedHeight,
                                int64_t moldedWidth, int poolSize);

struct DetectionStep {
    torch::Tensor detections;      // [DETECTION_MAX_INSTANCES, 6]
    torch::Tensor classIds;        // int32 [P] argmax per proposal
    torch::Tensor classScores;     // float32 [P]
    torch::Tensor refinedRois;     // float32 [P, 4] (clipped)
    torch::Tensor keep;            // int64 [k]
    torch::Tensor uniqueClassIds;  // int32 [u] (tf.unique order)
    torch::Tensor nmsKeep;         // int64 [u, DETECTION_MAX_INSTANCES], -1 padded
    torch::Tensor finalKeep;       // int64 [n]
    torch::Tensor window;          // float32 [4] normalised
    DetectionSteps steps;          // the same, typed, with the suppressing box of each suppression
};
// refine_detections: proposals [P, 4], probs [P, C], deltas [P, C, 4], molded window (pixels,
// exclusive ends) of a moldedHeight x moldedWidth image.
DetectionStep callRefineDetections(const torch::Tensor& proposals, const torch::Tensor& probs,
                                   const torch::Tensor& deltas,
                                   const std::array<int64_t, 4>& window, int64_t moldedHeight,
                                   int64_t moldedWidth, const Config& config, double minConfidence,
                                   double nmsThreshold);

// unmold_detections: detections [D, 6], masks [D, 28, 28, C] (undefined without a mask head).
Detections callUnmoldDetections(const torch::Tensor& detections, const torch::Tensor& masks,
                                std::array<int64_t, 3> originalShape,
                                std::array<int64_t, 3> moldedShape,
                                const std::array<int64_t, 4>& window, double maskThreshold);

}  // namespace mrcnn
