// moldImage and the image_meta vector of image_ops.h (model.mold_image, compose_image_meta,
// parse_image_meta).

#include <stdexcept>
#include <string>

#include "utils/image_ops.h"

namespace mrcnn {

torch::Tensor moldImage(const torch::Tensor& image, const Config& config) {
    if (!image.defined() || image.dim() != 3 ||
        image.size(2) != static_cast<int64_t>(config.MEAN_PIXEL.size())) {
        throw std::invalid_argument(
            "moldImage: expected an image [H, W, 3], got " +
            (image.defined() ? c10::str(image.sizes()) : std::string("none")));
    }
    // numpy: float32(image) - float64 MEAN_PIXEL is float64; Keras then feeds float32.
    auto mean = torch::tensor({config.MEAN_PIXEL[0], config.MEAN_PIXEL[1], config.MEAN_PIXEL[2]},
                              torch::kFloat64);
    return (image.to(torch::kFloat32).to(torch::kFloat64) - mean).to(torch::kFloat32);
}

torch::Tensor composeImageMeta(int64_t imageId, std::array<int64_t, 3> originalShape,
                               std::array<int64_t, 3> moldedShape,
                               const std::array<int64_t, 4>& window, double scale,
                               const torch::Tensor& activeClassIds) {
    if (!activeClassIds.defined() || activeClassIds.dim() != 1) {
        throw std::invalid_argument("composeImageMeta: active class ids must be 1-D");
    }
    std::vector<double> head = {static_cast<double>(imageId)};
    for (auto v : originalShape)
        head.push_back(static_cast<double>(v));
    for (auto v : moldedShape)
        head.push_back(static_cast<double>(v));
    for (auto v : window)
        head.push_back(static_cast<double>(v));
    head.push_back(scale);
    auto headT = torch::tensor(head, torch::kFloat64);
    return torch::cat({headT, activeClassIds.to(torch::kFloat64)});
}

torch::Tensor composeImageMeta(const ImageMeta& meta) {
    return composeImageMeta(meta.imageId, meta.originalShape, meta.moldedShape, meta.window,
                            meta.scale, meta.activeClassIds);
}

ImageMeta parseImageMeta(const torch::Tensor& meta) {
    if (!meta.defined() || meta.dim() != 1 || meta.size(0) < 12) {
        throw std::invalid_argument(
            "parseImageMeta: expected a 1-D image_meta of at least 12 values");
    }
    auto m = meta.to(torch::kFloat64).contiguous();
    const double* p = m.data_ptr<double>();
    // astype(np.int32) truncates toward zero; scale goes through float32.
    auto asInt = [](double v) { return static_cast<int64_t>(static_cast<int32_t>(v)); };
    ImageMeta out;
    out.imageId = asInt(p[0]);
    for (int i = 0; i < 3; ++i)
        out.originalShape[i] = asInt(p[1 + i]);
    for (int i = 0; i < 3; ++i)
        out.moldedShape[i] = asInt(p[4 + i]);
    for (int i = 0; i < 4; ++i)
        out.window[i] = asInt(p[7 + i]);
    out.scale = static_cast<double>(static_cast<float>(p[11]));
    out.activeClassIds = m.slice(0, 12).to(torch::kInt32);
    return out;
}

}  // namespace mrcnn
