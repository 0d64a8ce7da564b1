#pragma once
// ProposalLayer (Keras layer `ROI`, original-conventions §4.5), batch 1.
// Inputs:  rpn_class [A, 2] (or [1, A, 2]) softmax probabilities, index 1 = foreground;
//          rpn_bbox [A, 4] (dy, dx, log dh, log dw) before the std-dev scaling;
//          anchors [A, 4] normalised (y1, x1, y2, x2), float32.
// Steps:   scores = rpn_class[:, 1]; deltas = rpn_bbox * RPN_BBOX_STD_DEV (float32);
//          top_k(scores, K = min(PRE_NMS_LIMIT, A)) with ties to the lower index;
//          apply_box_deltas_graph; clip to [0, 1]; TF non_max_suppression (IoU > threshold,
//          max_output = proposal count); zero padding to the proposal count.
// Every intermediate is kept under the original's tensor names for the inspector.
// Threshold and counts are parameters so the stage can be re-run alone.

#include <torch/types.h>

#include <array>

#include "config/config.h"
#include "utils/box_frames.h"

namespace mrcnn {

struct ProposalLayerInput {
    torch::Tensor rpnClass;  // float32 [A, 2]
    torch::Tensor rpnBbox;   // float32 [A, 4]
    torch::Tensor anchors;   // float32 [A, 4], normalised
};

struct ProposalLayerParams {
    int64_t preNmsLimit = 6000;    // PRE_NMS_LIMIT
    int64_t proposalCount = 1000;  // POST_NMS_ROIS_INFERENCE (TRAINING in training mode)
    double nmsThreshold = 0.7;     // RPN_NMS_THRESHOLD
    std::array<double, 4> rpnBboxStdDev{0.1, 0.1, 0.2, 0.2};

    static ProposalLayerParams fromConfig(const Config& config, bool training = false);
};

struct ProposalLayerOutput {
    torch::Tensor preNmsIndices;            // int64 [K]: anchor index of each top_k entry
    torch::Tensor preNmsScores;             // float32 [K]: foreground score, descending
    torch::Tensor preNmsDeltas;             // float32 [K, 4]: deltas after the std-dev scaling
    NormalizedBoxes preNmsAnchors;          // float32 [K, 4]  (ROI/pre_nms_anchors)
    NormalizedBoxes refinedAnchors;         // float32 [K, 4]  (ROI/refined_anchors)
    NormalizedBoxes refinedAnchorsClipped;  // float32 [K, 4]  (ROI/refined_anchors_clipped)
    torch::Tensor postNmsAnchorIx;          // int32 [M]: indices into the K boxes, NMS order
    torch::Tensor nmsSuppressedBy;          // int64 [K]: suppressing pre-NMS index, or -1
    NormalizedBoxes proposals;              // float32 [proposalCount, 4], zero padded (ROI)
};

ProposalLayerOutput proposalLayer(const ProposalLayerInput& input,
                                  const ProposalLayerParams& params);

}  // namespace mrcnn
