#pragma once
// Image and mask molding exactly as the original (original-conventions §3, §4.1, §8.1):
// skimage-style bilinear resize (half-pixel centres, zero outside, clip to the input range,
// truncation to uint8), resize_image in all modes, scipy-zoom resize_mask, mini masks,
// unmold_mask, mold_image and image_meta (utils/image_meta.h).
// Images are uint8 tensors [H, W, C] (RGB); masks are bool [H, W, N].

#include <torch/types.h>

#include <array>
#include <optional>
#include <string>

#include "config/config.h"
#include "utils/image_meta.h"

namespace mrcnn {

// utils.resize (skimage.transform.resize order 1, mode constant, cval 0, clip,
// preserve_range): input [H, W] or [H, W, C] of any dtype, computed in float64 (scipy's
// grid-mode zoom, summed in its order). Result dtype: float32 in -> float32 (as scipy stores
// it, then clipped in float32); float64 and bool in -> float64 (bool as 0..1, as the original
// feeds floats to np.around); integer types -> the input dtype by truncation (astype).
torch::Tensor skimageResize(const torch::Tensor& image, int64_t outHeight, int64_t outWidth);

struct ResizeResult {
    torch::Tensor image;              // resized and padded/cropped, input dtype
    std::array<int64_t, 4> window{};  // y1, x1, y2, x2 (exclusive) in the result
    double scale = 1.0;
    std::array<std::array<int64_t, 2>, 3> padding{};  // [[top, bottom], [left, right], [0, 0]]
    std::optional<std::array<int64_t, 4>> crop;       // y, x, h, w
};

// utils.resize_image. 0 stands for None in minDim, maxDim and minScale. In crop mode the
// offsets are random unless cropYX is given (Python's random stream cannot be reproduced; a
// seeded std::mt19937_64 draws them; tests pass the recorded crop). [H, W] images are accepted
// (padded on the two spatial axes only). Throws std::invalid_argument for an unknown mode,
// pad64 with min_dim not a multiple of 64, or an image smaller than min_dim in crop mode.
ResizeResult resizeImage(const torch::Tensor& image, int minDim, int maxDim, double minScale,
                         const std::string& mode,
                         std::optional<std::array<int64_t, 2>> cropYX = std::nullopt,
                         uint64_t seed = 0);

// utils.resize_mask: scipy.ndimage.zoom order 0 (corner-aligned nearest, round half up),
// then pad or crop.
torch::Tensor resizeMask(const torch::Tensor& mask, double scale,
                         const std::array<std::array<int64_t, 2>, 3>& padding,
                         const std::optional<std::array<int64_t, 4>>& crop = std::nullopt);

// utils.minimize_mask / expand_mask (bool in, bool out). Throws std::invalid_argument for a
// zero-area box (and, in expandMask, for a box outside the image).
torch::Tensor minimizeMask(const torch::Tensor& bbox, const torch::Tensor& mask,
                           std::array<int64_t, 2> miniShape);
torch::Tensor expandMask(const torch::Tensor& bbox, const torch::Tensor& miniMask, int64_t height,
                         int64_t width);

// utils.unmold_mask: float mask [h, w] (28x28) resized to the box, >= threshold (0.5 in the
// original; compared in float32 for float32 masks), pasted into bool [H, W]. Throws for a
// zero-area box or one outside the image.
torch::Tensor unmoldMask(const torch::Tensor& mask, const std::array<int64_t, 4>& bbox,
                         int64_t height, int64_t width, double threshold = 0.5);

// model.mold_image: float32(image) - MEAN_PIXEL, [H, W, 3] float32.
torch::Tensor moldImage(const torch::Tensor& image, const Config& config);

}  // namespace mrcnn
