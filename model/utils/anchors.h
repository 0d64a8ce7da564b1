#pragma once
// Anchors as the original's utils.generate_anchors / generate_pyramid_anchors and
// MaskRCNN.get_anchors build them (original-conventions §3, §4.1.5).
// Pixel anchors: float64 [N, 4] (y1, x1, y2, x2), centres at cell*stride (no +0.5), order
// level → row → column → ratio. Normalised anchors: norm_boxes → float32.

#include <torch/types.h>

#include <array>
#include <vector>

#include "config/config.h"
#include "utils/box_frames.h"

namespace mrcnn {

// [ceil(H/s), ceil(W/s)] for each of BACKBONE_STRIDES.
std::vector<std::array<int64_t, 2>> computeBackboneShapes(const Config& config, int64_t height,
                                                          int64_t width);

// One level: float64 [rows*cols*ratios, 4] in pixels.
torch::Tensor generateAnchors(double scale, const std::vector<double>& ratios,
                              std::array<int64_t, 2> featureShape, int64_t featureStride,
                              int64_t anchorStride);

// All levels concatenated, float64 pixels.
torch::Tensor generatePyramidAnchors(const std::vector<double>& scales,
                                     const std::vector<double>& ratios,
                                     const std::vector<std::array<int64_t, 2>>& featureShapes,
                                     const std::vector<int>& featureStrides, int64_t anchorStride);

struct AnchorSet {
    MoldedBoxes pixels;          // float64 [N, 4]
    NormalizedBoxes normalized;  // float32 [N, 4] = norm_boxes(pixels, (H, W))
    std::vector<int64_t> countPerLevel;
};
// Anchors for a molded image of the given size (MaskRCNN.get_anchors).
AnchorSet anchorsForImage(const Config& config, int64_t height, int64_t width);

}  // namespace mrcnn
