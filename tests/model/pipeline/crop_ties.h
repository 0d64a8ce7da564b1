#pragma once
// PyramidROIAlign's discrete choices against a reference run: a box that differs from the
// reference's same box (the same anchor) in its last bits may put one of crop_and_resize's
// samples on the other side of the feature map's edge (TF tests `in_y > height - 1` on a
// float32 value, so the last bit of y1 decides), or get another pyramid level. Such a row is a
// near tie when that sample lies within 2 ulps of the edge in both runs, or when the
// reference's level expression lies within `levelTie` of a rounding boundary (k + 0.5).

#include <gtest/gtest.h>
#include <torch/torch.h>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <vector>

#include "model/pipeline/run_compare.h"

namespace mrcnn::test {

// Sample i of `crop` along one axis of a box in a map of `size` rows, as TF's kernel (and
// model/roi_align) computes it in float32.
inline float cropSample(float a1, float a2, int64_t size, int64_t crop, int64_t i) {
    const float sizeM1 = static_cast<float>(size - 1);
    const float scale = (a2 - a1) * sizeM1 / static_cast<float>(crop - 1);
    return a1 * sizeM1 + static_cast<float>(i) * scale;
}

// Whether v lies within 2 ulps (of the edge's magnitude, at least 1) of the edge.
inline bool withinTwoUlps(float v, float edge) {
    const float mag = std::max(std::abs(edge), 1.0f);
    const float ulp = std::nextafter(mag, std::numeric_limits<float>::infinity()) - mag;
    return std::abs(v - edge) <= 2 * ulp;
}

// PyramidROIAlign's level expression before rounding, in double.
inline double levelExpression(const float* b, int64_t imageH, int64_t imageW) {
    const double h = double(b[2]) - b[0], w = double(b[3]) - b[1];
    return std::log2(std::sqrt(h * w) / (224.0 / std::sqrt(double(imageH) * double(imageW))));
}

// The rows of `gotBoxes` ([N, 4]) at a ROI-align near tie with their partner refOf[i] in
// `refBoxes`; a row whose sampling differs from its partner's otherwise fails.
inline std::set<int64_t> cropNearTies(const torch::Tensor& gotBoxes, const torch::Tensor& refBoxes,
                                      const RowMap& refOf, const torch::Tensor& gotLevels,
                                      const torch::Tensor& refLevels, int64_t imageH,
                                      int64_t imageW, int64_t pool, double levelTie = 1e-4) {
    const auto g = gotBoxes.to(torch::kFloat32).contiguous();
    const auto w = refBoxes.to(torch::kFloat32).contiguous();
    const auto gl = gotLevels.reshape({-1}).to(torch::kInt64).contiguous();
    const auto wl = refLevels.reshape({-1}).to(torch::kInt64).contiguous();
    std::set<int64_t> ties;
    for (int64_t r = 0; r < g.size(0); ++r) {
        if (refOf[r] < 0)
            continue;
        const float* a = g.data_ptr<float>() + 4 * r;
        const float* b = w.data_ptr<float>() + 4 * refOf[r];
        const int64_t level = wl.data_ptr<int64_t>()[refOf[r]];
        if (gl.data_ptr<int64_t>()[r] != level) {
            const double v = levelExpression(b, imageH, imageW);
            EXPECT_LE(std::abs(v - (std::floor(v) + 0.5)), levelTie)
                << "ROI " << r << " is on another pyramid level";
            ties.insert(r);
            continue;
        }
        const int64_t sizes[2] = {imageH >> level, imageW >> level};
        bool flips = false, nearEdge = true;
        for (int axis = 0; axis < 2; ++axis)
            for (int64_t i = 0; i < pool; ++i) {
                const float sa = cropSample(a[axis], a[axis + 2], sizes[axis], pool, i);
                const float sb = cropSample(b[axis], b[axis + 2], sizes[axis], pool, i);
                const float top = static_cast<float>(sizes[axis] - 1);
                const bool ina = !(sa < 0.0f || sa > top), inb = !(sb < 0.0f || sb > top);
                if (ina == inb)
                    continue;
                flips = true;
                const float edge = (sa < 0.0f || sb < 0.0f) ? 0.0f : top;
                nearEdge &= withinTwoUlps(sa, edge) && withinTwoUlps(sb, edge);
            }
        if (!flips)
            continue;
        EXPECT_TRUE(nearEdge) << "ROI " << r
                              << ": a crop sample crosses the edge by more than 2 ulps";
        ties.insert(r);
    }
    return ties;
}

}  // namespace mrcnn::test
