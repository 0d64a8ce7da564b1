#include "training/detection_targets.h"

#include <gtest/gtest.h>

#include "utils/boxes.h"

using namespace mrcnn;

namespace {

Config targetsConfig(bool miniMask) {
    Config config = presetConfig("shapes");
    config.TRAIN_ROIS_PER_IMAGE = 32;
    config.ROI_POSITIVE_RATIO = 0.33;
    config.USE_MINI_MASK = miniMask;
    return config;
}

}  // namespace

TEST(DetectionTargets, SamplesPositivesNegativesAndPads) {
    const Config config = targetsConfig(false);
    // One GT square in the upper-left quarter of a 64 x 64 image, mask = its box: pixels
    // (0, 0, 32, 32) normalised with the original's -1 shift.
    const float edge = 31.0f / 63.0f;
    auto gtBoxes = torch::tensor({0.0f, 0.0f, edge, edge}).view({1, 4});
    auto gtMasks = torch::zeros({64, 64, 1}, torch::kBool);
    gtMasks.slice(0, 0, 32).slice(1, 0, 32).fill_(true);
    // 12 proposals on the GT (IoU 1), 40 far away, zero padding rows.
    std::vector<float> rows;
    for (int i = 0; i < 12; ++i)
        rows.insert(rows.end(), {0.0f, 0.0f, edge, edge});
    for (int i = 0; i < 40; ++i)
        rows.insert(rows.end(), {0.6f, 0.6f, 0.7f + 0.005f * i, 0.9f});
    for (int i = 0; i < 8; ++i)
        rows.insert(rows.end(), {0.0f, 0.0f, 0.0f, 0.0f});
    auto proposals = torch::tensor(rows).view({-1, 4});
    std::mt19937_64 rng(5);
    auto t = training::detectionTargets(proposals, torch::tensor({2}, torch::kInt32), gtBoxes,
                                        gtMasks, config, rng);
    // int(32 * 0.33) = 10 positives, int(10 / 0.33) - 10 = 20 negatives, 2 padding rows.
    EXPECT_EQ(t.positives, 10);
    EXPECT_EQ(t.negatives, 20);
    ASSERT_EQ(t.rois.sizes(), (std::vector<int64_t>{32, 4}));
    EXPECT_TRUE(t.classIds.slice(0, 0, 10).eq(2).all().item<bool>());
    EXPECT_TRUE(t.classIds.slice(0, 10).eq(0).all().item<bool>());
    EXPECT_TRUE(t.rois.slice(0, 10, 30).select(1, 0).eq(0.6f).all().item<bool>());
    EXPECT_TRUE(t.rois.slice(0, 30).eq(0).all().item<bool>());
    // A positive ROI equal to its GT: zero deltas and a full mask.
    EXPECT_LT(t.deltas.slice(0, 0, 10).abs().max().item<float>(), 1e-6f);
    EXPECT_TRUE(t.masks.slice(0, 0, 10).eq(1).all().item<bool>());
    EXPECT_TRUE(t.masks.slice(0, 10).eq(0).all().item<bool>());
}

TEST(DetectionTargets, DeltasAreBoxRefinementOverStdDevAndMiniMasksUseTheGtFrame) {
    const Config config = targetsConfig(true);
    auto gtBoxes = torch::tensor({0.2f, 0.2f, 0.6f, 0.6f}).view({1, 4});
    // Mini mask: left half set, right half clear.
    auto mini = torch::zeros({56, 56, 1}, torch::kBool);
    mini.slice(1, 0, 28).fill_(true);
    auto proposals = torch::tensor({0.2f, 0.2f, 0.6f, 0.5f}).view({1, 4});  // IoU 0.75
    std::mt19937_64 rng(1);
    auto t = training::detectionTargets(proposals, torch::tensor({1}, torch::kInt32), gtBoxes, mini,
                                        config, rng);
    ASSERT_EQ(t.positives, 1);
    auto expected = boxRefinement(proposals, gtBoxes) / torch::tensor({0.1f, 0.1f, 0.2f, 0.2f});
    EXPECT_LT((t.deltas[0] - expected[0]).abs().max().item<float>(), 1e-6f);
    // The ROI covers 3/4 of the GT width: 2/3 of its 28 columns fall in the set half.
    auto firstRow = t.masks[0][14];
    EXPECT_EQ(firstRow.slice(0, 0, 18).sum().item<float>(), 18.0f);
    EXPECT_EQ(firstRow.slice(0, 19).sum().item<float>(), 0.0f);
}

TEST(DetectionTargets, CrowdsVetoNegativesAndNeverBecomeTargets) {
    const Config config = targetsConfig(false);
    auto gtBoxes = torch::tensor({0.0f, 0.0f, 0.4f, 0.4f, 0.5f, 0.5f, 1.0f, 1.0f}).view({2, 4});
    auto masks = torch::ones({32, 32, 2}, torch::kBool);
    // One positive, one proposal inside the crowd region, one clear negative.
    auto proposals =
        torch::tensor({0.0f, 0.0f, 0.4f, 0.4f, 0.6f, 0.6f, 0.9f, 0.9f, 0.0f, 0.5f, 0.3f, 0.9f})
            .view({3, 4});
    std::mt19937_64 rng(2);
    auto t = training::detectionTargets(proposals, torch::tensor({3, -1}, torch::kInt32), gtBoxes,
                                        masks, config, rng);
    EXPECT_EQ(t.positives, 1);
    EXPECT_EQ(t.negatives, 1);
    EXPECT_FLOAT_EQ(t.rois[1][1].item<float>(), 0.5f);
    EXPECT_EQ(t.classIds[0].item<int64_t>(), 3);
}

TEST(DetectionTargets, OverlapsGraph) {
    auto a = torch::tensor({0.0f, 0.0f, 1.0f, 1.0f}).view({1, 4});
    auto b = torch::tensor({0.0f, 0.0f, 0.5f, 1.0f, 2.0f, 2.0f, 3.0f, 3.0f}).view({2, 4});
    auto iou = training::overlapsGraph(a, b);
    EXPECT_FLOAT_EQ(iou[0][0].item<float>(), 0.5f);
    EXPECT_FLOAT_EQ(iou[0][1].item<float>(), 0.0f);
}

TEST(DetectionTargets, EmptyGroundTruthGivesOnlyBackgroundRows) {
    // The original with no (real) GT: no positives, so its negative count
    // int(0 / ROI_POSITIVE_RATIO) - 0 is 0 as well, and every one of the TRAIN_ROIS_PER_IMAGE
    // rows is zero padding: class 0 (background to the class loss), zero ROI, zero deltas and
    // an empty mask. The same when the only GT is a crowd, which is removed first.
    const Config config = targetsConfig(false);
    auto proposals =
        torch::tensor({0.1f, 0.1f, 0.4f, 0.4f, 0.5f, 0.5f, 0.9f, 0.8f, 0.0f, 0.0f, 0.0f, 0.0f})
            .view({3, 4});
    struct Gt {
        const char* what;
        torch::Tensor classIds, boxes, masks;
    };
    const std::vector<Gt> cases = {
        {"no instances, image-sized masks", torch::zeros({0}, torch::kInt32), torch::zeros({0, 4}),
         torch::zeros({64, 64, 0}, torch::kBool)},
        {"no instances, load_mask's empty result", torch::zeros({0}, torch::kInt32),
         torch::zeros({0, 4}), torch::zeros({0, 0, 0}, torch::kBool)},
        {"a crowd only", torch::tensor({-2}, torch::kInt32),
         torch::tensor({0.0f, 0.0f, 0.5f, 0.5f}).view({1, 4}),
         torch::ones({64, 64, 1}, torch::kBool)},
    };
    for (const auto& gt : cases) {
        SCOPED_TRACE(gt.what);
        std::mt19937_64 rng(3);
        const auto t =
            training::detectionTargets(proposals, gt.classIds, gt.boxes, gt.masks, config, rng);
        EXPECT_EQ(t.positives, 0);
        EXPECT_EQ(t.negatives, 0);
        ASSERT_EQ(t.rois.sizes(), (std::vector<int64_t>{32, 4}));
        ASSERT_EQ(t.classIds.sizes(), (std::vector<int64_t>{32}));
        ASSERT_EQ(t.deltas.sizes(), (std::vector<int64_t>{32, 4}));
        ASSERT_EQ(t.masks.sizes(), (std::vector<int64_t>{32, 28, 28}));
        EXPECT_TRUE(t.rois.eq(0).all().item<bool>());
        EXPECT_TRUE(t.classIds.eq(0).all().item<bool>());
        EXPECT_TRUE(t.deltas.eq(0).all().item<bool>());
        EXPECT_TRUE(t.masks.eq(0).all().item<bool>());
    }
}
