#pragma once
// tf.image.crop_and_resize (bilinear, extrapolation_value) exactly as TF's CPU kernel,
// one image (batch index 0 for every box).
// Input:  image [C, H, W] float32 (any memory layout; channels-last memory, i.e. a permuted
//         [H, W, C] tensor, is read without a copy), boxes [N, 4] normalised
//         (y1, x1, y2, x2) float32, crop size P x Q.
// Output: float32 [N, C, P, Q] in channels-last memory, i.e. TF's own [N, P, Q, C] layout.
// Sampling is corner-aligned: in_y = y1*(H-1) + i*(y2-y1)*(H-1)/(P-1), or for P = 1
// 0.5*(y1+y2)*(H-1) computed in double; a sample with in_y or in_x outside [0, H-1] /
// [0, W-1] is the extrapolation value; otherwise interpolate along x on the top and bottom
// rows, then along y, in float32 (the kernel's order of operations).
// Used by PyramidROIAlign (pool 7 and pool 14).

#include <torch/types.h>

namespace mrcnn {

torch::Tensor cropAndResize(const torch::Tensor& image, const torch::Tensor& boxes,
                            int64_t cropHeight, int64_t cropWidth, float extrapolationValue = 0.0f);

// The same, writing box i into out[rows[i]] of a preallocated float32 [M, C, P, Q] tensor in
// channels-last memory, so that several feature levels fill one output in the original box
// order.
void cropAndResizeInto(const torch::Tensor& image, const torch::Tensor& boxes,
                       const torch::Tensor& rows, torch::Tensor& out,
                       float extrapolationValue = 0.0f);

}  // namespace mrcnn
