#include "utils/anchors.h"

#include <cmath>
#include <stdexcept>
#include <string>

#include "utils/boxes.h"

namespace mrcnn {

std::vector<std::array<int64_t, 2>> computeBackboneShapes(const Config& config, int64_t height,
                                                          int64_t width) {
    if (height <= 0 || width <= 0) {
        throw std::invalid_argument("computeBackboneShapes: image size must be positive, got " +
                                    std::to_string(height) + "x" + std::to_string(width));
    }
    std::vector<std::array<int64_t, 2>> shapes;
    for (int stride : config.BACKBONE_STRIDES) {
        if (stride <= 0)
            throw std::invalid_argument("computeBackboneShapes: stride must be > 0");
        shapes.push_back({(height + stride - 1) / stride, (width + stride - 1) / stride});
    }
    return shapes;
}

torch::Tensor generateAnchors(double scale, const std::vector<double>& ratios,
                              std::array<int64_t, 2> featureShape, int64_t featureStride,
                              int64_t anchorStride) {
    if (anchorStride <= 0)
        throw std::invalid_argument("generateAnchors: anchor stride must be > 0");
    if (featureShape[0] < 0 || featureShape[1] < 0) {
        throw std::invalid_argument("generateAnchors: negative feature shape");
    }
    const int64_t rows = (featureShape[0] + anchorStride - 1) / anchorStride;
    const int64_t cols = (featureShape[1] + anchorStride - 1) / anchorStride;
    const int64_t nr = static_cast<int64_t>(ratios.size());
    std::vector<double> heights(nr), widths(nr);
    for (int64_t r = 0; r < nr; ++r) {
        if (!(ratios[r] > 0))
            throw std::invalid_argument("generateAnchors: ratios must be > 0");
        heights[r] = scale / std::sqrt(ratios[r]);
        widths[r] = scale * std::sqrt(ratios[r]);
    }
    auto out = torch::empty({rows * cols * nr, 4}, torch::kFloat64);
    double* p = out.data_ptr<double>();
    // Row-major over cells, ratios innermost; centres on the cell's top-left corner.
    for (int64_t iy = 0; iy < rows; ++iy) {
        const double cy = static_cast<double>(iy * anchorStride * featureStride);
        for (int64_t ix = 0; ix < cols; ++ix) {
            const double cx = static_cast<double>(ix * anchorStride * featureStride);
            for (int64_t r = 0; r < nr; ++r) {
                p[0] = cy - 0.5 * heights[r];
                p[1] = cx - 0.5 * widths[r];
                p[2] = cy + 0.5 * heights[r];
                p[3] = cx + 0.5 * widths[r];
                p += 4;
            }
        }
    }
    return out;
}

torch::Tensor generatePyramidAnchors(const std::vector<double>& scales,
                                     const std::vector<double>& ratios,
                                     const std::vector<std::array<int64_t, 2>>& featureShapes,
                                     const std::vector<int>& featureStrides, int64_t anchorStride) {
    if (scales.size() != featureShapes.size() || scales.size() != featureStrides.size()) {
        throw std::invalid_argument(
            "generatePyramidAnchors: scales (" + std::to_string(scales.size()) +
            "), feature shapes (" + std::to_string(featureShapes.size()) + ") and strides (" +
            std::to_string(featureStrides.size()) + ") must have one entry per level");
    }
    std::vector<torch::Tensor> levels;
    for (size_t i = 0; i < scales.size(); ++i) {
        levels.push_back(
            generateAnchors(scales[i], ratios, featureShapes[i], featureStrides[i], anchorStride));
    }
    if (levels.empty())
        return torch::empty({0, 4}, torch::kFloat64);
    return torch::cat(levels, 0);
}

AnchorSet anchorsForImage(const Config& config, int64_t height, int64_t width) {
    auto shapes = computeBackboneShapes(config, height, width);
    AnchorSet set;
    auto pixels = generatePyramidAnchors(config.RPN_ANCHOR_SCALES, config.RPN_ANCHOR_RATIOS, shapes,
                                         config.BACKBONE_STRIDES, config.RPN_ANCHOR_STRIDE);
    set.pixels = MoldedBoxes(pixels);
    const int64_t stride = config.RPN_ANCHOR_STRIDE;
    for (const auto& s : shapes) {
        set.countPerLevel.push_back(((s[0] + stride - 1) / stride) *
                                    ((s[1] + stride - 1) / stride) *
                                    static_cast<int64_t>(config.RPN_ANCHOR_RATIOS.size()));
    }
    set.normalized = NormalizedBoxes(normBoxes(pixels, height, width));
    return set;
}

}  // namespace mrcnn
