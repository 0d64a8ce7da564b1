#pragma once
// The bilinear resize the original's utils.unmold_mask uses (utils.resize ->
// skimage.transform.resize order 1, mode constant, cval 0, clip; skimage 0.19 runs it as
// scipy.ndimage.zoom(grid_mode=True, mode='grid-constant')), for a float32 mask.
// Input: float32 [h, w]. Output: float32 [outH, outW].
// Output pixel r reads input coordinate (r + 0.5) * (in / out) - 0.5 (double); the two
// taps get weights 1 - t and 1 - (1 - t); taps outside the input count as 0; the sum
// v * wy * wx is accumulated in double and stored as float32; then the result is clipped to
// [min, max] of the input, except that pixels exactly 0 stay 0 when 0 lies outside the
// input range (skimage's preserve-cval rule).
// NOTE for the integrator: model/utils/image_ops.h (unmoldMask/skimageResize) reproduces the
// same resize; this copy exists because utils was not merged into this branch yet.

#include <torch/types.h>

namespace mrcnn {

torch::Tensor skimageResizeMaskBilinear(const torch::Tensor& mask, int64_t outHeight,
                                        int64_t outWidth);

}  // namespace mrcnn
