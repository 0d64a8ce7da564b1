#pragma once
// Reading dataset images as the original's Dataset.load_image: uint8 RGB [H, W, 3]; grey → RGB,
// RGBA / palette-with-transparency → RGB (alpha dropped), 16-bit → 8-bit. The decoding is
// utils/image_io's loadImageRgb; here failures become a DatasetError naming the file and the
// dataset record that refers to it.

#include <string>
#include <utility>

#include <torch/types.h>

namespace mrcnn {

torch::Tensor readImageRgb(const std::string& path, const std::string& record);
// (height, width) of an image file; decodes the image (OpenCV has no header-only size query),
// which also proves the file is readable, as the balloon loader's imread does.
std::pair<int64_t, int64_t> readImageSize(const std::string& path, const std::string& record);

}  // namespace mrcnn
