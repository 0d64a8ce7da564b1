#pragma once
// numpy's own float32 exp and log (the AVX2-FMA3 / AVX512F kernels numpy 1.24 uses on x86-64
// for float32 arrays), so that utils.apply_box_deltas and utils.box_refinement come out bit for
// bit. They are not correctly rounded (up to ~3-4 ULP), hence different from std::exp / libm.
// Algorithm: Cody-Waite reduction and rational minimax polynomials, evaluated with FMA.

#include <torch/types.h>

namespace mrcnn {

float numpyExpF32(float x);
float numpyLogF32(float x);

// Element-wise on a float32 tensor (any shape); the result is float32.
torch::Tensor numpyExp(const torch::Tensor& x);
torch::Tensor numpyLog(const torch::Tensor& x);

}  // namespace mrcnn
