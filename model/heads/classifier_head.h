#pragma once
// The classifier head (original-conventions §4.7, fpn_classifier_graph): mrcnn_class_conv1
// (7x7 'valid' over the pooled ROI = one matrix product over all ROIs, in Keras' HWC
// flattening order) + mrcnn_class_bn1 + ReLU, mrcnn_class_conv2 (1x1) + bn2 + ReLU, then
// mrcnn_class_logits (Dense C) + softmax and mrcnn_bbox_fc (Dense 4C) reshaped to [N, C, 4].
// Input: pooled ROIs [N, P, P, D] NHWC (P = POOL_SIZE). Outputs float32, contiguous.

#include <torch/types.h>

#include "weights/param_store.h"

namespace mrcnn {

struct ClassifierOutput {
    torch::Tensor logits;  // [N, C]
    torch::Tensor probs;   // [N, C]
    torch::Tensor bbox;    // [N, C, 4] (dy, dx, log dh, log dw), not yet scaled by BBOX_STD_DEV
};

class ClassifierHead {
public:
    explicit ClassifierHead(const ParamStore& params);
    ClassifierOutput forward(const torch::Tensor& pooled) const;
    int64_t numClasses() const { return m_logitsW.size(0); }

private:
    int64_t m_pool = 0, m_depth = 0;
    torch::Tensor m_fc1W, m_fc1B;        // [P*P*D, F] (HWC rows), BN folded
    torch::Tensor m_fc2W, m_fc2B;        // [F, F]
    torch::Tensor m_logitsW, m_logitsB;  // [C, F]
    torch::Tensor m_bboxW, m_bboxB;      // [4C, F]
};

}  // namespace mrcnn
