#pragma once
// Random initial values for one layer of the layout (used by initParams and by loadParams
// for excluded or missing layers), chosen so that every stage of a random model works at unit
// scale on a photo: He-normal convolution kernels (gain 1 where no ReLU follows: FPN, RPN
// logits and deltas, mask logits; conv1 divided by 64, the pixels' scale), Glorot-uniform
// dense kernels, zero biases, BN mean 0, variance 1, beta 0 and gamma 1 except the last BN of
// every residual branch (0.15, so that the residual sums stay bounded through ResNet-101).
// Values are stored in LibTorch layout under ParamStore keys.

#include <ATen/core/Generator.h>

#include "weights/keras_layout.h"
#include "weights/param_store.h"

namespace mrcnn {

void initLayerParams(const KerasLayerSpec& layer, at::Generator& generator, ParamStore& out);

}  // namespace mrcnn
