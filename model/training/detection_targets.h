#pragma once
// DetectionTargetLayer (`proposal_targets`, original-conventions §4.12), one image, no
// gradient: samples ROIs from the proposals and gives each its class, box deltas and 28×28
// mask target.
//
// Zero rows of the proposals and GT are trimmed; crowds (negative class ids) are removed and
// only veto negatives (crowd IoU ≥ 0.001). Positive: max IoU ≥ 0.5; negative: < 0.5. At most
// int(TRAIN_ROIS_PER_IMAGE · ROI_POSITIVE_RATIO) shuffled positives, then int(P / ratio) − P
// shuffled negatives. Deltas against the argmax GT / BBOX_STD_DEV. Masks: crop_and_resize of
// the assigned GT mask (with mini masks the ROI is first expressed in the GT box's frame),
// rounded half-to-even to 0/1. Everything is zero-padded to TRAIN_ROIS_PER_IMAGE rows.
// TF's random_shuffle cannot be reproduced; a seeded std::mt19937_64 shuffles instead.

#include <torch/types.h>

#include <random>

#include "config/config.h"

namespace mrcnn::training {

struct DetectionTargets {
    torch::Tensor rois;      // float32 [T, 4] normalised: positives, negatives, zero rows
    torch::Tensor classIds;  // int64 [T]: GT class of positives, 0 otherwise
    torch::Tensor deltas;    // float32 [T, 4]: zero except for positives
    torch::Tensor masks;     // float32 [T, MASK_SHAPE]: 0/1, zero except for positives
    int64_t positives = 0;
    int64_t negatives = 0;
};

// proposals float32 [P, 4] normalised (zero padded); gtClassIds int [G]; gtBoxes float32
// [G, 4] normalised; gtMasks bool [h, w, G] (MINI_MASK_SHAPE when USE_MINI_MASK, else the image).
DetectionTargets detectionTargets(const torch::Tensor& proposals, const torch::Tensor& gtClassIds,
                                  const torch::Tensor& gtBoxes, const torch::Tensor& gtMasks,
                                  const Config& config, std::mt19937_64& rng);

// overlaps_graph: IoU [N1, N2] in float32 for normalised boxes.
torch::Tensor overlapsGraph(const torch::Tensor& boxes1, const torch::Tensor& boxes2);

}  // namespace mrcnn::training
