#pragma once
// Feature Pyramid (original-conventions §4.3): lateral 1x1 convs fpn_c{k}p{k}, top-down path
// adding nearest-x2-upsampled pre-smoothing maps, 3x3 'same' smoothing convs fpn_p2..fpn_p5,
// P6 = P5[::2, ::2] (fpn_p6, MaxPooling2D(1, 2)). No activations.
// Input: C2..C5 NCHW. Output: P2..P6 NCHW with TOP_DOWN_PYRAMID_SIZE channels.

#include <torch/types.h>

#include <vector>

#include "backbone/folded_conv.h"

namespace mrcnn {

class Fpn {
public:
    explicit Fpn(const ParamStore& params);
    // c = {C2, C3, C4, C5}; returns {P2, P3, P4, P5, P6}.
    std::vector<torch::Tensor> forward(const std::vector<torch::Tensor>& c) const;

private:
    std::vector<FoldedConv> m_lateral;  // fpn_c2p2 .. fpn_c5p5
    std::vector<FoldedConv> m_smooth;   // fpn_p2 .. fpn_p5
};

}  // namespace mrcnn
