#include "metrics/rle_overlaps.h"

#include <array>
#include <stdexcept>

namespace mrcnn::metrics {

namespace {

struct Extent {
    std::array<double, 4> box;  // x, y, w, h of the set pixels (all 0 for an empty mask)
    float area;
};

std::vector<Extent> extents(const std::vector<const coco::Rle*>& masks, int64_t h, int64_t w) {
    std::vector<Extent> out;
    out.reserve(masks.size());
    for (const coco::Rle* m : masks) {
        if (m->height != h || m->width != w)
            throw std::invalid_argument("computeOverlapsMasks: the two mask sets differ in size");
        out.push_back({coco::toBbox(*m), float(coco::area(*m))});
    }
    return out;
}

bool boxesMeet(const std::array<double, 4>& a, const std::array<double, 4>& b) {
    return a[0] < b[0] + b[2] && b[0] < a[0] + a[2] && a[1] < b[1] + b[3] && b[1] < a[1] + a[3];
}

}  // namespace

torch::Tensor maskOverlapsRle(const std::vector<const coco::Rle*>& masks1,
                              const std::vector<const coco::Rle*>& masks2) {
    const auto n1 = int64_t(masks1.size()), n2 = int64_t(masks2.size());
    if (n1 == 0 || n2 == 0)
        return torch::zeros({n1, n2}, torch::kFloat64);
    const int64_t h = masks1[0]->height, w = masks1[0]->width;
    const std::vector<Extent> e1 = extents(masks1, h, w), e2 = extents(masks2, h, w);
    torch::Tensor out = torch::empty({n1, n2}, torch::kFloat32);
    float* o = out.data_ptr<float>();
    for (int64_t i = 0; i < n1; ++i)
        for (int64_t j = 0; j < n2; ++j) {
            // Disjoint boxes share no pixel: the run walk is skipped, the value is the same.
            const float inter =
                boxesMeet(e1[size_t(i)].box, e2[size_t(j)].box)
                    ? float(coco::intersectionArea(*masks1[size_t(i)], *masks2[size_t(j)]))
                    : 0.f;
            // Both empty: 0 / 0 = NaN, as the dense division gives.
            o[i * n2 + j] = inter / ((e1[size_t(i)].area + e2[size_t(j)].area) - inter);
        }
    return out;
}

torch::Tensor maskOverlapsCached(const coco::MaskOverlaps& overlaps,
                                 const std::vector<const coco::CocoAnnotation*>& masks1,
                                 const std::vector<const coco::CocoAnnotation*>& masks2) {
    const auto n1 = int64_t(masks1.size()), n2 = int64_t(masks2.size());
    if (n1 == 0 || n2 == 0)
        return torch::zeros({n1, n2}, torch::kFloat64);
    torch::Tensor out = torch::empty({n1, n2}, torch::kFloat32);
    float* o = out.data_ptr<float>();
    for (int64_t i = 0; i < n1; ++i) {
        const auto area1 = float(overlaps.area(*masks1[size_t(i)]));
        for (int64_t j = 0; j < n2; ++j) {
            const int64_t stored = overlaps.intersection(*masks1[size_t(i)], *masks2[size_t(j)]);
            if (stored < 0)
                throw std::invalid_argument(
                    "computeOverlapsMasks: the two mask sets differ in size");
            const auto inter = float(stored);
            o[i * n2 + j] = inter / ((area1 + float(overlaps.area(*masks2[size_t(j)]))) - inter);
        }
    }
    return out;
}

}  // namespace mrcnn::metrics
