// The training graph and the inference network must compute the same function from the same
// weights (BN with moving statistics), or a trained model would not behave as it trained.

#include <gtest/gtest.h>

#include "config/config.h"
#include "pipeline/network.h"
#include "support/test_paths.h"
#include "training/train_network.h"
#include "weights/keras_h5.h"
#include "weights/weight_loader.h"

using namespace mrcnn;

namespace {

float maxRelative(const torch::Tensor& a, const torch::Tensor& b) {
    return ((a - b).abs().max() / b.abs().max().clamp_min(1e-6)).item<float>();
}

struct MicroModel {
    Config config;
    ParamStore params;
};

MicroModel microModel() {
    const auto d = test::dataDir() / "runs";
    MicroModel m;
    m.config = loadConfigFile((d / "shapes_micro.json").string());
    LoadReport report;
    m.params =
        loadParams(readKerasWeights((d / "shapes_micro_seed3.h5").string()), m.config, report);
    // Non-trivial BN statistics so that the moving-statistics path is really exercised.
    torch::manual_seed(7);
    for (auto& [key, t] : m.params.tensors) {
        if (key.find("/moving_mean") != std::string::npos)
            t = torch::randn_like(t) * 0.1;
        if (key.find("/moving_variance") != std::string::npos)
            t = torch::rand_like(t) + 0.5;
    }
    return m;
}

}  // namespace

TEST(TrainNetworkParity, SameFunctionAsTheInferenceNetwork) {
    const MicroModel m = microModel();
    Network inference(m.params, m.config);
    Config frozen = m.config;
    frozen.TRAIN_BN = false;
    training::TrainNetwork train(m.params, frozen);
    torch::NoGradGuard noGrad;

    auto image = torch::randn({1, 3, 128, 128}) * 50;
    auto p = inference.fpn.forward(inference.resnet.forward(image).c);
    auto q = train.features(image);
    ASSERT_EQ(p.size(), q.size());
    for (size_t k = 0; k < p.size(); ++k)
        EXPECT_LT(maxRelative(q[k], p[k]), 1e-4f) << "P" << k + 2;

    auto rpn = inference.rpn.forward(p);
    auto rpnTrain = train.rpn(p);
    EXPECT_LT(maxRelative(rpnTrain.logits, rpn.classLogits), 1e-4f);
    EXPECT_LT(maxRelative(rpnTrain.deltas, rpn.bbox), 1e-4f);

    const int64_t channels = p[0].size(1);
    auto pooled = torch::randn({5, channels, m.config.POOL_SIZE, m.config.POOL_SIZE});
    auto head = inference.classifier.forward(pooled.permute({0, 2, 3, 1}).contiguous());
    auto headTrain = train.classifier(pooled);
    EXPECT_LT(maxRelative(headTrain.logits, head.logits), 1e-4f);
    EXPECT_LT(maxRelative(headTrain.deltas, head.bbox), 1e-4f);

    ASSERT_TRUE(inference.mask.has_value());
    auto maskPooled = torch::randn({3, channels, m.config.MASK_POOL_SIZE, m.config.MASK_POOL_SIZE});
    auto masks = inference.mask->forward(maskPooled.permute({0, 2, 3, 1}).contiguous());
    auto masksTrain = torch::sigmoid(train.maskLogits(maskPooled)).permute({0, 2, 3, 1});
    EXPECT_LT((masksTrain - masks).abs().max().item<float>(), 1e-5f);
}
