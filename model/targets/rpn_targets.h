#pragma once
// RPN training targets as the original's model.build_rpn_targets (original-conventions §4.12,
// reference/rpn). Pixel space: anchors float64 [A, 4] and GT boxes int [G, 4], both
// (y1, x1, y2, x2) with exclusive y2/x2; negative class ids mark COCO crowd boxes.
//
// Labelling: 1) negative (-1) when the anchor's max IoU < 0.3 and its crowd IoU < 0.001;
// 2) positive (1) for every anchor tied at a GT's maximum IoU over all anchors; 3) positive
// when max IoU >= 0.7. Subsampling then resets random positives above
// RPN_TRAIN_ANCHORS_PER_IMAGE / 2 and random negatives above the remainder to neutral (0).
// numpy's random stream cannot be reproduced: a seeded std::mt19937_64 chooses instead.

#include <torch/types.h>

#include <array>
#include <cstdint>

#include "config/config.h"

namespace mrcnn {

struct RpnTargets {
    torch::Tensor rpnMatch;  // int32 [A]: 1 / -1 / 0 after subsampling
    torch::Tensor rpnBbox;   // float64 [RPN_TRAIN_ANCHORS_PER_IMAGE, 4], positives in index order
    // Inspection: the IoU-based match before subsampling and the deltas of all its positives.
    torch::Tensor deterministicMatch;  // int32 [A]
    torch::Tensor deterministicBbox;   // float64 [P, 4], ascending anchor index
    torch::Tensor anchorIouMax;        // float64 [A], max IoU with the non-crowd GT
    torch::Tensor anchorIouArgmax;     // int64 [A], first GT index at that max
};

// Throws std::invalid_argument for malformed shapes or when no non-crowd GT box remains (the
// original fails on an empty argmax there).
RpnTargets buildRpnTargets(std::array<int64_t, 3> imageShape, const torch::Tensor& anchors,
                           const torch::Tensor& gtClassIds, const torch::Tensor& gtBoxes,
                           const Config& config, uint64_t seed = 0);

// The delta rows [(gcy-acy)/ah, (gcx-acx)/aw, log(gh/ah), log(gw/aw)] / RPN_BBOX_STD_DEV in
// float64 for the given anchors and their assigned GT boxes ([K, 4] each).
torch::Tensor rpnBboxDeltas(const torch::Tensor& anchors, const torch::Tensor& gtBoxes,
                            const std::array<double, 4>& stdDev);

}  // namespace mrcnn
