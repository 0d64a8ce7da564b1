#include "postprocess/unmold_detections.h"

#include <gtest/gtest.h>

#include "support/reference_runs.h"
#include "support/run_npz.h"

using namespace mrcnn;

namespace {

class UnmoldDetectionsRun : public ::testing::TestWithParam<std::string> {};

}  // namespace

TEST_P(UnmoldDetectionsRun, RoisClassIdsScoresAndMasksAreExact) {
    const test::ReferenceRun info = test::referenceRun(GetParam());
    MRCNN_REQUIRE_RUN(info);
    test::RunNpz run(info.npz);
    const Config config = run.config();
    UnmoldInput in;
    in.detections = run.tensor("detections");
    in.mrcnnMask = run.tensor("mrcnn_mask");
    in.maskLayout = MaskLayout::Nhwc;
    torch::Tensor original = run.tensor("original_image");
    torch::Tensor window = run.tensor("window")[0].to(torch::kInt64);
    const auto shape = config.imageShape();
    in.geometry.originalHeight = original.size(0);
    in.geometry.originalWidth = original.size(1);
    in.geometry.moldedHeight = shape[0];
    in.geometry.moldedWidth = shape[1];
    for (int k = 0; k < 4; ++k)
        in.geometry.window[k] = window[k].item<int64_t>();
    UnmoldOutput out = unmoldDetections(in);

    EXPECT_TRUE(torch::equal(out.rois, run.tensor("rois")));
    EXPECT_TRUE(torch::equal(out.classIds, run.tensor("class_ids")));
    EXPECT_TRUE(torch::equal(out.scores, run.tensor("scores")));
    torch::Tensor masks = run.tensor("masks");
    ASSERT_EQ(out.masks.sizes(), masks.sizes());
    const int64_t differing = out.masks.ne(masks).sum().item<int64_t>();
    EXPECT_EQ(differing, 0) << "mask pixels differ";
    EXPECT_EQ(out.classMasks.size(0), out.rois.size(0));
}

INSTANTIATE_TEST_SUITE_P(Runs, UnmoldDetectionsRun, ::testing::Values("micro", "tiny", "coco"));

namespace {

// Detections on a letterboxed 8x8 molded image whose window is rows 2..6 (4 rows), all
// columns; the original image is 4x8.
UnmoldInput letterbox(const std::vector<float>& rows, int64_t classes = 3) {
    const int64_t d = static_cast<int64_t>(rows.size() / 6);
    UnmoldInput in;
    in.detections = torch::tensor(rows).reshape({d, 6});
    in.mrcnnMask = torch::full({d, 28, 28, classes}, 0.9f);
    in.geometry.originalHeight = 4;
    in.geometry.originalWidth = 8;
    in.geometry.moldedHeight = 8;
    in.geometry.moldedWidth = 8;
    in.geometry.window = {2, 0, 6, 8};
    return in;
}

}  // namespace

TEST(UnmoldDetections, WindowRelativeDenormWithBankersRounding) {
    // Window normalised: y (2/7, 5/7). A box covering the window maps to the whole image.
    const float wy1 = 2.0f / 7.0f, wy2 = 5.0f / 7.0f;
    UnmoldInput in = letterbox({wy1, 0.0f, wy2, 1.0f, 1.0f, 0.9f,  //
                                wy2, 0.0f, wy1, 0.5f, 2.0f, 0.8f,  // inverted: dropped
                                0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f});
    UnmoldOutput out = unmoldDetections(in);
    EXPECT_EQ(out.detectionCount, 2);
    ASSERT_EQ(out.rois.size(0), 1);
    EXPECT_EQ(out.rois[0][0].item<int32_t>(), 0);
    EXPECT_EQ(out.rois[0][1].item<int32_t>(), 0);
    EXPECT_EQ(out.rois[0][2].item<int32_t>(), 4);
    EXPECT_EQ(out.rois[0][3].item<int32_t>(), 8);
    EXPECT_EQ(out.classIds[0].item<int32_t>(), 1);
    EXPECT_FLOAT_EQ(out.scores[0].item<float>(), 0.9f);
    EXPECT_EQ(out.keptRows[0].item<int64_t>(), 0);
    EXPECT_EQ(out.masks.sizes(), (c10::IntArrayRef{4, 8, 1}));
    // 0.9 everywhere: the attenuated border is clipped back to the input minimum.
    EXPECT_TRUE(out.masks.all().item<bool>());
    // Original width 9: x * 8 (+ 1 for x2) hits exact halves, which round to even.
    UnmoldInput half = letterbox({wy1, 0.3125f, wy2, 0.4375f, 1.0f, 0.9f});
    half.geometry.originalWidth = 9;
    out = unmoldDetections(half);
    ASSERT_EQ(out.rois.size(0), 1);
    EXPECT_EQ(out.rois[0][1].item<int32_t>(), 2);  // 2.5 -> 2
    EXPECT_EQ(out.rois[0][3].item<int32_t>(), 4);  // 3.5 + 1 = 4.5 -> 4
}

TEST(UnmoldDetections, CutsAtTheFirstBackgroundRowAndUsesTheClassMask) {
    UnmoldInput in = letterbox({0.3f, 0.0f, 0.7f, 1.0f, 2.0f, 0.9f,  //
                                0.0f, 0.0f, 0.0f, 0.0f, 0.0f, 0.0f,  //
                                0.3f, 0.0f, 0.7f, 1.0f, 1.0f, 0.9f});
    in.mrcnnMask.select(3, 2).fill_(0.2f);  // class 2 mask below the threshold
    UnmoldOutput out = unmoldDetections(in);
    EXPECT_EQ(out.detectionCount, 1);
    ASSERT_EQ(out.classIds.size(0), 1);
    EXPECT_EQ(out.classIds[0].item<int32_t>(), 2);
    EXPECT_FALSE(out.masks.any().item<bool>());
    EXPECT_FLOAT_EQ(out.classMasks[0][5][5].item<float>(), 0.2f);
    // The same with an NCHW mask tensor.
    in.mrcnnMask = in.mrcnnMask.permute({0, 3, 1, 2}).contiguous();
    in.maskLayout = MaskLayout::Nchw;
    UnmoldOutput nchw = unmoldDetections(in);
    EXPECT_TRUE(torch::equal(nchw.rois, out.rois));
    EXPECT_TRUE(torch::equal(nchw.masks, out.masks));
}

TEST(UnmoldDetections, ZeroDetectionsAndDetectMolded) {
    UnmoldInput in = letterbox({0, 0, 0, 0, 0, 0});
    UnmoldOutput out = unmoldDetections(in);
    EXPECT_EQ(out.rois.sizes(), (c10::IntArrayRef{0, 4}));
    EXPECT_EQ(out.masks.sizes(), (c10::IntArrayRef{4, 8, 0}));
    EXPECT_EQ(out.scores.numel(), 0);
    // detect_molded: the window is the whole molded image.
    UnmoldGeometry g = moldedUnmoldGeometry(8, 8);
    EXPECT_EQ(g.window, (std::array<int64_t, 4>{0, 0, 8, 8}));
    in = letterbox({0.0f, 0.0f, 1.0f, 1.0f, 1.0f, 0.5f});
    in.geometry = g;
    out = unmoldDetections(in);
    ASSERT_EQ(out.rois.size(0), 1);
    EXPECT_EQ(out.rois[0][2].item<int32_t>(), 8);
    EXPECT_EQ(out.masks.sizes(), (c10::IntArrayRef{8, 8, 1}));
}

TEST(UnmoldDetections, BadInputsGiveClearMessages) {
    UnmoldInput in = letterbox({0.3f, 0.0f, 0.7f, 1.0f, 5.0f, 0.9f});  // class 5 of 3
    EXPECT_THROW(unmoldDetections(in), std::invalid_argument);
    in = letterbox({0.3f, 0.0f, 0.7f, 1.0f, 1.0f, 0.9f});
    in.geometry.window = {6, 0, 2, 8};
    EXPECT_THROW(unmoldDetections(in), std::invalid_argument);
    in = letterbox({0.3f, 0.0f, 0.7f, 1.0f, 1.0f, 0.9f});
    in.detections = torch::zeros({1, 5});
    EXPECT_THROW(unmoldDetections(in), std::invalid_argument);
}
