#pragma once
// PyramidROIAlign (`roi_align_classifier`, pool 7; `roi_align_mask`, pool 14;
// original-conventions §4.6), batch 1.
// Inputs: boxes [N, 4] normalised (y1, x1, y2, x2) float32; the molded image H, W (from
//         image_meta[4:6]); feature maps P2..P5, each [1, C, h, w] (NCHW, LibTorch) or
//         [1, h, w, C] (NHWC, as Keras and the reference runs) as `layout` says.
// Output: pooled float32 [N, C, P, P] in channels-last memory (Keras' [N, P, P, C] once
//         permuted, without a copy), in the original box order, and the level of
//         each box (int32 [N], the npz's proposal_roi_levels / detection_roi_levels).
// Each box is cut from its level with TF crop_and_resize; the original concatenates the
// levels and re-sorts by box index, which gives exactly the original order used here.

#include <torch/types.h>

#include <vector>

namespace mrcnn {

enum class FeatureLayout { Nchw, Nhwc };

struct PyramidRoiAlignInput {
    torch::Tensor boxes;                     // float32 [N, 4] (or [1, N, 4])
    std::vector<torch::Tensor> featureMaps;  // P2, P3, P4, P5
    FeatureLayout layout = FeatureLayout::Nchw;
    int64_t imageHeight = 0;  // molded image
    int64_t imageWidth = 0;
};

struct PyramidRoiAlignOutput {
    torch::Tensor pooled;  // float32 [N, C, P, P], channels-last memory
    torch::Tensor levels;  // int32 [N], 2..5
};

PyramidRoiAlignOutput pyramidRoiAlign(const PyramidRoiAlignInput& input, int64_t poolSize);

}  // namespace mrcnn
