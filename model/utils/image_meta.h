#pragma once
// The original's image_meta (model.compose_image_meta / parse_image_meta): what mold_inputs
// did to one image. A run composes the float64 row once for export and keeps it parsed as an
// ImageMeta; every later reader (partial re-runs, figures) takes the typed value.

#include <torch/types.h>

#include <array>

namespace mrcnn {

struct ImageMeta {
    int64_t imageId = 0;
    std::array<int64_t, 3> originalShape{};  // H0, W0, 3 of the image as given
    std::array<int64_t, 3> moldedShape{};    // H, W, 3 the network saw
    std::array<int64_t, 4> window{};         // the image inside the padding, molded pixels,
                                             // (y1, x1, y2, x2) with y2/x2 exclusive
    double scale = 1.0;                      // resize_image's scale
    torch::Tensor activeClassIds;            // int32 [NUM_CLASSES]

    int64_t originalHeight() const { return originalShape[0]; }
    int64_t originalWidth() const { return originalShape[1]; }
    int64_t moldedHeight() const { return moldedShape[0]; }
    int64_t moldedWidth() const { return moldedShape[1]; }
};

// model.compose_image_meta → float64 [12 + NUM_CLASSES].
torch::Tensor composeImageMeta(int64_t imageId, std::array<int64_t, 3> originalShape,
                               std::array<int64_t, 3> moldedShape,
                               const std::array<int64_t, 4>& window, double scale,
                               const torch::Tensor& activeClassIds);

// The same from the typed value (the inverse of parseImageMeta but for the scale's float32).
torch::Tensor composeImageMeta(const ImageMeta& meta);

// parse_image_meta_graph of a 1-D meta: integers truncated as astype(int32) does, the scale
// read through float32 as the graph holds it. Throws std::invalid_argument for fewer than 12
// values.
ImageMeta parseImageMeta(const torch::Tensor& meta);

}  // namespace mrcnn
