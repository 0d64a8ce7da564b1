#include "data/polygon_raster.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace mrcnn;

namespace {

std::vector<uint8_t> fill(const std::vector<Ring>& rings, int64_t h, int64_t w) {
    std::vector<uint8_t> plane(static_cast<size_t>(h * w), 0);
    fillRings(rings, h, w, plane.data());
    return plane;
}

int count(const std::vector<uint8_t>& p) {
    int n = 0;
    for (auto v : p)
        n += v;
    return n;
}

}  // namespace

TEST(DatasetRaster, SquareIncludesItsBoundaryLikeSkimage) {
    // skimage.draw.polygon([1,1,4,4], [1,4,4,1]) → rows 1..4, cols 1..4 (16 pixels): vertices
    // and edge points count as inside.
    auto p = fill({{{1, 4, 4, 1}, {1, 1, 4, 4}}}, 6, 6);
    EXPECT_EQ(count(p), 16);
    EXPECT_EQ(p[1 * 6 + 1], 1);
    EXPECT_EQ(p[4 * 6 + 4], 1);
    EXPECT_EQ(p[5 * 6 + 4], 0);
    EXPECT_EQ(p[1 * 6 + 5], 0);
    Ring square{{1, 4, 4, 1}, {1, 1, 4, 4}};
    EXPECT_EQ(pointInPolygon(square, 1, 1), 2);
    EXPECT_EQ(pointInPolygon(square, 2, 1), 3);
    EXPECT_EQ(pointInPolygon(square, 2, 2), 1);
    EXPECT_EQ(pointInPolygon(square, 5, 2), 0);
}

TEST(DatasetRaster, TriangleMatchesSkimage) {
    // skimage 0.19: len(polygon(r=[0, 9, 9], c=[0, 0, 9], (12, 12))[0]) == 55, row 5 = cols 0..5.
    auto p = fill({{{0, 0, 9}, {0, 9, 9}}}, 12, 12);
    EXPECT_EQ(count(p), 55);
    EXPECT_EQ(p[5 * 12 + 5], 1);
    EXPECT_EQ(p[5 * 12 + 6], 0);
}

TEST(DatasetRaster, HoleRemovesOnlyItsInterior) {
    Ring outer{{0, 10, 10, 0}, {0, 0, 10, 10}};
    Ring hole{{3, 6, 6, 3}, {3, 3, 6, 6}};
    auto p = fill({outer, hole}, 10, 10);
    EXPECT_EQ(count(p), 100 - 4);  // the hole's strict interior is 4,5 × 4,5
    EXPECT_EQ(p[4 * 10 + 4], 0);
    EXPECT_EQ(p[3 * 10 + 4], 1);
}

TEST(DatasetRaster, ClipsOutsideAndIgnoresEmpty) {
    auto p = fill({{{-5, 20, 20, -5}, {-5, -5, 20, 20}}}, 4, 3);
    EXPECT_EQ(count(p), 12);
    EXPECT_EQ(count(fill({}, 4, 4)), 0);
    EXPECT_EQ(count(fill({{{}, {}}}, 4, 4)), 0);
    EXPECT_EQ(count(fill({{{1, 2}, {1, 2}}}, 4, 4)), 2);  // two points: skimage keeps the vertices
    EXPECT_EQ(count(fill({{{100, 200, 200}, {100, 100, 200}}}, 4, 4)), 0);
    EXPECT_EQ(count(fill({{{1e300, -1e300, 0}, {-1e300, 1e300, 0}}}, 4, 4)) >= 0, true);
    std::vector<uint8_t> none;
    fillRings({{{0, 1, 1}, {0, 0, 1}}}, 0, 0, none.data());
}

TEST(DatasetRaster, EllipseAndCircle) {
    std::vector<uint8_t> p(21 * 21, 0);
    fillEllipse(10, 10, 5, 5, 0, 21, 21, p.data());
    // skimage.draw.disk((10, 10), 5): 69 pixels (strictly inside the circle).
    EXPECT_EQ(count(p), 69);
    std::vector<uint8_t> e(21 * 21, 0);
    fillEllipse(10, 10, 2, 6, 0, 21, 21, e.data());
    std::vector<uint8_t> rotated(21 * 21, 0);
    fillEllipse(10, 10, 2, 6, M_PI / 2, 21, 21, rotated.data());
    EXPECT_EQ(count(e), count(rotated));
    EXPECT_EQ(e[10 * 21 + 15], 1);        // along x before rotation
    EXPECT_EQ(rotated[15 * 21 + 10], 1);  // along y after a quarter turn
    std::vector<uint8_t> zero(4, 0);
    fillEllipse(1, 1, 0, 3, 0, 2, 2, zero.data());
    EXPECT_EQ(count(zero), 0);
}
