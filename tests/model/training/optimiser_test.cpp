#include <gtest/gtest.h>

#include "training/keras_sgd.h"
#include "training/layer_selection.h"
#include "training/trainer.h"

using namespace mrcnn;

TEST(KerasSgd, MomentumAndGlobalClipNorm) {
    auto a = torch::zeros({2}).requires_grad_(true);
    auto b = torch::zeros({1}).requires_grad_(true);
    training::KerasSgd sgd({a, b}, 0.9, 5.0);
    // Gradients (3, 0) and (4): global norm 5, unclipped.
    (a * torch::tensor({3.0f, 0.0f})).sum().add((b * 4.0f).sum()).backward();
    EXPECT_NEAR(sgd.step(0.1), 5.0, 1e-6);
    EXPECT_NEAR(a[0].item<float>(), -0.3f, 1e-6);
    EXPECT_NEAR(b[0].item<float>(), -0.4f, 1e-6);
    EXPECT_FALSE(a.grad().defined());
    // Gradient (30, 0) and (40): norm 50, clipped to 5 → same step again, plus momentum.
    (a * torch::tensor({30.0f, 0.0f})).sum().add((b * 40.0f).sum()).backward();
    EXPECT_NEAR(sgd.step(0.1), 50.0, 1e-4);
    EXPECT_NEAR(a[0].item<float>(), -0.3f - (0.9f * 0.3f + 0.3f), 1e-6);
    EXPECT_NEAR(b[0].item<float>(), -0.4f - (0.9f * 0.4f + 0.4f), 1e-6);
}

TEST(LayerSelection, OriginalRegexes) {
    ParamStore params;
    for (const char* key : {"conv1/kernel", "bn_conv1/gamma", "bn_conv1/moving_mean",
                            "res3a_branch2a/kernel", "bn4b_branch2c/beta", "res5c_branch2c/bias",
                            "fpn_p2/kernel", "rpn_conv_shared/kernel", "mrcnn_mask/bias"})
        params.tensors[key] = torch::zeros({1});
    using V = std::vector<std::string>;
    EXPECT_EQ(training::trainableKeys(params, "heads"),
              (V{"fpn_p2/kernel", "mrcnn_mask/bias", "rpn_conv_shared/kernel"}));
    EXPECT_EQ(training::trainableKeys(params, "4+"),
              (V{"bn4b_branch2c/beta", "fpn_p2/kernel", "mrcnn_mask/bias", "res5c_branch2c/bias",
                 "rpn_conv_shared/kernel"}));
    EXPECT_EQ(training::trainableKeys(params, "all").size(), 8u);  // no moving statistics
    EXPECT_EQ(training::trainableKeys(params, "res3.*"), (V{"res3a_branch2a/kernel"}));
    EXPECT_THROW(training::trainableKeys(params, "(unclosed"), std::invalid_argument);
}

TEST(Checkpoints, NamesCarryTheEpoch) {
    Config config;
    config.NAME = "Shapes";
    EXPECT_EQ(training::checkpointPath("/tmp/run", config, 7), "/tmp/run/mask_rcnn_shapes_0007.h5");
    EXPECT_EQ(training::checkpointEpoch("/tmp/run/mask_rcnn_shapes_0007.h5"), 7);
    EXPECT_EQ(training::checkpointEpoch("logs/shapes20171103T2047/mask_rcnn_shapes_0012.h5"), 12);
    EXPECT_FALSE(training::checkpointEpoch("mask_rcnn_coco.h5").has_value());
}
