#include "weights/layout_transform.h"

#include <gtest/gtest.h>

#include "weights/keras_h5.h"

namespace mrcnn {
namespace {

using K = KerasLayerKind;

TEST(LayoutTransformTest, ParamKeys) {
    EXPECT_EQ(paramKey("conv1", "conv1/kernel:0"), "conv1/kernel");
    EXPECT_EQ(paramKey("bn_conv1", "bn_conv1/moving_variance:0"), "bn_conv1/moving_variance");
    EXPECT_EQ(paramKey("rpn_model", "rpn_conv_shared/bias:0"), "rpn_conv_shared/bias");
    EXPECT_EQ(paramKey("mrcnn_class_conv1", "mrcnn_class_conv1/mrcnn_class_conv1/kernel:0"),
              "mrcnn_class_conv1/kernel");
    EXPECT_EQ(paramKey("dense", "kernel:0"), "dense/kernel");
    EXPECT_EQ(paramKey("dense", "kernel"), "dense/kernel");
    EXPECT_EQ(paramKey("", ""), "/");
    EXPECT_EQ(shortWeightName("rpn_class_raw/kernel:0"), "kernel");
    EXPECT_EQ(shortWeightName(""), "");
}

TEST(LayoutTransformTest, ConvKernelIsHwioToOihw) {
    const auto keras = torch::arange(2 * 3 * 4 * 5, torch::kFloat32).reshape({2, 3, 4, 5});
    const auto t = kerasToTorch(K::Conv2D, "kernel", keras);
    EXPECT_EQ(t.sizes().vec(), (std::vector<int64_t>{5, 4, 2, 3}));
    EXPECT_EQ(t[4][3][1][2].item<float>(), keras[1][2][3][4].item<float>());
    EXPECT_TRUE(t.is_contiguous());
    EXPECT_TRUE(torch::equal(torchToKeras(K::Conv2D, "kernel", t), keras));
    EXPECT_EQ(torchShape(K::Conv2D, "kernel", {7, 7, 3, 64}), (std::vector<int64_t>{64, 3, 7, 7}));
    EXPECT_EQ(torchShape(K::Model, "kernel", {3, 3, 256, 512}),
              (std::vector<int64_t>{512, 256, 3, 3}));
}

TEST(LayoutTransformTest, DeconvKernelHasNoFlip) {
    // Keras (kh, kw, out, in) -> LibTorch (in, out, kh, kw).
    const auto keras = torch::arange(2 * 2 * 3 * 4, torch::kFloat32).reshape({2, 2, 3, 4});
    const auto t = kerasToTorch(K::Conv2DTranspose, "kernel", keras);
    EXPECT_EQ(t.sizes().vec(), (std::vector<int64_t>{4, 3, 2, 2}));
    EXPECT_EQ(t[3][2][0][1].item<float>(), keras[0][1][2][3].item<float>());
    EXPECT_TRUE(torch::equal(torchToKeras(K::Conv2DTranspose, "kernel", t), keras));
}

TEST(LayoutTransformTest, DenseAndVectors) {
    const auto keras = torch::arange(6, torch::kFloat32).reshape({2, 3});
    EXPECT_TRUE(torch::equal(kerasToTorch(K::Dense, "kernel", keras), keras.t()));
    EXPECT_TRUE(torch::equal(torchToKeras(K::Dense, "kernel", keras.t()), keras));
    const auto v = torch::arange(4, torch::kFloat32);
    EXPECT_TRUE(torch::equal(kerasToTorch(K::BatchNorm, "moving_mean", v), v));
    EXPECT_TRUE(
        torch::equal(kerasToTorch(K::Conv2D, "bias", torch::empty({0})), torch::empty({0})));
}

TEST(LayoutTransformTest, TorchNames) {
    EXPECT_EQ(torchParameterName(K::Conv2D, "kernel"), "weight");
    EXPECT_EQ(torchParameterName(K::Dense, "bias"), "bias");
    EXPECT_EQ(torchParameterName(K::BatchNorm, "gamma"), "weight");
    EXPECT_EQ(torchParameterName(K::BatchNorm, "beta"), "bias");
    EXPECT_EQ(torchParameterName(K::BatchNorm, "moving_mean"), "running_mean");
    EXPECT_EQ(torchParameterName(K::BatchNorm, "moving_variance"), "running_var");
}

TEST(LayoutTransformTest, UnknownWeightsAndBadRanks) {
    EXPECT_THROW(kerasToTorch(K::BatchNorm, "kernel", torch::zeros({3})), WeightsError);
    EXPECT_THROW(kerasToTorch(K::None, "kernel", torch::zeros({3})), WeightsError);
    EXPECT_THROW(kerasToTorch(K::Conv2D, "kernel", torch::zeros({3, 3})), WeightsError);
    EXPECT_THROW(torchShape(K::Dense, "kernel", {3}), WeightsError);
    EXPECT_THROW(torchParameterName(K::Dense, "gamma"), WeightsError);
}

}  // namespace
}  // namespace mrcnn
