#include "training/train_layers.h"

#include <stdexcept>

#include "backbone/folded_conv.h"
#include "roi_align/roi_level.h"

namespace mrcnn::training {

torch::Tensor tfConv(const ParamStore& params, const std::string& layer, const torch::Tensor& x,
                     int64_t stride, bool same) {
    const auto& w = requireParam(params, layer + "/kernel");
    const auto& b = requireParam(params, layer + "/bias");
    const auto py = tfPadding(x.size(2), w.size(2), stride, same);
    const auto px = tfPadding(x.size(3), w.size(3), stride, same);
    if (py[0] == py[1] && px[0] == px[1])
        return torch::conv2d(x, w, b, {stride, stride}, {py[0], px[0]});
    // TF puts the odd padding row/column at the bottom/right.
    auto padded = torch::constant_pad_nd(x, {px[0], px[1], py[0], py[1]}, 0.0);
    return torch::conv2d(padded, w, b, {stride, stride});
}

torch::Tensor kerasBatchNorm(const ParamStore& params, const std::string& layer,
                             const torch::Tensor& x, bool batchStatistics) {
    // A batch of one value per channel has no variance; Keras would divide by zero too, so
    // such batches fall back to the moving statistics.
    const bool useBatch = batchStatistics && x.numel() / x.size(1) > 1;
    return torch::batch_norm(
        x, requireParam(params, layer + "/gamma"), requireParam(params, layer + "/beta"),
        requireParam(params, layer + "/moving_mean"),
        requireParam(params, layer + "/moving_variance"), useBatch, kBnMomentum, kBnEps, false);
}

torch::Tensor cropAndResizeDifferentiable(const torch::Tensor& featureChw,
                                          const torch::Tensor& boxes, int64_t poolSize) {
    const int64_t c = featureChw.size(0), h = featureChw.size(1), w = featureChw.size(2);
    const int64_t n = boxes.size(0), p = poolSize;
    if (n == 0)
        return featureChw.new_zeros({0, c, p, p});
    auto b = boxes.to(torch::kFloat32);
    auto y1 = b.select(1, 0), x1 = b.select(1, 1), y2 = b.select(1, 2), x2 = b.select(1, 3);
    auto steps = torch::arange(p, torch::kFloat32).unsqueeze(0);
    // TF's sample positions, as the inference kernel (crop_and_resize.h) documents.
    auto sample = [&](const torch::Tensor& a, const torch::Tensor& z, int64_t size) {
        if (p == 1)
            return (0.5 * (a + z) * static_cast<double>(size - 1)).unsqueeze(1);
        auto scale = (z - a) * static_cast<double>(size - 1) / static_cast<double>(p - 1);
        return a.unsqueeze(1) * static_cast<double>(size - 1) + steps * scale.unsqueeze(1);
    };
    auto inY = sample(y1, y2, h), inX = sample(x1, x2, w);  // [n, p]
    auto valid =
        ((inY >= 0) & (inY <= h - 1)).unsqueeze(2) & ((inX >= 0) & (inX <= w - 1)).unsqueeze(1);
    auto top = inY.floor(), left = inX.floor();
    auto yLerp = (inY - top).unsqueeze(2).unsqueeze(0),
         xLerp = (inX - left).unsqueeze(1).unsqueeze(0);
    auto topI = top.clamp(0, h - 1).to(torch::kLong),
         bottomI = inY.ceil().clamp(0, h - 1).to(torch::kLong);
    auto leftI = left.clamp(0, w - 1).to(torch::kLong),
         rightI = inX.ceil().clamp(0, w - 1).to(torch::kLong);
    auto flat = featureChw.reshape({c, h * w});
    auto corner = [&](const torch::Tensor& rows, const torch::Tensor& cols) {
        auto index = (rows.unsqueeze(2) * w + cols.unsqueeze(1)).reshape({-1});
        return flat.index_select(1, index).view({c, n, p, p});
    };
    auto tl = corner(topI, leftI), tr = corner(topI, rightI);
    auto bl = corner(bottomI, leftI), br = corner(bottomI, rightI);
    auto topRow = tl + (tr - tl) * xLerp;
    auto bottomRow = bl + (br - bl) * xLerp;
    auto out = (topRow + (bottomRow - topRow) * yLerp) * valid.to(torch::kFloat32).unsqueeze(0);
    return out.permute({1, 0, 2, 3});
}

torch::Tensor pyramidRoiAlignDifferentiable(const std::vector<torch::Tensor>& boxes,
                                            const std::vector<torch::Tensor>& featureMaps,
                                            int64_t imageHeight, int64_t imageWidth,
                                            int64_t poolSize) {
    if (featureMaps.size() < 4)
        throw std::invalid_argument("PyramidROIAlign needs the maps P2..P5");
    std::vector<torch::Tensor> pieces, order;
    int64_t offset = 0;
    for (size_t image = 0; image < boxes.size(); ++image) {
        const auto& imageBoxes = boxes[image];
        auto levels = roiLevels(imageBoxes, imageHeight, imageWidth);
        for (int level = 2; level <= 5; ++level) {
            auto rows = (levels == level).nonzero().select(1, 0);
            if (rows.numel() == 0)
                continue;
            auto map = featureMaps[level - 2][static_cast<int64_t>(image)];
            pieces.push_back(
                cropAndResizeDifferentiable(map, imageBoxes.index_select(0, rows), poolSize));
            order.push_back(rows + offset);
        }
        offset += imageBoxes.size(0);
    }
    const int64_t channels = featureMaps[0].size(1);
    if (pieces.empty())
        return featureMaps[0].new_zeros({0, channels, poolSize, poolSize});
    // Back to the boxes' order: the original re-sorts its level-concatenated crops likewise.
    auto pooled = torch::cat(pieces, 0);
    auto inverse = torch::argsort(torch::cat(order, 0));
    return pooled.index_select(0, inverse);
}

}  // namespace mrcnn::training
