#pragma once
// Random initial values for one layer of the layout (used by initParams and by loadParams
// for excluded or missing layers): He-normal convolution kernels (fan-in = kh·kw·in),
// Glorot-uniform dense kernels, zero biases, BN gamma 1, beta 0, mean 0, variance 1.
// Values are stored in LibTorch layout under ParamStore keys.

#include <ATen/core/Generator.h>

#include "weights/keras_layout.h"
#include "weights/param_store.h"

namespace mrcnn {

void initLayerParams(const KerasLayerSpec& layer, at::Generator& generator, ParamStore& out);

}  // namespace mrcnn
