#pragma once
// Loading images as the original's Dataset.load_image does: PNG, JPEG, BMP, TIFF, WebP or PNM
// (recognised by signature; image_header.h says why no other), grey → RGB, RGBA → RGB (alpha
// dropped), 16-bit scaled to 8-bit.

#include <stdexcept>
#include <string>

#include <torch/types.h>
#include <opencv2/core/mat.hpp>

namespace mrcnn {

class ImageError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// uint8 [H, W, 3] RGB. Throws ImageError with the path and the reason (missing, not an
// image, truncated/corrupt, empty).
torch::Tensor loadImageRgb(const std::string& path);
// The file decoded as stored (depth and channels unchanged, EXIF orientation ignored), after
// the same checks: input-file problems, the header's pixel limit, truncation. Throws ImageError.
cv::Mat decodeImageFile(const std::string& path);
// Writes uint8 [H, W, 3] RGB (PNG/JPEG by extension).
void saveImageRgb(const std::string& path, const torch::Tensor& image);

}  // namespace mrcnn
