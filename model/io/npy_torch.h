#pragma once
// Conversions between NumPy arrays and LibTorch tensors (CPU, contiguous).

#include <torch/types.h>

#include "io/npy.h"

namespace mrcnn {

torch::Tensor npyToTensor(const NpyArray& array);
NpyArray tensorToNpy(const torch::Tensor& tensor);  // bool → |b1, float → <f4, …

}  // namespace mrcnn
