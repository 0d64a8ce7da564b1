#include "utils/boxes.h"

#include "utils/numpy_math.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <stdexcept>
#include <string>
#include <vector>

namespace mrcnn {
namespace {

void requireBoxes(const torch::Tensor& boxes, const char* what) {
    if (!boxes.defined() || boxes.dim() != 2 || boxes.size(1) != 4) {
        std::string got = boxes.defined() ? c10::str(boxes.sizes()) : "an undefined tensor";
        throw std::invalid_argument(std::string(what) + ": expected boxes of shape [N, 4], got " +
                                    got);
    }
}

void requireMasks(const torch::Tensor& masks, const char* what) {
    if (!masks.defined() || masks.dim() != 3) {
        throw std::invalid_argument(std::string(what) + ": expected masks of shape [H, W, N]");
    }
}

// numpy's np.maximum(x, 0): NaN propagates.
template <typename T>
inline T nonNegative(T v) {
    return v < T(0) ? T(0) : v;
}

// (y2 - y1) * (x2 - x1) per row, in the tensor's own dtype (int boxes give int areas).
torch::Tensor areas(const torch::Tensor& b) {
    return (b.select(1, 2) - b.select(1, 0)) * (b.select(1, 3) - b.select(1, 1));
}

}  // namespace

torch::Tensor normBoxes(const torch::Tensor& boxes, int64_t height, int64_t width) {
    requireBoxes(boxes, "normBoxes");
    // numpy promotes (boxes - int64 shift) / float64 scale to float64 before the float32 cast.
    auto opts = torch::TensorOptions().dtype(torch::kFloat64);
    auto scale = torch::tensor(
        {double(height - 1), double(width - 1), double(height - 1), double(width - 1)}, opts);
    auto shift = torch::tensor({0.0, 0.0, 1.0, 1.0}, opts);
    return ((boxes.to(torch::kFloat64) - shift) / scale).to(torch::kFloat32);
}

torch::Tensor denormBoxes(const torch::Tensor& boxes, int64_t height, int64_t width) {
    requireBoxes(boxes, "denormBoxes");
    auto opts = torch::TensorOptions().dtype(torch::kFloat64);
    auto scale = torch::tensor(
        {double(height - 1), double(width - 1), double(height - 1), double(width - 1)}, opts);
    auto shift = torch::tensor({0.0, 0.0, 1.0, 1.0}, opts);
    // torch::round is half-to-even, like np.around.
    return torch::round(boxes.to(torch::kFloat64) * scale + shift).to(torch::kInt32);
}

torch::Tensor computeOverlaps(const torch::Tensor& boxes1, const torch::Tensor& boxes2) {
    requireBoxes(boxes1, "computeOverlaps (boxes1)");
    requireBoxes(boxes2, "computeOverlaps (boxes2)");
    // The original loops over boxes2 calling compute_iou(box2 scalar row, boxes1 array): numpy's
    // value-based casting keeps float32 arithmetic whenever boxes1 is float32; everything else
    // (float64, integers, mixtures) is exact or float64. area2 is computed in boxes2's dtype.
    const bool f32 = boxes1.scalar_type() == torch::kFloat32;
    const auto work = f32 ? torch::kFloat32 : torch::kFloat64;
    auto a1 = areas(boxes1).to(work).unsqueeze(1);
    auto a2 = areas(boxes2).to(work).unsqueeze(0);
    auto b1 = boxes1.to(work);
    auto b2 = boxes2.to(work);
    auto y1 = torch::maximum(b2.select(1, 0).unsqueeze(0), b1.select(1, 0).unsqueeze(1));
    auto y2 = torch::minimum(b2.select(1, 2).unsqueeze(0), b1.select(1, 2).unsqueeze(1));
    auto x1 = torch::maximum(b2.select(1, 1).unsqueeze(0), b1.select(1, 1).unsqueeze(1));
    auto x2 = torch::minimum(b2.select(1, 3).unsqueeze(0), b1.select(1, 3).unsqueeze(1));
    auto inter = torch::clamp_min(x2 - x1, 0) * torch::clamp_min(y2 - y1, 0);
    auto uni = a2 + a1 - inter;
    return (inter / uni).to(torch::kFloat64);
}

torch::Tensor computeOverlapsMasks(const torch::Tensor& masks1, const torch::Tensor& masks2) {
    requireMasks(masks1, "computeOverlapsMasks (masks1)");
    requireMasks(masks2, "computeOverlapsMasks (masks2)");
    const int64_t n1 = masks1.size(2);
    const int64_t n2 = masks2.size(2);
    if (n1 == 0 || n2 == 0) {
        return torch::zeros({n1, n2}, torch::kFloat64);
    }
    if (masks1.size(0) * masks1.size(1) != masks2.size(0) * masks2.size(1)) {
        throw std::invalid_argument("computeOverlapsMasks: the two mask sets differ in size");
    }
    auto m1 = (masks1.to(torch::kFloat64) > 0.5).reshape({-1, n1}).to(torch::kFloat32);
    auto m2 = (masks2.to(torch::kFloat64) > 0.5).reshape({-1, n2}).to(torch::kFloat32);
    // Pixel counts below 2^24 are exact in float32 whatever the summation order.
    auto area1 = m1.sum(0);
    auto area2 = m2.sum(0);
    auto inter = torch::matmul(m1.t(), m2);
    auto uni = area1.unsqueeze(1) + area2.unsqueeze(0) - inter;
    return inter / uni;
}

namespace {

template <typename T>
std::vector<int32_t> nmsImpl(const torch::Tensor& boxesT, const std::vector<int64_t>& order,
                             double threshold) {
    const T* b = boxesT.data_ptr<T>();
    const int64_t n = boxesT.size(0);
    std::vector<T> area(n);
    for (int64_t i = 0; i < n; ++i) {
        area[i] = (b[i * 4 + 2] - b[i * 4 + 0]) * (b[i * 4 + 3] - b[i * 4 + 1]);
    }
    // numpy compares a float32 IoU array with a Python float in float32.
    const T thr = static_cast<T>(threshold);
    std::vector<int64_t> ixs = order;
    std::vector<int32_t> pick;
    std::vector<int64_t> next;
    while (!ixs.empty()) {
        const int64_t i = ixs[0];
        pick.push_back(static_cast<int32_t>(i));
        const T* bi = b + i * 4;
        next.clear();
        for (size_t k = 1; k < ixs.size(); ++k) {
            const int64_t j = ixs[k];
            const T* bj = b + j * 4;
            const T y1 = std::max(bi[0], bj[0]);
            const T y2 = std::min(bi[2], bj[2]);
            const T x1 = std::max(bi[1], bj[1]);
            const T x2 = std::min(bi[3], bj[3]);
            const T inter = nonNegative<T>(x2 - x1) * nonNegative<T>(y2 - y1);
            const T uni = area[i] + area[j] - inter;
            const T iou = inter / uni;
            if (!(iou > thr))
                next.push_back(j);  // NaN IoU never removes
        }
        ixs.swap(next);
    }
    return pick;
}

}  // namespace

torch::Tensor nonMaxSuppression(const torch::Tensor& boxes, const torch::Tensor& scores,
                                double threshold) {
    requireBoxes(boxes, "nonMaxSuppression");
    if (!scores.defined() || scores.dim() != 1 || scores.size(0) != boxes.size(0)) {
        throw std::invalid_argument("nonMaxSuppression: scores must be 1-D with one per box");
    }
    const int64_t n = boxes.size(0);
    // The original asserts N > 0; an empty result is the useful answer here.
    if (n == 0)
        return torch::empty({0}, torch::kInt32);

    // argsort(scores)[::-1]: stable ascending (NaN last) reversed, so ties come highest
    // index first and NaN scores lead.
    auto s = scores.to(torch::kFloat64).contiguous();
    const double* sp = s.data_ptr<double>();
    std::vector<int64_t> order(n);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [sp](int64_t a, int64_t b) {
        const double va = sp[a];
        const double vb = sp[b];
        if (std::isnan(vb))
            return !std::isnan(va);
        return va < vb;
    });
    std::reverse(order.begin(), order.end());

    std::vector<int32_t> pick;
    if (boxes.scalar_type() == torch::kFloat64) {
        pick = nmsImpl<double>(boxes.contiguous(), order, threshold);
    } else {
        // Non-float boxes are cast to float32 as in the original; float16 etc. likewise.
        pick = nmsImpl<float>(boxes.to(torch::kFloat32).contiguous(), order, threshold);
    }
    return torch::tensor(pick, torch::kInt32).reshape({static_cast<int64_t>(pick.size())});
}

torch::Tensor applyBoxDeltas(const torch::Tensor& boxes, const torch::Tensor& deltas) {
    requireBoxes(boxes, "applyBoxDeltas (boxes)");
    requireBoxes(deltas, "applyBoxDeltas (deltas)");
    if (boxes.size(0) != deltas.size(0)) {
        throw std::invalid_argument("applyBoxDeltas: boxes and deltas differ in count");
    }
    auto b = boxes.to(torch::kFloat32);
    // Float32 deltas keep float32 arithmetic; float64 (or integer) deltas make numpy compute
    // each in-place update in float64 and store it back as float32.
    auto d = deltas.scalar_type() == torch::kFloat32 ? deltas : deltas.to(torch::kFloat64);
    auto height = b.select(1, 2) - b.select(1, 0);
    auto width = b.select(1, 3) - b.select(1, 1);
    auto cy = b.select(1, 0) + 0.5 * height;
    auto cx = b.select(1, 1) + 0.5 * width;
    cy = (cy + d.select(1, 0) * height).to(torch::kFloat32);
    cx = (cx + d.select(1, 1) * width).to(torch::kFloat32);
    // numpy's float32 exp kernel is not libm's: use the same algorithm for float32 deltas.
    auto expOf = [](const torch::Tensor& v) {
        return v.scalar_type() == torch::kFloat32 ? numpyExp(v) : torch::exp(v);
    };
    height = (height * expOf(d.select(1, 2))).to(torch::kFloat32);
    width = (width * expOf(d.select(1, 3))).to(torch::kFloat32);
    auto y1 = cy - 0.5 * height;
    auto x1 = cx - 0.5 * width;
    return torch::stack({y1, x1, y1 + height, x1 + width}, 1);
}

torch::Tensor boxRefinement(const torch::Tensor& boxes, const torch::Tensor& gtBoxes) {
    requireBoxes(boxes, "boxRefinement (box)");
    requireBoxes(gtBoxes, "boxRefinement (gt_box)");
    if (boxes.size(0) != gtBoxes.size(0)) {
        throw std::invalid_argument("boxRefinement: box and gt_box differ in count");
    }
    auto b = boxes.to(torch::kFloat32);
    auto g = gtBoxes.to(torch::kFloat32);
    auto h = b.select(1, 2) - b.select(1, 0);
    auto w = b.select(1, 3) - b.select(1, 1);
    auto cy = b.select(1, 0) + 0.5 * h;
    auto cx = b.select(1, 1) + 0.5 * w;
    auto gh = g.select(1, 2) - g.select(1, 0);
    auto gw = g.select(1, 3) - g.select(1, 1);
    auto gcy = g.select(1, 0) + 0.5 * gh;
    auto gcx = g.select(1, 1) + 0.5 * gw;
    return torch::stack({(gcy - cy) / h, (gcx - cx) / w, numpyLog(gh / h), numpyLog(gw / w)}, 1);
}

torch::Tensor extractBboxes(const torch::Tensor& masks) {
    requireMasks(masks, "extractBboxes");
    const int64_t height = masks.size(0);
    const int64_t width = masks.size(1);
    const int64_t n = masks.size(2);
    auto out = torch::zeros({n, 4}, torch::kInt32);
    if (n == 0 || height == 0 || width == 0)
        return out;
    auto m = masks.ne(0);
    auto cols = m.any(0).to(torch::kUInt8);  // [W, N]
    auto rows = m.any(1).to(torch::kUInt8);  // [H, N]
    // First and last set index per instance through argmax on the array and its flip.
    auto x1 = cols.argmax(0);
    auto x2 = width - cols.flip(0).argmax(0);
    auto y1 = rows.argmax(0);
    auto y2 = height - rows.flip(0).argmax(0);
    auto nonEmpty = cols.any(0).to(torch::kBool);
    auto boxes = torch::stack({y1, x1, y2, x2}, 1).to(torch::kInt32);
    return torch::where(nonEmpty.unsqueeze(1), boxes, out);
}

torch::Tensor nonZeroRowIndices(const torch::Tensor& x) {
    if (!x.defined() || x.dim() != 2) {
        throw std::invalid_argument("trimZeros: expected a 2-D tensor");
    }
    if (x.size(0) == 0)
        return torch::empty({0}, torch::kInt64);
    if (x.size(1) == 0)
        return torch::empty({0}, torch::kInt64);  // every empty row is all zero
    return torch::nonzero(x.ne(0).any(1)).reshape({-1});
}

torch::Tensor trimZeros(const torch::Tensor& x) {
    return x.index_select(0, nonZeroRowIndices(x));
}

}  // namespace mrcnn
