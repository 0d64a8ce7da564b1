#include "inspection/mask_rle.h"

#include <gtest/gtest.h>

namespace mrcnn {
namespace {

TEST(NetMaskRle, ColumnMajorRunsStartingWithZeros) {
    // 3x4 mask with column 1 rows 1..2 and column 2 row 0 set.
    auto m = torch::zeros({3, 4}, torch::kBool);
    m[1][1] = true;
    m[2][1] = true;
    m[0][2] = true;
    auto rle = encodeMaskRle(m);
    EXPECT_EQ(rle.height, 3);
    EXPECT_EQ(rle.width, 4);
    EXPECT_EQ(rle.counts, (std::vector<uint32_t>{4, 3, 5}));
    // First pixel set: the zero run is 0.
    auto full = torch::ones({2, 2}, torch::kUInt8);
    EXPECT_EQ(encodeMaskRle(full).counts, (std::vector<uint32_t>{0, 4}));
}

TEST(NetMaskRle, CompressedStringAsPycocotools) {
    // pycocotools: encode(np.asfortranarray(m)) for the mask above gives b'435'.
    MaskRle rle{3, 4, {4, 3, 5}};
    EXPECT_EQ(rleCountsString(rle), "435");
    // Deltas against the run two back, negative values and multi-character numbers.
    MaskRle big{100, 100, {1000, 20, 30, 9950}};
    EXPECT_EQ(rleCountsString(big), "Xo0d0n0Zf9");
}

TEST(NetMaskRle, EmptyMaskAndBadRank) {
    auto rle = encodeMaskRle(torch::zeros({0, 5}, torch::kBool));
    EXPECT_EQ(rle.counts, (std::vector<uint32_t>{0}));
    EXPECT_EQ(rleCountsString(rle), "0");
    EXPECT_THROW(encodeMaskRle(torch::zeros({2, 2, 2})), std::invalid_argument);
}

}  // namespace
}  // namespace mrcnn
