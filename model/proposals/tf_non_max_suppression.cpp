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

    std::vector<int64_t> selected;
    torch::Tensor suppressedBy = torch::full({n}, -1, torch::kInt64);
    int64_t* pBy = suppressedBy.data_ptr<int64_t>();
    for (int64_t cand : order) {
        if (static_cast<int64_t>(selected.size()) >= maxOutput)
            break;
        int64_t by = -1;
        for (int64_t sel : selected) {
            if (iouOfCorners(cs[cand], cs[sel]) > iouThreshold) {
                by = sel;
                break;
            }
        }
        if (by < 0)
            selected.push_back(cand);
        else
            pBy[cand] = by;
    }
    TfNmsResult result;
    result.selected = torch::tensor(selected, torch::kInt64);
    if (selected.empty())
        result.selected = torch::empty({0}, torch::kInt64);
    result.suppressedBy = suppressedBy;
    return result;
}

}  // namespace mrcnn
