#pragma once
// ResNet-50/101 backbone as the original's resnet_graph(stage5=True) builds it
// (original-conventions §4.2): ZeroPadding(3) + 7x7/2 'valid' conv1, BN, ReLU, 3x3/2 TF-'same'
// max-pool; bottleneck blocks with the stride on the first 1x1 conv and on the shortcut; BN
// (eps 1e-3) folded into every conv; filter counts from Config::resnetFilters.
// Input: molded image [1, 3, H, W] float32 (NCHW, channels-last memory). Output: C2..C5
// [1, C, H/4..H/32, W/4..W/32] and the named block outputs the original's notebooks show.

#include <torch/types.h>

#include <string>
#include <utility>
#include <vector>

#include "backbone/folded_conv.h"
#include "config/config.h"

namespace mrcnn {

struct BackboneFeatures {
    std::vector<torch::Tensor> c;  // C2, C3, C4, C5 (NCHW)
    // Block outputs by Keras name: res2c_out, res3c_out, res3d_out, res4f_out|res4w_out,
    // res5c_out (NCHW; the same tensors as `c` where they coincide).
    std::vector<std::pair<std::string, torch::Tensor>> named;
};

class ResNet {
public:
    // Folds every conv+BN pair once; throws naming the first missing or malformed parameter.
    ResNet(const ParamStore& params, const Config& config);
    BackboneFeatures forward(const torch::Tensor& image) const;

private:
    struct Block {
        std::string name;  // "res{stage}{letter}"
        FoldedConv a, b, c;
        bool hasShortcut = false;
        FoldedConv shortcut;
    };
    struct Stage {
        std::vector<Block> blocks;
    };
    torch::Tensor runBlock(const Block& block, const torch::Tensor& x) const;

    FoldedConv m_conv1;
    std::vector<Stage> m_stages;  // stages 2..5
};

}  // namespace mrcnn
