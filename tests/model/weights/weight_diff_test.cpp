#include "weights/weight_diff.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "support/test_paths.h"

namespace mrcnn {
namespace {

KerasWeight weight(const std::string& name, std::vector<float> values) {
    return {name, torch::tensor(values, torch::kFloat32)};
}

TEST(RelativeChange, NormOfTheDifferenceOverTheReferenceNorm) {
    // a − b = (1, 2): √5 / ‖(3, 4)‖ = √5 / 5.
    EXPECT_DOUBLE_EQ(relativeChange(torch::tensor({4.f, 6.f}), torch::tensor({3.f, 4.f})),
                     std::sqrt(5.0) / 5.0);
    EXPECT_EQ(relativeChange(torch::tensor({1.f, 2.f}), torch::tensor({1.f, 2.f})), 0.0);
    // A zero reference: 0 when both are zero, infinite otherwise.
    EXPECT_EQ(relativeChange(torch::zeros({3}), torch::zeros({3})), 0.0);
    EXPECT_EQ(relativeChange(torch::tensor({0.f, 1.f}), torch::zeros({2})),
              std::numeric_limits<double>::infinity());
    EXPECT_TRUE(std::isnan(relativeChange(
        torch::tensor({std::numeric_limits<float>::quiet_NaN(), 1.f}), torch::tensor({1.f, 1.f}))));
}

TEST(WeightDiff, MatchesByLayerAndNameInTheFirstFilesOrder) {
    KerasWeightFile a, b;
    a.layers.push_back(
        {"conv1", {weight("conv1/kernel:0", {4, 6}), weight("conv1/bias:0", {1, 2})}});
    a.layers.push_back({"fpn_p2", {weight("fpn_p2/kernel:0", {1, 2, 3})}});
    a.layers.push_back({"mrcnn_mask", {weight("mrcnn_mask/kernel:0", {1})}});
    b.layers.push_back({"old_layer", {weight("old_layer/w:0", {5})}});
    b.layers.push_back({"fpn_p2", {weight("fpn_p2/kernel:0", {1, 2})}});
    b.layers.push_back(
        {"conv1", {weight("conv1/bias:0", {1, 2}), weight("conv1/kernel:0", {3, 4})}});

    const WeightDiff d = diffWeights(a, b);
    ASSERT_EQ(d.tensors.size(), 2u);
    EXPECT_EQ(d.tensors[0].name, "conv1/kernel:0");
    EXPECT_DOUBLE_EQ(d.tensors[0].relativeChange, std::sqrt(5.0) / 5.0);
    EXPECT_EQ(d.tensors[1].name, "conv1/bias:0");
    EXPECT_EQ(d.tensors[1].relativeChange, 0.0);
    EXPECT_EQ(d.changedCount(), 1u);
    ASSERT_EQ(d.shapeChanged.size(), 1u);
    EXPECT_EQ(d.shapeChanged[0].name, "fpn_p2/kernel:0");
    EXPECT_EQ(d.shapeChanged[0].shapeA, std::vector<int64_t>{3});
    EXPECT_EQ(d.shapeChanged[0].shapeB, std::vector<int64_t>{2});
    ASSERT_EQ(d.onlyInA.size(), 1u);
    EXPECT_EQ(d.onlyInA[0].layer, "mrcnn_mask");
    ASSERT_EQ(d.onlyInB.size(), 1u);
    EXPECT_EQ(d.onlyInB[0].name, "old_layer/w:0");
    EXPECT_FALSE(d.unrelated());
}

TEST(WeightDiff, UnrelatedFilesShareNothing) {
    KerasWeightFile a, b;
    a.layers.push_back({"x", {weight("x/w:0", {1})}});
    b.layers.push_back({"y", {weight("y/w:0", {1})}});
    const WeightDiff d = diffWeights(a, b);
    EXPECT_TRUE(d.unrelated());
    EXPECT_EQ(d.onlyInA.size(), 1u);
    EXPECT_EQ(d.onlyInB.size(), 1u);
}

TEST(WeightDiff, AFileAgainstItselfIsUnchanged) {
    const KerasWeightFile f =
        readKerasWeights((test::dataDir() / "runs" / "shapes_micro_seed3.h5").string());
    const WeightDiff d = diffWeights(f, f);
    EXPECT_EQ(d.changedCount(), 0u);
    EXPECT_FALSE(d.tensors.empty());
    EXPECT_TRUE(d.onlyInA.empty() && d.onlyInB.empty() && d.shapeChanged.empty());
}

}  // namespace
}  // namespace mrcnn
