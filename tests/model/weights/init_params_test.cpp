#include <gtest/gtest.h>

#include "support/test_paths.h"
#include "weights/keras_layout.h"
#include "weights/layout_transform.h"
#include "weights/weight_loader.h"

namespace mrcnn {
namespace {

Config microConfig() {
    return loadConfigFile(test::dataDir() / "runs" / "shapes_micro.json");
}

TEST(InitParamsTest, EveryLayoutWeightInTorchLayout) {
    const Config c = microConfig();
    const ParamStore p = initParams(c, 7);
    size_t expected = 0;
    for (const auto& l : kerasLayout(c))
        for (const auto& w : l.weights) {
            ++expected;
            const std::string key = paramKey(l.name, w.name);
            ASSERT_TRUE(p.has(key)) << key;
            EXPECT_EQ(p.at(key).sizes().vec(),
                      torchShape(l.kind, shortWeightName(w.name), w.shape));
            EXPECT_EQ(p.at(key).scalar_type(), torch::kFloat32);
        }
    EXPECT_EQ(p.tensors.size(), expected);
    EXPECT_TRUE(p.hasMaskHead());
}

TEST(InitParamsTest, ValuesFollowTheInitialisers) {
    const ParamStore p = initParams(microConfig(), 7);
    EXPECT_TRUE(torch::equal(p.at("bn_conv1/gamma"), torch::ones({8})));
    // conv1 brings the molded pixels (RMS about 64) to unit scale: He normal / 64.
    EXPECT_NEAR(p.at("conv1/kernel").std().item<double>(), std::sqrt(2.0 / 147) / 64, 2e-4);
    // The last BN of each residual branch damps the branch; other BNs are the identity.
    for (const char* bn : {"bn2a_branch2c", "bn3b_branch2c", "bn4f_branch2c", "bn5c_branch2c"})
        EXPECT_TRUE(torch::allclose(p.at(std::string(bn) + "/gamma"),
                                    torch::full({32 << (bn[2] - '2')}, 0.15)))
            << bn;
    for (const char* bn : {"bn3b_branch2b", "bn3a_branch1", "mrcnn_mask_bn1", "mrcnn_class_bn2"})
        EXPECT_TRUE(torch::equal(p.at(std::string(bn) + "/gamma"),
                                 torch::ones_like(p.at(std::string(bn) + "/gamma"))))
            << bn;
    EXPECT_TRUE(torch::equal(p.at("bn_conv1/beta"), torch::zeros({8})));
    EXPECT_TRUE(torch::equal(p.at("bn_conv1/moving_mean"), torch::zeros({8})));
    EXPECT_TRUE(torch::equal(p.at("bn_conv1/moving_variance"), torch::ones({8})));
    EXPECT_TRUE(torch::equal(p.at("conv1/bias"), torch::zeros({8})));
    // He normal: std sqrt(2 / fan_in); res4a_branch2b is 3x3, 32 -> 32 (fan_in 288).
    const auto k = p.at("res4a_branch2b/kernel");
    EXPECT_NEAR(k.std().item<double>(), std::sqrt(2.0 / 288), 0.02);
    EXPECT_NEAR(k.mean().item<double>(), 0.0, 0.01);
    // Gain 1 where no ReLU follows: the RPN logits (1x1, fan_in RPN_CONV_CHANNELS).
    const auto rpnLogits = p.at("rpn_class_raw/kernel");
    EXPECT_NEAR(rpnLogits.std().item<double>(), 1.0 / std::sqrt(rpnLogits.size(1)), 0.02);
    // Glorot uniform: |w| <= sqrt(6 / (128 + 16)).
    const auto d = p.at("mrcnn_bbox_fc/kernel");
    EXPECT_LE(d.abs().max().item<double>(), std::sqrt(6.0 / 144));
    EXPECT_GT(d.abs().max().item<double>(), 0.8 * std::sqrt(6.0 / 144));
}

TEST(InitParamsTest, ReproducibleWithTheSeed) {
    const ParamStore a = initParams(microConfig(), 11), b = initParams(microConfig(), 11);
    const ParamStore c = initParams(microConfig(), 12);
    for (const auto& [key, value] : a.tensors)
        EXPECT_TRUE(torch::equal(value, b.at(key))) << key;
    EXPECT_FALSE(torch::equal(a.at("conv1/kernel"), c.at("conv1/kernel")));
}

TEST(InitParamsTest, CocoHasTheReleaseParameterCount) {
    const ParamStore p = initParams(presetConfig("coco"), 0);
    int64_t total = 0;
    for (const auto& [key, value] : p.tensors)
        total += value.numel();
    EXPECT_EQ(total, 64158584);
    EXPECT_EQ(p.tensors.size(), 690u);
    EXPECT_TRUE(torch::isfinite(p.at("mrcnn_class_conv1/kernel")).all().item<bool>());
}

TEST(InitParamsTest, ActivationsStayFiniteThroughResnet101) {
    Config c = presetConfig("coco");
    c.RESNET_WIDTH = 0.125;  // same depth, small enough for a quick check
    const ParamStore p = initParams(c, 3);
    torch::NoGradGuard noGrad;
    // Stage 4's identity blocks, where depth accumulates.
    torch::Tensor x = torch::randn({1, c.resnetFilters(1024), 8, 8});
    auto convBn = [&](const torch::Tensor& in, const std::string& conv, const std::string& bn,
                      int pad) {
        auto y = torch::conv2d(in, p.at(conv + "/kernel"), p.at(conv + "/bias"), 1, pad);
        return torch::batch_norm(y, p.at(bn + "/gamma"), p.at(bn + "/beta"),
                                 p.at(bn + "/moving_mean"), p.at(bn + "/moving_variance"), false,
                                 0.0, 1e-3, false);
    };
    for (char b = 'b'; b <= 'w'; ++b) {
        const std::string id = std::string("4") + b + "_branch";
        auto y = torch::relu(convBn(x, "res" + id + "2a", "bn" + id + "2a", 0));
        y = torch::relu(convBn(y, "res" + id + "2b", "bn" + id + "2b", 1));
        x = torch::relu(convBn(y, "res" + id + "2c", "bn" + id + "2c", 0) + x);
    }
    EXPECT_TRUE(torch::isfinite(x).all().item<bool>());
    EXPECT_GT(x.abs().max().item<double>(), 0.0);
}

}  // namespace
}  // namespace mrcnn
