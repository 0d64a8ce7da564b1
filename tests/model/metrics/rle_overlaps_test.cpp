#include "metrics/rle_overlaps.h"

#include <gtest/gtest.h>

#include <cmath>
#include <random>

#include "utils/boxes.h"

namespace mrcnn::metrics {
namespace {

// Random blobs (rectangles with holes), some empty, some touching the border.
std::vector<uint8_t> randomMask(std::mt19937& rng, int64_t h, int64_t w) {
    std::vector<uint8_t> m(size_t(h * w), 0);
    std::uniform_int_distribution<int64_t> ys(0, h - 1), xs(0, w - 1);
    if (rng() % 8 == 0)
        return m;  // empty
    const int64_t y0 = ys(rng), x0 = xs(rng);
    const int64_t y1 = std::min(h, y0 + 1 + ys(rng) / 2), x1 = std::min(w, x0 + 1 + xs(rng) / 2);
    for (int64_t y = y0; y < y1; ++y)
        for (int64_t x = x0; x < x1; ++x)
            m[size_t(y * w + x)] = (rng() % 7) != 0;
    return m;
}

TEST(RleOverlaps, EqualTheDenseComputationBitForBit) {
    std::mt19937 rng(7);
    const int64_t h = 37, w = 53, n1 = 30, n2 = 12;
    std::vector<coco::Rle> r1, r2;
    torch::Tensor d1 = torch::zeros({h, w, n1}, torch::kBool);
    torch::Tensor d2 = torch::zeros({h, w, n2}, torch::kBool);
    for (auto [rles, dense, n] : {std::tuple{&r1, &d1, n1}, std::tuple{&r2, &d2, n2}})
        for (int64_t k = 0; k < n; ++k) {
            const auto m = randomMask(rng, h, w);
            rles->push_back(coco::encode(m.data(), h, w));
            for (int64_t y = 0; y < h; ++y)
                for (int64_t x = 0; x < w; ++x)
                    (*dense)[y][x][k] = bool(m[size_t(y * w + x)]);
        }
    std::vector<const coco::Rle*> p1, p2;
    for (const auto& r : r1)
        p1.push_back(&r);
    for (const auto& r : r2)
        p2.push_back(&r);
    const torch::Tensor got = maskOverlapsRle(p1, p2);
    const torch::Tensor want = computeOverlapsMasks(d1, d2);
    ASSERT_EQ(got.scalar_type(), want.scalar_type());
    ASSERT_EQ(got.sizes(), want.sizes());
    int nan = 0, positive = 0;
    for (int64_t i = 0; i < n1; ++i)
        for (int64_t j = 0; j < n2; ++j) {
            const float g = got[i][j].item<float>(), e = want[i][j].item<float>();
            if (std::isnan(e)) {
                EXPECT_TRUE(std::isnan(g));
                ++nan;
            } else {
                EXPECT_EQ(g, e) << i << "," << j;  // bit for bit, not near
                positive += e > 0;
            }
        }
    EXPECT_GT(nan, 0);  // both empty: 0 / 0 as the dense path
    EXPECT_GT(positive, 20);
}

TEST(RleOverlaps, EmptySetsGiveFloat64Zeros) {
    coco::Rle r{2, 2, {1, 2, 1}};
    const torch::Tensor o = maskOverlapsRle({}, {&r});
    EXPECT_EQ(o.scalar_type(), torch::kFloat64);
    EXPECT_EQ(o.size(0), 0);
    EXPECT_EQ(o.size(1), 1);
}

TEST(RleOverlaps, RefuseMasksOfAnotherSize) {
    coco::Rle a{2, 2, {4}}, b{2, 3, {6}};
    EXPECT_THROW(maskOverlapsRle({&a}, {&b}), std::invalid_argument);
}

TEST(RleIntersection, CountsSharedPixelsOfRandomMasks) {
    std::mt19937 rng(3);
    for (int trial = 0; trial < 200; ++trial) {
        const int64_t h = 1 + int64_t(rng() % 9), w = 1 + int64_t(rng() % 9);
        std::vector<uint8_t> a(size_t(h * w)), b(size_t(h * w));
        uint64_t want = 0;
        for (size_t p = 0; p < a.size(); ++p) {
            a[p] = rng() % 2;
            b[p] = rng() % 3 == 0;
            want += a[p] && b[p];
        }
        EXPECT_EQ(
            coco::intersectionArea(coco::encode(a.data(), h, w), coco::encode(b.data(), h, w)),
            want);
    }
    // Zero-length runs (a list starting with foreground) are walked correctly too.
    EXPECT_EQ(coco::intersectionArea({1, 4, {0, 2, 0, 1, 1}}, {1, 4, {1, 3}}), 2u);
}

}  // namespace
}  // namespace mrcnn::metrics
