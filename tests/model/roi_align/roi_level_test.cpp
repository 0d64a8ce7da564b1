#include "roi_align/roi_level.h"

#include <gtest/gtest.h>

#include "support/reference_runs.h"
#include "support/run_npz.h"

using namespace mrcnn;

namespace {

class RoiLevelRun : public ::testing::TestWithParam<std::string> {};

int32_t levelOf(float y1, float x1, float y2, float x2, int64_t size) {
    torch::Tensor b = torch::tensor({y1, x1, y2, x2}).reshape({1, 4});
    return roiLevels(b, size, size)[0].item<int32_t>();
}

}  // namespace

TEST_P(RoiLevelRun, ProposalAndDetectionLevelsMatchTheReference) {
    const test::ReferenceRun info = test::referenceRun(GetParam());
    MRCNN_REQUIRE_RUN(info);
    test::RunNpz run(info.npz);
    const Config config = run.config();
    const auto shape = config.imageShape();
    torch::Tensor levels = roiLevels(run.tensor("proposals")[0], shape[0], shape[1]);
    EXPECT_TRUE(torch::equal(levels, run.tensor("proposal_roi_levels")[0].to(torch::kInt32)));
    torch::Tensor det = run.tensor("detections")[0].slice(1, 0, 4).contiguous();
    levels = roiLevels(det, shape[0], shape[1]);
    EXPECT_TRUE(torch::equal(levels, run.tensor("detection_roi_levels")[0].to(torch::kInt32)));
}

INSTANTIATE_TEST_SUITE_P(Runs, RoiLevelRun, ::testing::Values("micro", "tiny", "coco"));

TEST(RoiLevel, HandComputedLevels) {
    // 1024^2 image: a 224 px box is level 4, 448 px level 5, 112 px level 3, 56 px level 2.
    const float s = 1024.0f;
    EXPECT_EQ(levelOf(0, 0, 224 / s, 224 / s, 1024), 4);
    EXPECT_EQ(levelOf(0, 0, 448 / s, 448 / s, 1024), 5);
    EXPECT_EQ(levelOf(0, 0, 112 / s, 112 / s, 1024), 3);
    EXPECT_EQ(levelOf(0, 0, 56 / s, 56 / s, 1024), 2);
    // Clamped at both ends.
    EXPECT_EQ(levelOf(0, 0, 1, 1, 1024), 5);
    EXPECT_EQ(levelOf(0, 0, 1e-3f, 1e-3f, 1024), 2);
}

TEST(RoiLevel, RoundsLog2ToTheNearestLevel) {
    // sqrt(h*w) = base * 2^k with h = base * 2^(2k), w = base (log2 halves are not exactly
    // representable in float32, so ties cannot be built from boxes).
    const float base = 224.0f / 1024.0f;
    auto lv = [&](float k) { return levelOf(0, 0, base * std::exp2(2 * k), base, 1024); };
    EXPECT_EQ(lv(0.4f), 4);
    EXPECT_EQ(lv(0.6f), 5);
    EXPECT_EQ(lv(-0.4f), 4);
    EXPECT_EQ(lv(-0.6f), 3);
    EXPECT_EQ(lv(-1.4f), 3);
    EXPECT_EQ(lv(-1.6f), 2);
}

TEST(RoiLevel, ZeroAreaAndEmptyInputs) {
    // Padding rows (log2(0) = -inf) and inverted boxes (NaN) go to level 2 like x86 TF.
    EXPECT_EQ(levelOf(0, 0, 0, 0, 128), 2);
    EXPECT_EQ(levelOf(0.5f, 0.5f, 0.2f, 0.9f, 128), 2);
    EXPECT_EQ(roiLevels(torch::zeros({0, 4}), 128, 128).numel(), 0);
    EXPECT_THROW(roiLevels(torch::zeros({1, 4}), 0, 128), std::invalid_argument);
    EXPECT_THROW(roiLevels(torch::zeros({1, 5}), 128, 128), std::invalid_argument);
}
