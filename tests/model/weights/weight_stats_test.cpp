#include "weights/weight_stats.h"

#include <gtest/gtest.h>

#include <unistd.h>
#include <algorithm>
#include <cmath>
#include <filesystem>
#include <limits>

#include "support/test_paths.h"

namespace mrcnn {
namespace {

namespace fs = std::filesystem;

constexpr float kNaN = std::numeric_limits<float>::quiet_NaN();
constexpr float kInf = std::numeric_limits<float>::infinity();

KerasWeight weight(const std::string& name, std::vector<float> values, std::vector<int64_t> shape) {
    return {name, torch::tensor(values, torch::kFloat32).reshape(shape)};
}

// A small file written with the project's writer and read back with its reader: a conv layer
// with a zero bias, a BN layer with a dead, a NaN and an exploding tensor, a dense layer with
// a zero bias, the nested RPN with an Inf, and a layer outside every stage.
KerasWeightFile handMadeFile() {
    KerasWeightFile f;
    f.layers.push_back({"input_image", {}});
    f.layers.push_back({"conv1",
                        {weight("conv1/kernel:0", {1, 2, 3, 4}, {1, 1, 2, 2}),
                         weight("conv1/bias:0", {0, 0}, {2})}});
    f.layers.push_back(
        {"bn_conv1",
         {weight("bn_conv1/gamma:0", {0.5f, 0.5f}, {2}), weight("bn_conv1/beta:0", {-1, 1}, {2}),
          weight("bn_conv1/moving_mean:0", {kNaN, 3}, {2}),
          weight("bn_conv1/moving_variance:0", {0.5f, 1500}, {2})}});
    f.layers.push_back({"mrcnn_bbox_fc",
                        {weight("mrcnn_bbox_fc/kernel:0", {0.25f, -0.5f, 0.75f, -1}, {2, 2}),
                         weight("mrcnn_bbox_fc/bias:0", {0, 0}, {2})}});
    f.layers.push_back({"rpn_model",
                        {weight("rpn_conv_shared/kernel:0", {kInf, 1}, {1, 1, 1, 2}),
                         weight("rpn_conv_shared/bias:0", {0, 0}, {2})}});
    f.layers.push_back({"custom_scale", {weight("custom_scale/w:0", {-2000, 2}, {2})}});
    return f;
}

class WeightStatsTest : public ::testing::Test {
protected:
    void SetUp() override {
        m_dir = fs::temp_directory_path() /
                ("mrcnn_wstats_" + std::to_string(::getpid()) + "_" +
                 ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(m_dir);
    }
    void TearDown() override { fs::remove_all(m_dir); }
    fs::path m_dir;
};

const TensorStats& find(const WeightStats& s, const std::string& name) {
    for (const auto& t : s.tensors)
        if (t.name == name)
            return t;
    throw std::runtime_error("no tensor " + name);
}

TEST(WeightStage, FollowsTheOriginalsLayerNames) {
    EXPECT_EQ(weightStage("conv1"), "conv1");
    EXPECT_EQ(weightStage("bn_conv1"), "conv1");
    EXPECT_EQ(weightStage("res2a_branch2a"), "res2");
    EXPECT_EQ(weightStage("bn3d_branch2c"), "res3");
    EXPECT_EQ(weightStage("res4w_branch2c"), "res4");
    EXPECT_EQ(weightStage("bn5c_branch1"), "res5");
    EXPECT_EQ(weightStage("fpn_c5p5"), "fpn");
    EXPECT_EQ(weightStage("rpn_model"), "rpn");
    EXPECT_EQ(weightStage("mrcnn_class_conv1"), "classifier");
    EXPECT_EQ(weightStage("mrcnn_class_logits"), "classifier");
    EXPECT_EQ(weightStage("mrcnn_bbox_fc"), "classifier");
    EXPECT_EQ(weightStage("mrcnn_mask_bn4"), "mask");
    EXPECT_EQ(weightStage("mrcnn_mask_deconv"), "mask");
    EXPECT_EQ(weightStage("mrcnn_mask"), "mask");
    EXPECT_EQ(weightStage("input_image"), "other");
}

TEST_F(WeightStatsTest, HandCheckedValuesAndAlertsOfAWrittenFile) {
    const std::string path = (m_dir / "w.h5").string();
    writeKerasWeights(path, handMadeFile());
    const WeightStats s = weightStats(readKerasWeights(path));
    ASSERT_EQ(s.tensors.size(), 11u);

    const TensorStats& kernel = s.tensors[0];
    EXPECT_EQ(kernel.layer, "conv1");
    EXPECT_EQ(kernel.name, "conv1/kernel:0");
    EXPECT_EQ(kernel.shape, (std::vector<int64_t>{1, 1, 2, 2}));
    EXPECT_EQ(kernel.count, 4);
    EXPECT_DOUBLE_EQ(kernel.min, 1);
    EXPECT_DOUBLE_EQ(kernel.max, 4);
    EXPECT_DOUBLE_EQ(kernel.mean, 2.5);
    EXPECT_DOUBLE_EQ(kernel.stddev, std::sqrt(1.25));  // population: Σ(x − 2.5)² / 4
    EXPECT_TRUE(kernel.alerts.empty());

    // A convolution's constant bias is exempt, as in the original; a dense one is not.
    EXPECT_TRUE(find(s, "conv1/bias:0").alerts.empty());
    EXPECT_TRUE(find(s, "rpn_conv_shared/bias:0").alerts.empty());
    EXPECT_EQ(find(s, "mrcnn_bbox_fc/bias:0").alerts, std::vector<std::string>{"dead"});

    const TensorStats& gamma = find(s, "bn_conv1/gamma:0");
    EXPECT_EQ(gamma.alerts, std::vector<std::string>{"dead"});
    EXPECT_DOUBLE_EQ(gamma.stddev, 0);

    const TensorStats& beta = find(s, "bn_conv1/beta:0");
    EXPECT_DOUBLE_EQ(beta.mean, 0);
    EXPECT_DOUBLE_EQ(beta.stddev, 1);

    // NaN: counted, left out of the other statistics, not "dead" though the rest is constant.
    const TensorStats& mean = find(s, "bn_conv1/moving_mean:0");
    EXPECT_EQ(mean.nan, 1);
    EXPECT_EQ(mean.inf, 0);
    EXPECT_DOUBLE_EQ(mean.min, 3);
    EXPECT_DOUBLE_EQ(mean.max, 3);
    EXPECT_DOUBLE_EQ(mean.mean, 3);
    EXPECT_EQ(mean.alerts, std::vector<std::string>{"nan"});

    const TensorStats& var = find(s, "bn_conv1/moving_variance:0");
    EXPECT_DOUBLE_EQ(var.mean, 750.25);
    EXPECT_DOUBLE_EQ(var.stddev, 749.75);
    EXPECT_EQ(var.alerts, std::vector<std::string>{"exploding"});

    // Values 0.25, −0.5, 0.75, −1: mean −0.125, squared deviations sum to 1.8125.
    const TensorStats& fc = find(s, "mrcnn_bbox_fc/kernel:0");
    EXPECT_DOUBLE_EQ(fc.mean, -0.125);
    EXPECT_DOUBLE_EQ(fc.stddev, std::sqrt(1.8125 / 4));
    EXPECT_DOUBLE_EQ(fc.min, -1);
    EXPECT_DOUBLE_EQ(fc.max, 0.75);

    const TensorStats& rpn = find(s, "rpn_conv_shared/kernel:0");
    EXPECT_EQ(rpn.layer, "rpn_model");
    EXPECT_EQ(rpn.inf, 1);
    EXPECT_DOUBLE_EQ(rpn.max, 1);
    EXPECT_EQ(rpn.alerts, std::vector<std::string>{"inf"});

    EXPECT_EQ(find(s, "custom_scale/w:0").alerts, std::vector<std::string>{"exploding"});

    // Stages: conv1 6 + bn_conv1 8; classifier 6; rpn 4; "other" 2, listed last.
    ASSERT_EQ(s.stages.size(), 10u);
    const std::vector<std::pair<std::string, int64_t>> expected = {
        {"conv1", 14}, {"res2", 0}, {"res3", 0},       {"res4", 0}, {"res5", 0},
        {"fpn", 0},    {"rpn", 4},  {"classifier", 6}, {"mask", 0}, {"other", 2}};
    for (size_t i = 0; i < expected.size(); ++i) {
        EXPECT_EQ(s.stages[i].stage, expected[i].first);
        EXPECT_EQ(s.stages[i].parameters, expected[i].second);
    }
    EXPECT_EQ(s.totalParameters, 26);
}

TEST(WeightStats, AllNonFiniteTensorHasNaNStatistics) {
    const TensorStats s =
        tensorStats("l", "l/w:0", torch::tensor({kNaN, kInf, -kInf}, torch::kFloat32));
    EXPECT_EQ(s.nan, 1);
    EXPECT_EQ(s.inf, 2);
    EXPECT_TRUE(std::isnan(s.min) && std::isnan(s.max) && std::isnan(s.mean) &&
                std::isnan(s.stddev));
    EXPECT_EQ(s.alerts, (std::vector<std::string>{"nan", "inf"}));
}

// Every tensor of the micro model against statistics computed here with LibTorch in double.
TEST(WeightStats, MicroModelMatchesLibTorchInDouble) {
    const KerasWeightFile file =
        readKerasWeights((test::dataDir() / "runs" / "shapes_micro_seed3.h5").string());
    const WeightStats s = weightStats(file);
    size_t i = 0;
    for (const auto& layer : file.layers)
        for (const auto& w : layer.weights) {
            ASSERT_LT(i, s.tensors.size());
            const TensorStats& t = s.tensors[i++];
            EXPECT_EQ(t.layer, layer.name);
            EXPECT_EQ(t.name, w.name);
            const torch::Tensor d = w.value.to(torch::kFloat64);
            EXPECT_EQ(t.count, d.numel());
            EXPECT_EQ(t.min, d.min().item<double>()) << w.name;
            EXPECT_EQ(t.max, d.max().item<double>()) << w.name;
            const double mean = d.mean().item<double>(),
                         sd = d.std(/*unbiased=*/false).item<double>();
            EXPECT_NEAR(t.mean, mean, 1e-12 * std::max(1.0, std::abs(mean))) << w.name;
            EXPECT_NEAR(t.stddev, sd, 1e-12 * std::max(1.0, sd)) << w.name;
        }
    EXPECT_EQ(i, s.tensors.size());
    EXPECT_EQ(s.totalParameters, 718970);
    int64_t sum = 0;
    for (const auto& st : s.stages)
        sum += st.parameters;
    EXPECT_EQ(sum, 718970);
    EXPECT_EQ(s.stages.size(), weightStages().size());  // every layer falls in a stage
}

}  // namespace
}  // namespace mrcnn
