#pragma once
// The mask head (original-conventions §4.9, build_fpn_mask_graph): four 3x3 'same' convs
// mrcnn_mask_conv1..4 with BN (folded) and ReLU, mrcnn_mask_deconv (2x2 stride-2
// Conv2DTranspose + ReLU, as one matrix product: each input pixel writes one 2x2 block) and
// mrcnn_mask (1x1, sigmoid).
// Input: pooled ROIs [N, 14, 14, D] NHWC. Output: [N, 28, 28, C] NHWC float32 (Keras layout).

#include <torch/types.h>

#include <vector>

#include "backbone/folded_conv.h"

namespace mrcnn {

class MaskHead {
public:
    explicit MaskHead(const ParamStore& params);
    torch::Tensor forward(const torch::Tensor& pooled) const;

private:
    std::vector<FoldedConv> m_convs;
    torch::Tensor m_deconvW;  // [in, out*2*2] (columns ordered out, ky, kx)
    torch::Tensor m_deconvB;  // [out]
    int64_t m_deconvOut = 0;
    torch::Tensor m_maskW;  // [hidden, C]
    torch::Tensor m_maskB;  // [C]
};

}  // namespace mrcnn
