// minimizeMask, expandMask and unmoldMask of image_ops.h: per-instance mask resizing through
// the same skimage-style bilinear rule as the images.

#include <stdexcept>
#include <string>

#include "utils/image_ops.h"

namespace mrcnn {
namespace {

std::array<int64_t, 4> boxRow(const torch::Tensor& bbox, int64_t i) {
    auto row = bbox[i].to(torch::kInt64).contiguous();
    const int64_t* p = row.data_ptr<int64_t>();
    return {p[0], p[1], p[2], p[3]};
}

std::string boxText(const std::array<int64_t, 4>& b) {
    return "(" + std::to_string(b[0]) + ", " + std::to_string(b[1]) + ", " + std::to_string(b[2]) +
           ", " + std::to_string(b[3]) + ")";
}

void requireBoxInside(const std::array<int64_t, 4>& b, int64_t height, int64_t width,
                      const char* what) {
    if (b[2] <= b[0] || b[3] <= b[1]) {
        throw std::invalid_argument(std::string(what) + ": invalid bounding box " + boxText(b) +
                                    " with area of zero");
    }
    if (b[0] < 0 || b[1] < 0 || b[2] > height || b[3] > width) {
        throw std::invalid_argument(std::string(what) + ": bounding box " + boxText(b) +
                                    " outside the " + std::to_string(height) + "x" +
                                    std::to_string(width) + " image");
    }
}

// utils.resize on a 0/1 mask, then np.around (half to even, so exactly 0.5 is False).
torch::Tensor resizeBinary(const torch::Tensor& m, int64_t h, int64_t w) {
    return skimageResize(m.ne(0).to(torch::kFloat64), h, w).gt(0.5);
}

}  // namespace

torch::Tensor minimizeMask(const torch::Tensor& bbox, const torch::Tensor& mask,
                           std::array<int64_t, 2> miniShape) {
    if (!mask.defined() || mask.dim() != 3) {
        throw std::invalid_argument("minimizeMask: expected a mask [H, W, N]");
    }
    const int64_t n = mask.size(2);
    if (!bbox.defined() || bbox.dim() != 2 || bbox.size(0) != n || bbox.size(1) < 4) {
        throw std::invalid_argument("minimizeMask: expected one box [N, 4] per mask instance");
    }
    if (miniShape[0] <= 0 || miniShape[1] <= 0) {
        throw std::invalid_argument("minimizeMask: mini shape must be positive");
    }
    auto out = torch::zeros({miniShape[0], miniShape[1], n}, torch::kBool);
    for (int64_t i = 0; i < n; ++i) {
        auto b = boxRow(bbox, i);
        if (b[0] < 0 || b[1] < 0) {
            throw std::invalid_argument("minimizeMask: negative bounding box " + boxText(b));
        }
        // numpy slicing clamps the far edges; an empty crop is the original's error.
        const int64_t y2 = std::min(b[2], mask.size(0));
        const int64_t x2 = std::min(b[3], mask.size(1));
        if (y2 <= b[0] || x2 <= b[1]) {
            throw std::invalid_argument("minimizeMask: invalid bounding box " + boxText(b) +
                                        " with area of zero (instance " + std::to_string(i) + ")");
        }
        auto crop = mask.select(2, i).slice(0, b[0], y2).slice(1, b[1], x2);
        out.select(2, i).copy_(resizeBinary(crop, miniShape[0], miniShape[1]));
    }
    return out;
}

torch::Tensor expandMask(const torch::Tensor& bbox, const torch::Tensor& miniMask, int64_t height,
                         int64_t width) {
    if (!miniMask.defined() || miniMask.dim() != 3) {
        throw std::invalid_argument("expandMask: expected a mini mask [h, w, N]");
    }
    const int64_t n = miniMask.size(2);
    if (!bbox.defined() || bbox.dim() != 2 || bbox.size(0) != n || bbox.size(1) < 4) {
        throw std::invalid_argument("expandMask: expected one box [N, 4] per mask instance");
    }
    if (height < 0 || width < 0)
        throw std::invalid_argument("expandMask: negative image size");
    auto out = torch::zeros({height, width, n}, torch::kBool);
    for (int64_t i = 0; i < n; ++i) {
        auto b = boxRow(bbox, i);
        requireBoxInside(b, height, width, "expandMask");
        auto m = resizeBinary(miniMask.select(2, i), b[2] - b[0], b[3] - b[1]);
        out.select(2, i).slice(0, b[0], b[2]).slice(1, b[1], b[3]).copy_(m);
    }
    return out;
}

torch::Tensor unmoldMask(const torch::Tensor& mask, const std::array<int64_t, 4>& bbox,
                         int64_t height, int64_t width, double threshold) {
    if (!mask.defined() || mask.dim() != 2) {
        throw std::invalid_argument("unmoldMask: expected a mask [h, w]");
    }
    if (height < 0 || width < 0)
        throw std::invalid_argument("unmoldMask: negative image size");
    requireBoxInside(bbox, height, width, "unmoldMask");
    // float32 masks stay float32 through the resize and the >= comparison, as in numpy.
    auto m = mask.scalar_type() == torch::kFloat32 ? mask : mask.to(torch::kFloat64);
    auto resized = skimageResize(m, bbox[2] - bbox[0], bbox[3] - bbox[1]);
    auto binary = mask.scalar_type() == torch::kFloat32 ? resized.ge(static_cast<float>(threshold))
                                                        : resized.ge(threshold);
    auto full = torch::zeros({height, width}, torch::kBool);
    full.slice(0, bbox[0], bbox[2]).slice(1, bbox[1], bbox[3]).copy_(binary);
    return full;
}

}  // namespace mrcnn
