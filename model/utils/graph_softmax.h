#pragma once
// Softmax over the last axis with the exact float32 arithmetic of the reference runs
// (shared/reference/README §8), so that probabilities that tie exactly there tie here too
// (top_k and argmax then order them by index as the original does):
//   e_k = exp(x_k - max_j x_j)     LibTorch's vectorised float32 exp over a contiguous buffer
//   rpn_class:   p_k = e_k / (e_0 + e_1)                       (softmaxDivide)
//   mrcnn_class: p_k = e_k * (1 / sum_k e_k)                   (softmaxReciprocal)
// where the sum is LibTorch's CPU float32 sum over a contiguous row with 8-float vectors
// (AVX2): 4 interleaved vector accumulators, the scalar tail, then the 8 lanes in order.
// Checked bit for bit against rpn_class and mrcnn_class of all three reference runs (4 and 81
// classes). Neither torch::softmax (which multiplies by the reciprocal for the 2-way RPN case
// in the version that made the runs, and sums differently) nor numpy's exp reproduces them.

#include <torch/types.h>

namespace mrcnn {

// x: float32 [..., C]; result float32, same shape, contiguous.
torch::Tensor softmaxDivide(const torch::Tensor& x);
torch::Tensor softmaxReciprocal(const torch::Tensor& x);

// The row sum used by softmaxReciprocal (exposed for tests): LibTorch's cascade_sum order for
// one contiguous row of n floats with 8-lane vectors.
float referenceRowSum(const float* row, int64_t n);

}  // namespace mrcnn
