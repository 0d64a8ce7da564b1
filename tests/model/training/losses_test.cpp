#include "training/losses.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace mrcnn;

TEST(TrainingLosses, SmoothL1) {
    auto v =
        training::smoothL1(torch::tensor({0.0f, 0.0f, 0.0f}), torch::tensor({0.5f, -2.0f, 1.0f}));
    EXPECT_FLOAT_EQ(v[0].item<float>(), 0.125f);
    EXPECT_FLOAT_EQ(v[1].item<float>(), 1.5f);
    EXPECT_FLOAT_EQ(v[2].item<float>(), 0.5f);
}

TEST(TrainingLosses, RpnClassLossIgnoresNeutralAnchors) {
    auto match = torch::tensor({1, 0, -1}, torch::kInt32).view({1, 3});
    auto logits = torch::tensor({0.0f, 2.0f, 5.0f, -5.0f, 1.0f, 0.0f}).view({1, 3, 2});
    const double expected = 0.5 * (std::log(1 + std::exp(-2.0)) + std::log(1 + std::exp(-1.0)));
    EXPECT_NEAR(training::rpnClassLoss(match, logits).item<float>(), expected, 1e-6);
    auto none = torch::zeros({1, 3}, torch::kInt32);
    EXPECT_EQ(training::rpnClassLoss(none, logits).item<float>(), 0.0f);
}

TEST(TrainingLosses, RpnBboxLossPacksTargetsPerImage) {
    // Image 0 has positives at anchors 1 and 2, image 1 at anchor 0.
    auto match = torch::tensor({0, 1, 1, 1, 0, -1}, torch::kInt32).view({2, 3});
    auto deltas = torch::zeros({2, 3, 4});
    deltas[0][2][0] = 3.0f;
    auto target = torch::zeros({2, 4, 4});
    target[1][0][1] = 0.5f;
    target[0][3][0] = 100.0f;  // beyond the positive count: unused
    // Elements: 12 in all; smooth L1 gives 2.5 and 0.125.
    EXPECT_NEAR(training::rpnBboxLoss(target, match, deltas).item<float>(), (2.5 + 0.125) / 12,
                1e-6);
}

TEST(TrainingLosses, ClassLossWeighsByThePredictedClassActivity) {
    auto logits = torch::tensor({3.0f, 0.0f, 0.0f, 0.0f, 0.0f, 4.0f}).view({2, 3});
    auto target = torch::tensor({0, 1}, torch::kInt64);
    auto ce0 = std::log(1 + 2 * std::exp(-3.0));
    auto ce1 = std::log(2 + std::exp(4.0));
    auto allActive = torch::ones({3});
    EXPECT_NEAR(training::mrcnnClassLoss(target, logits, allActive).item<float>(), (ce0 + ce1) / 2,
                1e-5);
    // Class 2 inactive: the second ROI predicted it, so it drops out.
    auto active = torch::tensor({1.0f, 1.0f, 0.0f});
    EXPECT_NEAR(training::mrcnnClassLoss(target, logits, active).item<float>(), ce0, 1e-5);
}

TEST(TrainingLosses, BboxLossUsesTheTargetClassOfPositives) {
    auto target = torch::tensor({0.0f, 0.0f, 0.0f, 0.0f, 9.0f, 9.0f, 9.0f, 9.0f}).view({2, 4});
    auto ids = torch::tensor({2, 0}, torch::kInt64);
    auto predicted = torch::zeros({2, 3, 4});
    predicted[0][2][0] = 0.5f;
    predicted[0][1][0] = 7.0f;  // another class: ignored
    EXPECT_NEAR(training::mrcnnBboxLoss(target, ids, predicted).item<float>(), 0.125 / 4, 1e-6);
    EXPECT_EQ(
        training::mrcnnBboxLoss(target, torch::zeros({2}, torch::kInt64), predicted).item<float>(),
        0.0f);
}

TEST(TrainingLosses, MaskLossIsKerasBinaryCrossEntropyOfTheTargetClass) {
    auto logits = torch::zeros({1, 2, 2, 2});
    logits[0][1] = torch::tensor({{0.0f, 100.0f}, {-100.0f, 2.0f}});
    auto target = torch::tensor({{1.0f, 1.0f}, {1.0f, 0.0f}}).view({1, 2, 2});
    const double clipped = -std::log(1e-7);  // a confident wrong pixel costs -log(1e-7)
    const double expected = (std::log(2.0) + 0.0 + clipped + std::log(1 + std::exp(2.0))) / 4;
    EXPECT_NEAR(
        training::mrcnnMaskLoss(target, torch::tensor({1}, torch::kInt64), logits).item<float>(),
        expected, 1e-3);
}

TEST(TrainingLosses, L2SkipsGammaAndBeta) {
    ParamStore params;
    params.tensors["c/kernel"] = torch::full({2, 2}, 2.0f);
    params.tensors["c/bias"] = torch::full({4}, 1.0f);
    params.tensors["bn/gamma"] = torch::full({2}, 5.0f);
    params.tensors["bn/beta"] = torch::full({2}, 5.0f);
    auto l2 =
        training::l2Regularization(params, {"c/kernel", "c/bias", "bn/gamma", "bn/beta"}, 0.1);
    // 0.1 * 16 / 4 + 0.1 * 4 / 4
    EXPECT_NEAR(l2.item<float>(), 0.5, 1e-6);
}
