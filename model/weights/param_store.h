#pragma once
// The network's parameters under Keras names, held in LibTorch layout.
// Key: "<layer>/<weight>" with the Keras layer name and the short weight name, e.g.
// "conv1/kernel", "conv1/bias", "bn_conv1/gamma", "bn_conv1/beta", "bn_conv1/moving_mean",
// "bn_conv1/moving_variance", "rpn_conv_shared/kernel" (the nested rpn_model's layers are
// keyed by the inner layer name), "mrcnn_class_conv1/kernel", "mrcnn_mask_deconv/kernel".
// Layouts (original-conventions §6.3): Conv2D kernel (out, in, kh, kw); Conv2DTranspose
// kernel (in, out, kh, kw); Dense kernel (out, in); biases and BN vectors (C). float32.

#include <torch/types.h>

#include <map>
#include <string>

namespace mrcnn {

struct ParamStore {
    std::map<std::string, torch::Tensor> tensors;

    bool has(const std::string& key) const { return tensors.count(key) != 0; }
    const torch::Tensor& at(const std::string& key) const;  // throws naming the key
    // True when any "mrcnn_mask*" layer is present (detection-only models have none).
    bool hasMaskHead() const;
};

}  // namespace mrcnn
