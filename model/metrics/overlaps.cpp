#include "metrics/overlaps.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string>

namespace mrcnn::metrics::detail {

namespace {

torch::Tensor binaryColumns(const torch::Tensor& masks, const char* what) {
    if (masks.dim() != 3)
        throw std::invalid_argument(std::string(what) + ": expected masks [H, W, N], got " +
                                    std::to_string(masks.dim()) + " dimensions");
    const torch::Tensor bin = masks.scalar_type() == torch::kBool ? masks : masks.gt(0.5);
    return bin.reshape({masks.size(0) * masks.size(1), masks.size(2)}).to(torch::kFloat64);
}

template <typename T>
void fillBoxIou(const torch::Tensor& b1, const torch::Tensor& b2, double* out) {
    const int64_t n1 = b1.size(0), n2 = b2.size(0);
    const T* p = b1.data_ptr<T>();
    const T* q = b2.data_ptr<T>();
    for (int64_t i = 0; i < n1; ++i) {
        const T* a = p + 4 * i;
        const T areaA = (a[2] - a[0]) * (a[3] - a[1]);
        for (int64_t j = 0; j < n2; ++j) {
            const T* b = q + 4 * j;
            const T areaB = (b[2] - b[0]) * (b[3] - b[1]);
            const T h = std::max(std::min(a[2], b[2]) - std::max(a[0], b[0]), T(0));
            const T w = std::max(std::min(a[3], b[3]) - std::max(a[1], b[1]), T(0));
            const T inter = h * w;
            const T uni = areaB + areaA - inter;
            out[i * n2 + j] = double(inter / uni);
        }
    }
}

}  // namespace

torch::Tensor maskOverlaps(const torch::Tensor& masks1, const torch::Tensor& masks2) {
    const torch::Tensor m1 = binaryColumns(masks1, "compute_overlaps_masks masks1");
    const torch::Tensor m2 = binaryColumns(masks2, "compute_overlaps_masks masks2");
    if (m1.size(0) != m2.size(0))
        throw std::invalid_argument("compute_overlaps_masks: masks of different image sizes");
    const int64_t n1 = m1.size(1), n2 = m2.size(1);
    if (n1 == 0 || n2 == 0)
        return torch::zeros({n1, n2}, torch::kFloat64);
    // Integer counts (exact in float64), then the original's float32 arithmetic.
    const torch::Tensor inter = m1.t().mm(m2).to(torch::kFloat32);
    const torch::Tensor a1 = m1.sum(0).to(torch::kFloat32);
    const torch::Tensor a2 = m2.sum(0).to(torch::kFloat32);
    const torch::Tensor uni = (a1.unsqueeze(1) + a2.unsqueeze(0)) - inter;
    return (inter / uni).contiguous();
}

torch::Tensor boxOverlaps(const torch::Tensor& boxes1, const torch::Tensor& boxes2) {
    for (const auto* b : {&boxes1, &boxes2})
        if (b->dim() != 2 || b->size(1) != 4)
            throw std::invalid_argument("compute_overlaps: boxes must be [N, 4]");
    torch::Tensor out = torch::zeros({boxes1.size(0), boxes2.size(0)}, torch::kFloat64);
    if (boxes1.scalar_type() == torch::kFloat32 && boxes2.scalar_type() == torch::kFloat32) {
        fillBoxIou<float>(boxes1.contiguous(), boxes2.contiguous(), out.data_ptr<double>());
    } else {
        fillBoxIou<double>(boxes1.to(torch::kFloat64).contiguous(),
                           boxes2.to(torch::kFloat64).contiguous(), out.data_ptr<double>());
    }
    return out;
}

}  // namespace mrcnn::metrics::detail
