// Boxes with their frame in the type: the conversions reproduce the original's norm_boxes,
// denorm_boxes and unmold_detections arithmetic value for value.

#include "utils/box_frames.h"

#include <gtest/gtest.h>

#include <cmath>
#include <type_traits>

#include "postprocess/unmold_detections.h"

using namespace mrcnn;

namespace {

ImageMeta metaOf(std::array<int64_t, 2> original, std::array<int64_t, 2> molded,
                 std::array<int64_t, 4> window) {
    ImageMeta m;
    m.originalShape = {original[0], original[1], 3};
    m.moldedShape = {molded[0], molded[1], 3};
    m.window = window;
    return m;
}

// denorm_boxes written out per value: np.around(box * (size - 1) + shift) in float64.
int32_t denormValue(float box, int64_t size, int shift) {
    return static_cast<int32_t>(
        std::nearbyint(static_cast<double>(box) * static_cast<double>(size - 1) + shift));
}

// norm_boxes per value: (px - shift) / (size - 1) in float64, stored float32.
float normValue(double px, int64_t size, int shift) {
    return static_cast<float>((px - shift) / static_cast<double>(size - 1));
}

}  // namespace

TEST(BoxFrames, FramesAreDistinctTypes) {
    static_assert(!std::is_convertible_v<NormalizedBoxes, MoldedBoxes>);
    static_assert(!std::is_convertible_v<MoldedBoxes, OriginalBoxes>);
    static_assert(!std::is_convertible_v<torch::Tensor, NormalizedBoxes>);  // explicit only
    EXPECT_EQ(NormalizedBoxes::kFrame, BoxFrame::Normalized);
    EXPECT_EQ(OriginalBoxes::kFrame, BoxFrame::Original);
}

TEST(BoxFrames, KeepsAnyBoxTensorAsRows) {
    EXPECT_EQ(NormalizedBoxes().count(), 0);
    EXPECT_EQ(NormalizedBoxes(torch::zeros({4})).tensor().sizes(), (c10::IntArrayRef{1, 4}));
    auto batched = torch::rand({1, 5, 4});
    NormalizedBoxes b(batched);
    EXPECT_EQ(b.count(), 5);
    EXPECT_TRUE(torch::equal(b.tensor(), batched[0]));
    EXPECT_EQ(b.first(3).count(), 3);
    EXPECT_EQ(b.first(99).count(), 5);
    EXPECT_EQ(b.first(-1).count(), 0);
    EXPECT_TRUE(torch::equal(b.select(torch::tensor({4, 1})).tensor(),
                             batched[0].index_select(0, torch::tensor({4, 1}))));
    auto padded = torch::cat({batched[0].slice(0, 0, 2), torch::zeros({3, 4})});
    EXPECT_EQ(NormalizedBoxes(padded).nonZero().count(), 2);
    EXPECT_THROW(NormalizedBoxes(torch::zeros({3, 3})), std::invalid_argument);
    EXPECT_THROW(MoldedBoxes{torch::Tensor()}, std::invalid_argument);
    EXPECT_THROW(MoldedBoxes(torch::tensor(1.0f)), std::invalid_argument);
}

TEST(BoxFrames, ToMoldedIsDenormBoxesWithHalvesToEven) {
    // Molded 3 x 5: scale (2, 4, 2, 4). 0.25 · 2 = 0.5 -> 0 and 0.75 · 2 = 1.5 -> 2 (half to
    // even); y2 = 0.25 · 2 + 1 = 1.5 -> 2, x2 = 0.625 · 4 + 1 = 3.5 -> 4.
    const ImageMeta meta = metaOf({3, 5}, {3, 5}, {0, 0, 3, 5});
    auto n = torch::tensor({{0.25f, 0.125f, 0.25f, 0.625f}, {0.75f, 0.375f, 1.0f, 1.0f}});
    MoldedBoxes px = toMolded(NormalizedBoxes(n), meta);
    EXPECT_EQ(px.tensor().scalar_type(), torch::kInt32);
    auto expected = torch::tensor({{0, 0, 2, 4}, {2, 2, 3, 5}}, torch::kInt32);
    EXPECT_TRUE(torch::equal(px.tensor(), expected)) << px.tensor();
    // Against the formula on random boxes of a 1024 x 768 image.
    const ImageMeta big = metaOf({600, 450}, {1024, 768}, {0, 0, 1024, 768});
    auto r = torch::rand({200, 4});
    auto got = toMolded(NormalizedBoxes(r), big).tensor();
    for (int64_t i = 0; i < r.size(0); ++i)
        for (int k = 0; k < 4; ++k)
            ASSERT_EQ(got[i][k].item<int32_t>(),
                      denormValue(r[i][k].item<float>(), k % 2 == 0 ? 1024 : 768, k < 2 ? 0 : 1))
                << i << "," << k;
}

TEST(BoxFrames, ToNormalizedIsNormBoxesAndRoundTrips) {
    const ImageMeta meta = metaOf({600, 450}, {1024, 768}, {0, 0, 1024, 768});
    auto px = torch::cat({torch::randint(0, 512, {300, 2}), torch::randint(512, 1024, {300, 2})}, 1)
                  .to(torch::kInt32);
    NormalizedBoxes n = toNormalized(MoldedBoxes(px), meta);
    EXPECT_EQ(n.tensor().scalar_type(), torch::kFloat32);
    for (int64_t i = 0; i < 20; ++i)
        for (int k = 0; k < 4; ++k)
            ASSERT_EQ(n.tensor()[i][k].item<float>(),
                      normValue(px[i][k].item<int32_t>(), k % 2 == 0 ? 1024 : 768, k < 2 ? 0 : 1));
    // pixels -> normalised -> pixels is the identity (float32 keeps 1/2 pixel easily).
    EXPECT_TRUE(torch::equal(toMolded(n, meta).tensor(), px));
}

TEST(BoxFrames, ToOriginalIsUnmoldDetectionsMapping) {
    // Letterboxed: an 8 x 8 molded image, window rows 2..6, original 4 x 9 (x2 halves).
    const ImageMeta meta = metaOf({4, 9}, {8, 8}, {2, 0, 6, 8});
    const float wy1 = 2.0f / 7.0f, wy2 = 5.0f / 7.0f;
    auto boxes = torch::tensor({{wy1, 0.0f, wy2, 1.0f}, {wy1, 0.3125f, wy2, 0.4375f}});
    auto got = toOriginal(NormalizedBoxes(boxes), meta).tensor();
    EXPECT_EQ(got.scalar_type(), torch::kInt32);
    // The window covers the whole image; 0.3125 · 8 = 2.5 -> 2, 0.4375 · 8 + 1 = 4.5 -> 4.
    EXPECT_TRUE(torch::equal(got, torch::tensor({{0, 0, 4, 9}, {0, 2, 4, 4}}, torch::kInt32)))
        << got;
    // The same as unmold_detections on random boxes inside a real letterbox.
    const ImageMeta lb = metaOf({480, 640}, {1024, 1024}, {128, 0, 896, 1024});
    auto r = torch::rand({64, 2}) * 0.5f;
    auto rows =
        torch::cat({r.select(1, 0).unsqueeze(1) * 0.6f + 0.15f, r.select(1, 1).unsqueeze(1),
                    r.select(1, 0).unsqueeze(1) * 0.6f + 0.5f, r.select(1, 1).unsqueeze(1) + 0.5f},
                   1);
    UnmoldInput in;
    in.detections =
        torch::cat({rows, torch::ones({64, 1}), torch::full({64, 1}, 0.9f)}, 1).contiguous();
    in.mrcnnMask = torch::zeros({64, 2, 2, 2});
    in.geometry = {480, 640, 1024, 1024, lb.window};
    UnmoldOutput ref = unmoldDetections(in);
    ASSERT_EQ(ref.rois.size(0), 64);
    EXPECT_TRUE(torch::equal(toOriginal(NormalizedBoxes(rows), lb).tensor(), ref.rois));
}
