// ResNet + FPN + RPN head against the reference runs: the same molded input_image through
// the weights of the run must give the original's feature maps and RPN outputs.

#include <gtest/gtest.h>

#include "backbone/fpn.h"
#include "backbone/resnet.h"
#include "io/npy_torch.h"
#include "rpn/rpn_head.h"
#include "support/test_paths.h"
#include "weights/keras_h5.h"
#include "weights/weight_loader.h"

namespace mrcnn {
namespace {

double relativeError(const torch::Tensor& a, const torch::Tensor& b) {
    auto d = (a.to(torch::kFloat64) - b.to(torch::kFloat64)).abs().max().item<double>();
    return d / b.to(torch::kFloat64).abs().max().item<double>();
}

void checkDense(const std::string& configPath, const std::string& weightsPath,
                const std::string& runPath) {
    torch::NoGradGuard noGrad;
    Config config = loadConfigFile(configPath);
    LoadReport report;
    auto params = loadParams(readKerasWeights(weightsPath), config, report);
    const auto ref = readNpzMap(runPath);
    auto get = [&](const std::string& k) { return npyToTensor(ref.at(k)); };

    ResNet resnet(params, config);
    Fpn fpn(params);
    RpnHead rpn(params, config.RPN_ANCHOR_STRIDE);
    auto image =
        get("input_image").permute({0, 3, 1, 2}).contiguous(at::MemoryFormat::ChannelsLast);
    auto features = resnet.forward(image);
    ASSERT_EQ(features.named.size(), 5u);
    for (const auto& [name, t] : features.named) {
        SCOPED_TRACE(name);
        auto want = get(name);
        ASSERT_EQ(toNhwc(t).sizes(), want.sizes());
        EXPECT_LE(relativeError(toNhwc(t), want), 1e-4);
    }
    auto p = fpn.forward(features.c);
    for (int k = 0; k < 5; ++k) {
        const std::string name = "fpn_p" + std::to_string(k + 2);
        SCOPED_TRACE(name);
        auto want = get(name);
        ASSERT_EQ(toNhwc(p[k]).sizes(), want.sizes());
        EXPECT_LE(relativeError(toNhwc(p[k]), want), 1e-4);
    }
    auto out = rpn.forward(p);
    EXPECT_LE(relativeError(out.classLogits, get("rpn_class_logits")), 1e-4);
    EXPECT_LE(relativeError(out.classProbs, get("rpn_class")), 1e-4);
    EXPECT_LE(relativeError(out.bbox, get("rpn_bbox")), 1e-4);
    // The pre-NMS order depends on exact score ranks: the top-100 foreground anchors agree.
    auto mine = std::get<1>(out.classProbs[0].select(1, 1).topk(100));
    auto theirs = std::get<1>(get("rpn_class")[0].select(1, 1).topk(100));
    EXPECT_TRUE(torch::equal(mine, theirs));
}

TEST(NetBackboneParity, MicroFeatureMapsAndRpnMatchReference) {
    const auto d = test::dataDir() / "runs";
    checkDense((d / "shapes_micro.json").string(), (d / "shapes_micro_seed3.h5").string(),
               (d / "shapes_micro_seed3_shapes001.npz").string());
}

TEST(NetBackboneParity, TinyFeatureMapsAndRpnMatchReference) {
    MRCNN_REQUIRE_SHARED();
    const auto d = test::sharedDir() / "reference/runs";
    checkDense((d / "shapes_tiny_minconf0.json").string(), (d / "shapes_tiny_seed1.h5").string(),
               (d / "shapes_tiny_seed1_shapes000.npz").string());
}

TEST(NetBackboneParity, ResNetRejectsMismatchedWidthAndBadInput) {
    const auto d = test::dataDir() / "runs";
    Config config = loadConfigFile((d / "shapes_micro.json").string());
    LoadReport report;
    auto params =
        loadParams(readKerasWeights((d / "shapes_micro_seed3.h5").string()), config, report);
    ResNet resnet(params, config);
    EXPECT_THROW(resnet.forward(torch::zeros({1, 4, 64, 64})), std::invalid_argument);
    Config wider = config;
    wider.RESNET_WIDTH = 0.25;
    EXPECT_THROW(ResNet(params, wider), std::invalid_argument);
    Config other = config;
    other.BACKBONE = "resnet18";
    EXPECT_THROW(ResNet(params, other), std::invalid_argument);
}

}  // namespace
}  // namespace mrcnn
