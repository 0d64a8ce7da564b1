#include "postprocess/unmold_detections.h"

#include <cmath>
#include <stdexcept>
#include <string>
#include <vector>

#include "utils/image_ops.h"

namespace mrcnn {

namespace {

torch::Tensor dropBatchOne(const torch::Tensor& t, int64_t wantDim) {
    if (t.defined() && t.dim() == wantDim + 1 && t.size(0) == 1)
        return t[0];
    return t;
}

void checkGeometry(const UnmoldGeometry& g) {
    if (g.originalHeight < 2 || g.originalWidth < 2 || g.moldedHeight < 2 || g.moldedWidth < 2)
        throw std::invalid_argument(
            "unmold_detections: image shapes must be at least 2x2 (original " +
            std::to_string(g.originalHeight) + "x" + std::to_string(g.originalWidth) + ", molded " +
            std::to_string(g.moldedHeight) + "x" + std::to_string(g.moldedWidth) + ")");
    const auto& w = g.window;
    if (w[2] - w[0] < 2 || w[3] - w[1] < 2)
        throw std::invalid_argument("unmold_detections: window (" + std::to_string(w[0]) + ", " +
                                    std::to_string(w[1]) + ", " + std::to_string(w[2]) + ", " +
                                    std::to_string(w[3]) + ") is too small or inverted");
}

}  // namespace

UnmoldGeometry moldedUnmoldGeometry(int64_t moldedHeight, int64_t moldedWidth) {
    UnmoldGeometry g;
    g.originalHeight = g.moldedHeight = moldedHeight;
    g.originalWidth = g.moldedWidth = moldedWidth;
    g.window = {0, 0, moldedHeight, moldedWidth};
    return g;
}

UnmoldOutput unmoldDetections(const UnmoldInput& input, double maskThreshold) {
    torch::Tensor det = dropBatchOne(input.detections, 2);
    torch::Tensor masks = dropBatchOne(input.mrcnnMask, 4);
    if (!det.defined() || det.dim() != 2 || det.size(1) != 6 ||
        det.scalar_type() != torch::kFloat32)
        throw std::invalid_argument("unmold_detections: detections must be float32 [D, 6]");
    if (!masks.defined() || masks.dim() != 4 || masks.scalar_type() != torch::kFloat32)
        throw std::invalid_argument("unmold_detections: mrcnn_mask must be float32 4-d");
    const bool nhwc = input.maskLayout == MaskLayout::Nhwc;
    const int64_t numClasses = nhwc ? masks.size(3) : masks.size(1);
    if (masks.size(0) < det.size(0))
        throw std::invalid_argument("unmold_detections: " + std::to_string(det.size(0)) +
                                    " detection rows but only " + std::to_string(masks.size(0)) +
                                    " masks");
    const UnmoldGeometry& g = input.geometry;
    checkGeometry(g);
    det = det.contiguous();
    const float* pd = det.data_ptr<float>();
    const int64_t d = det.size(0);

    UnmoldOutput out;
    int64_t n = d;
    for (int64_t i = 0; i < d; ++i)
        if (pd[i * 6 + 4] == 0.0f) {
            n = i;
            break;
        }
    out.detectionCount = n;

    // norm_boxes(window, molded shape): float64 arithmetic, stored as float32.
    float wn[4];
    const double scale[4] = {double(g.moldedHeight - 1), double(g.moldedWidth - 1),
                             double(g.moldedHeight - 1), double(g.moldedWidth - 1)};
    const double shift[4] = {0, 0, 1, 1};
    for (int k = 0; k < 4; ++k)
        wn[k] = static_cast<float>((static_cast<double>(g.window[k]) - shift[k]) / scale[k]);
    out.windowNorm = torch::tensor({wn[0], wn[1], wn[2], wn[3]}, torch::kFloat32);
    const float wh = wn[2] - wn[0];
    const float ww = wn[3] - wn[1];
    const float shiftN[4] = {wn[0], wn[1], wn[0], wn[1]};
    const float scaleN[4] = {wh, ww, wh, ww};
    // denorm_boxes: float32 boxes times int64 scale -> float64, np.around (half to even).
    const double scaleO[4] = {double(g.originalHeight - 1), double(g.originalWidth - 1),
                              double(g.originalHeight - 1), double(g.originalWidth - 1)};

    std::vector<int64_t> kept;
    std::vector<std::array<int32_t, 4>> boxes;
    for (int64_t i = 0; i < n; ++i) {
        std::array<int32_t, 4> b{};
        for (int k = 0; k < 4; ++k) {
            const float rel = (pd[i * 6 + k] - shiftN[k]) / scaleN[k];
            const double px = static_cast<double>(rel) * scaleO[k] + shift[k];
            b[k] = static_cast<int32_t>(std::nearbyint(px));
        }
        const int64_t area = int64_t(b[2] - b[0]) * int64_t(b[3] - b[1]);
        if (area <= 0)
            continue;
        const int64_t cls = static_cast<int64_t>(static_cast<int32_t>(pd[i * 6 + 4]));
        if (cls < 0 || cls >= numClasses)
            throw std::invalid_argument("unmold_detections: detection " + std::to_string(i) +
                                        " has class id " + std::to_string(cls) +
                                        " but the mask "
                                        "has " +
                                        std::to_string(numClasses) + " classes");
        kept.push_back(i);
        boxes.push_back(b);
    }

    const int64_t count = static_cast<int64_t>(kept.size());
    out.keptRows = torch::tensor(std::vector<int64_t>(kept), torch::kInt64).reshape({count});
    out.rois = torch::empty({count, 4}, torch::kInt32);
    out.classIds = torch::empty({count}, torch::kInt32);
    out.scores = torch::empty({count}, torch::kFloat32);
    const int64_t mh = nhwc ? masks.size(1) : masks.size(2);
    const int64_t mw = nhwc ? masks.size(2) : masks.size(3);
    out.classMasks = torch::empty({count, mh, mw}, torch::kFloat32);
    out.masks = torch::zeros({g.originalHeight, g.originalWidth, count}, torch::kBool);
    bool* pMask = out.masks.data_ptr<bool>();
    int32_t* pRois = out.rois.data_ptr<int32_t>();
    int32_t* pIds = out.classIds.data_ptr<int32_t>();
    float* pScores = out.scores.data_ptr<float>();
    for (int64_t j = 0; j < count; ++j) {
        const int64_t i = kept[j];
        const auto& b = boxes[j];
        const int32_t cls = static_cast<int32_t>(pd[i * 6 + 4]);
        for (int k = 0; k < 4; ++k)
            pRois[j * 4 + k] = b[k];
        pIds[j] = cls;
        pScores[j] = pd[i * 6 + 5];
        torch::Tensor cm = nhwc ? masks[i].select(2, cls) : masks[i][cls];
        out.classMasks[j].copy_(cm);
        torch::Tensor resized = skimageResize(cm.contiguous(), b[2] - b[0], b[3] - b[1]);
        const float* pr = resized.data_ptr<float>();
        const float thr = static_cast<float>(maskThreshold);
        // Paste with numpy slicing semantics: the box may extend past the image.
        for (int64_t y = b[0]; y < b[2]; ++y) {
            if (y < 0 || y >= g.originalHeight)
                continue;
            for (int64_t x = b[1]; x < b[3]; ++x) {
                if (x < 0 || x >= g.originalWidth)
                    continue;
                pMask[(y * g.originalWidth + x) * count + j] =
                    pr[(y - b[0]) * (b[3] - b[1]) + (x - b[1])] >= thr;
            }
        }
    }
    return out;
}

}  // namespace mrcnn
