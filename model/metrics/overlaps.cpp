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
    return bin.reshape({masks.size(0) * masks.size(1), masks.size(2)})
        .to(torch::kUInt8)
        .contiguous();
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
    const int64_t hw = m1.size(0), n1 = m1.size(1), n2 = m2.size(1);
    if (n1 == 0 || n2 == 0)
        return torch::zeros({n1, n2}, torch::kFloat64);
    // Integer counts per pixel (sparse instance lists beat a dense float GEMM here), then the
    // original's float32 arithmetic: union = a1 + a2 - inter, IoU = inter / union.
    std::vector<int64_t> inter(size_t(n1 * n2), 0), a1(size_t(n1), 0), a2(size_t(n2), 0);
    std::vector<int64_t> on1, on2;
    const uint8_t* p1 = m1.data_ptr<uint8_t>();
    const uint8_t* p2 = m2.data_ptr<uint8_t>();
    for (int64_t p = 0; p < hw; ++p, p1 += n1, p2 += n2) {
        on1.clear();
        on2.clear();
        for (int64_t i = 0; i < n1; ++i)
            if (p1[i])
                on1.push_back(i);
        for (int64_t j = 0; j < n2; ++j)
            if (p2[j])
                on2.push_back(j);
        for (int64_t i : on1)
            ++a1[size_t(i)];
        for (int64_t j : on2)
            ++a2[size_t(j)];
        for (int64_t i : on1)
            for (int64_t j : on2)
                ++inter[size_t(i * n2 + j)];
    }
    torch::Tensor out = torch::empty({n1, n2}, torch::kFloat32);
    float* o = out.data_ptr<float>();
    for (int64_t i = 0; i < n1; ++i)
        for (int64_t j = 0; j < n2; ++j) {
            const auto in = float(inter[size_t(i * n2 + j)]);
            const float uni = (float(a1[size_t(i)]) + float(a2[size_t(j)])) - in;
            o[i * n2 + j] = in / uni;
        }
    return out;
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
