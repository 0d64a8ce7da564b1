#pragma once
// The one table of layout transforms between Keras arrays and LibTorch tensors
// (original-conventions §6.3), keyed by layer kind and short weight name:
//   Conv2D          kernel (kh, kw, in, out)  -> (out, in, kh, kw)   permute(3, 2, 0, 1)
//   Conv2DTranspose kernel (kh, kw, out, in)  -> (in, out, kh, kw)   permute(3, 2, 0, 1), no flip
//   Dense           kernel (in, out)          -> (out, in)           permute(1, 0)
//   bias, BN gamma/beta/moving_mean/moving_variance (C) unchanged; their LibTorch module names
//   are bias, weight/bias/running_mean/running_var.
// The nested rpn_model holds Conv2D layers only.

#include <torch/types.h>

#include <string>
#include <vector>

#include "weights/keras_layout.h"

namespace mrcnn {

// Key in ParamStore for a weight of a top-level layer: "<layer>/<short>", where a nested
// model's weights are keyed by their inner layer ("rpn_conv_shared/kernel") and the short
// name drops the ":0" suffix.
std::string paramKey(const std::string& layerName, const std::string& weightName);
// The short name of a weight name: "rpn_conv_shared/kernel:0" -> "kernel".
std::string shortWeightName(const std::string& weightName);

// Keras array -> LibTorch layout (contiguous). Throws WeightsError for a weight the table
// does not know or a rank that does not fit.
torch::Tensor kerasToTorch(KerasLayerKind kind, const std::string& shortName,
                           const torch::Tensor& keras);
// LibTorch layout -> Keras array (contiguous).
torch::Tensor torchToKeras(KerasLayerKind kind, const std::string& shortName,
                           const torch::Tensor& torchValue);
// The LibTorch shape of a Keras shape.
std::vector<int64_t> torchShape(KerasLayerKind kind, const std::string& shortName,
                                const std::vector<int64_t>& kerasShape);
// The LibTorch module parameter or buffer name: kernel -> weight, gamma -> weight,
// beta -> bias, moving_mean -> running_mean, moving_variance -> running_var.
std::string torchParameterName(KerasLayerKind kind, const std::string& shortName);

}  // namespace mrcnn
