#pragma once
// The shared RPN head (original-conventions §4.4, nested model `rpn_model`): rpn_conv_shared
// (3x3, stride RPN_ANCHOR_STRIDE, TF 'same', ReLU), rpn_class_raw (1x1, 2A) and rpn_bbox_pred
// (1x1, 4A). Channel layout is anchor-major (a*2 + fg, a*4 + k); flattening is row → column →
// anchor, which is the anchor order; levels are concatenated P2..P6.
// Input: P2..P6 NCHW. Output: rpn_class_logits / rpn_class [1, A_total, 2], rpn_bbox
// [1, A_total, 4] (float32, contiguous).

#include <torch/types.h>

#include <vector>

#include "backbone/folded_conv.h"

namespace mrcnn {

struct RpnOutput {
    torch::Tensor classLogits;  // [1, A, 2]
    torch::Tensor classProbs;   // [1, A, 2] softmax
    torch::Tensor bbox;         // [1, A, 4] (dy, dx, log dh, log dw)
};

class RpnHead {
public:
    RpnHead(const ParamStore& params, int anchorStride);
    RpnOutput forward(const std::vector<torch::Tensor>& featureMaps) const;

private:
    FoldedConv m_shared, m_class, m_bbox;
};

}  // namespace mrcnn
