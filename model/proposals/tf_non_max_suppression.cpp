#include "proposals/tf_non_max_suppression.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <stdexcept>
#include <string>
#include <vector>

#include "proposals/box_graph.h"

namespace mrcnn {

namespace {

struct Corners {
    float ymin, xmin, ymax, xmax, area;
};

Corners corners(const float* b) {
    Corners c{std::min(b[0], b[2]), std::min(b[1], b[3]), std::max(b[0], b[2]),
              std::max(b[1], b[3]), 0.0f};
    c.area = (c.ymax - c.ymin) * (c.xmax - c.xmin);
    return c;
}

float iouOfCorners(const Corners& i, const Corners& j) {
    if (i.area <= 0.0f || j.area <= 0.0f)
        return 0.0f;
    const float iy0 = std::max(i.ymin, j.ymin);
    const float ix0 = std::max(i.xmin, j.xmin);
    const float iy1 = std::min(i.ymax, j.ymax);
    const float ix1 = std::min(i.xmax, j.xmax);
    const float inter = std::max(iy1 - iy0, 0.0f) * std::max(ix1 - ix0, 0.0f);
    return inter / (i.area + j.area - inter);
}

}  // namespace

float tfIou(const float* a, const float* b) {
    return iouOfCorners(corners(a), corners(b));
}

TfNmsResult tfNonMaxSuppression(const torch::Tensor& boxes, const torch::Tensor& scores,
                                int64_t maxOutput, float iouThreshold) {
    torch::Tensor b = checkedBoxes(boxes, "non_max_suppression boxes");
    if (!scores.defined() || scores.dim() != 1 || scores.scalar_type() != torch::kFloat32)
        throw std::invalid_argument("non_max_suppression: scores must be a float32 vector");
    if (scores.size(0) != b.size(0))
        throw std::invalid_argument("non_max_suppression: " + std::to_string(b.size(0)) +
                                    " boxes but " + std::to_string(scores.size(0)) + " scores");
    if (maxOutput < 0)
        throw std::invalid_argument("non_max_suppression: max_output_size must be >= 0, got " +
                                    std::to_string(maxOutput));
    // As the TF kernel; it also makes "zero-area IoU = 0" never suppress.
    if (!(iouThreshold >= 0.0f && iouThreshold <= 1.0f))
        throw std::invalid_argument("non_max_suppression: iou_threshold must be in [0, 1], got " +
                                    std::to_string(iouThreshold));
    torch::Tensor s = scores.contiguous();
    const int64_t n = b.size(0);
    const float* pb = b.data_ptr<float>();
    const float* ps = s.data_ptr<float>();

    std::vector<Corners> cs(static_cast<size_t>(n));
    for (int64_t i = 0; i < n; ++i)
        cs[i] = corners(pb + 4 * i);

    // Candidates: score > -inf, ordered by descending score, ties by ascending index.
    std::vector<int64_t> order;
    order.reserve(static_cast<size_t>(n));
    const float minusInf = -std::numeric_limits<float>::infinity();
    for (int64_t i = 0; i < n; ++i)
        if (ps[i] > minusInf)
            order.push_back(i);
    std::stable_sort(order.begin(), order.end(),
                     [ps](int64_t a, int64_t c) { return ps[a] > ps[c]; });

    // The selected boxes' corners as separate arrays, so that one candidate is compared with
    // a block of them in vector registers; each IoU is the same float32 expression as
    // iouOfCorners, so the outcome does not depend on the blocking.
    constexpr size_t kBlock = 16;
    const size_t capacity = static_cast<size_t>(std::min<int64_t>(maxOutput, n)) + kBlock;
    std::vector<float> sy0(capacity), sx0(capacity), sy1(capacity), sx1(capacity), sArea(capacity);
    std::vector<int64_t> selected;
    selected.reserve(capacity);
    torch::Tensor suppressedBy = torch::full({n}, -1, torch::kInt64);
    int64_t* pBy = suppressedBy.data_ptr<int64_t>();
    for (int64_t cand : order) {
        if (static_cast<int64_t>(selected.size()) >= maxOutput)
            break;
        const Corners& c = cs[cand];
        int64_t by = -1;
        if (c.area > 0.0f) {
            const size_t count = selected.size();
            for (size_t start = 0; start < count && by < 0; start += kBlock) {
                int over[kBlock];
                for (size_t k = 0; k < kBlock; ++k) {
                    const size_t j = start + k;
                    const float iy0 = std::max(c.ymin, sy0[j]);
                    const float ix0 = std::max(c.xmin, sx0[j]);
                    const float iy1 = std::min(c.ymax, sy1[j]);
                    const float ix1 = std::min(c.xmax, sx1[j]);
                    const float inter = std::max(iy1 - iy0, 0.0f) * std::max(ix1 - ix0, 0.0f);
                    const float iou = inter / (c.area + sArea[j] - inter);
                    over[k] = (sArea[j] > 0.0f) & (iou > iouThreshold);
                }
                for (size_t k = 0; k < kBlock && start + k < count; ++k)
                    if (over[k]) {
                        by = selected[start + k];
                        break;
                    }
            }
        }
        if (by >= 0) {
            pBy[cand] = by;
            continue;
        }
        const size_t j = selected.size();
        sy0[j] = c.ymin;
        sx0[j] = c.xmin;
        sy1[j] = c.ymax;
        sx1[j] = c.xmax;
        sArea[j] = c.area;
        selected.push_back(cand);
    }
    TfNmsResult result;
    result.selected = torch::tensor(selected, torch::kInt64);
    if (selected.empty())
        result.selected = torch::empty({0}, torch::kInt64);
    result.suppressedBy = suppressedBy;
    return result;
}

}  // namespace mrcnn
