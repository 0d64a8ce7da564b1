#include "training/train_layers.h"

#include <gtest/gtest.h>

#include "roi_align/crop_and_resize.h"
#include "roi_align/pyramid_roi_align.h"

using namespace mrcnn;

namespace {

torch::Tensor someBoxes() {
    // Inside, touching the border, partly outside (extrapolation), degenerate and zero.
    return torch::tensor({0.1f, 0.2f, 0.6f, 0.9f, 0.0f, 0.0f, 1.0f, 1.0f, -0.2f, 0.5f,
                          0.4f, 1.3f, 0.3f, 0.3f, 0.3f, 0.7f, 0.0f, 0.0f, 0.0f,  0.0f})
        .view({5, 4});
}

}  // namespace

TEST(TrainLayers, CropAndResizeMatchesTheInferenceKernel) {
    torch::manual_seed(3);
    auto image = torch::randn({6, 13, 17});
    for (int64_t pool : {1, 7, 14}) {
        auto expected = cropAndResize(image, someBoxes(), pool, pool);
        auto actual = training::cropAndResizeDifferentiable(image, someBoxes(), pool);
        ASSERT_EQ(actual.sizes(), expected.sizes());
        EXPECT_LT((actual - expected).abs().max().item<float>(), 1e-5f) << "pool " << pool;
    }
}

TEST(TrainLayers, CropAndResizeGradientIsTheBilinearWeights) {
    // One sample at (1.25, 2.5) of a 1-channel map: the gradient is the 4 corner weights.
    auto image = torch::zeros({1, 4, 6}).requires_grad_(true);
    auto box = torch::tensor({1.25f / 3, 2.5f / 5, 1.25f / 3, 2.5f / 5}).view({1, 4});
    training::cropAndResizeDifferentiable(image, box, 1).sum().backward();
    auto g = image.grad()[0];
    EXPECT_NEAR(g[1][2].item<float>(), 0.75f * 0.5f, 1e-6);
    EXPECT_NEAR(g[1][3].item<float>(), 0.75f * 0.5f, 1e-6);
    EXPECT_NEAR(g[2][2].item<float>(), 0.25f * 0.5f, 1e-6);
    EXPECT_NEAR(g[2][3].item<float>(), 0.25f * 0.5f, 1e-6);
    EXPECT_NEAR(g.sum().item<float>(), 1.0f, 1e-6);
}

TEST(TrainLayers, PyramidRoiAlignMatchesTheInferenceLayerPerImage) {
    torch::manual_seed(4);
    std::vector<torch::Tensor> maps;
    for (int64_t s : {32, 16, 8, 4})
        maps.push_back(torch::randn({2, 3, s, s}));
    // Sizes chosen so the boxes fall on different levels of a 128 x 128 image.
    auto boxesA =
        torch::tensor({0.1f, 0.1f, 0.2f, 0.2f, 0.0f, 0.0f, 0.9f, 0.9f, 0.2f, 0.3f, 0.6f, 0.5f})
            .view({3, 4});
    auto boxesB = torch::tensor({0.5f, 0.5f, 0.95f, 0.99f, 0.05f, 0.1f, 0.15f, 0.3f}).view({2, 4});
    auto pooled = training::pyramidRoiAlignDifferentiable({boxesA, boxesB}, maps, 128, 128, 7);
    ASSERT_EQ(pooled.sizes(), (std::vector<int64_t>{5, 3, 7, 7}));
    for (int64_t image = 0; image < 2; ++image) {
        PyramidRoiAlignInput input;
        input.boxes = image == 0 ? boxesA : boxesB;
        for (const auto& m : maps)
            input.featureMaps.push_back(m.slice(0, image, image + 1).contiguous());
        input.imageHeight = input.imageWidth = 128;
        auto expected = pyramidRoiAlign(input, 7).pooled;
        auto actual = image == 0 ? pooled.slice(0, 0, 3) : pooled.slice(0, 3, 5);
        EXPECT_LT((actual - expected).abs().max().item<float>(), 1e-5f);
    }
}

TEST(TrainLayers, BatchNormModes) {
    ParamStore params;
    params.tensors["bn/gamma"] = torch::full({2}, 2.0f);
    params.tensors["bn/beta"] = torch::full({2}, 1.0f);
    params.tensors["bn/moving_mean"] = torch::zeros({2});
    params.tensors["bn/moving_variance"] = torch::ones({2});
    auto x = torch::tensor({1.0f, 10.0f, 3.0f, 30.0f}).view({2, 2});
    // Moving statistics: gamma * x / sqrt(1 + 1e-3) + beta, nothing updated.
    auto frozen = training::kerasBatchNorm(params, "bn", x, false);
    EXPECT_NEAR(frozen[0][0].item<float>(), 2.0 / std::sqrt(1.001) + 1, 1e-5);
    EXPECT_EQ(params.tensors["bn/moving_mean"].sum().item<float>(), 0.0f);
    // Batch statistics: normalised per channel, moving averages move by 1 % (Keras 0.99).
    auto trained = training::kerasBatchNorm(params, "bn", x, true);
    EXPECT_NEAR(trained[0][0].item<float>(), 2.0 * (-1.0 / std::sqrt(1.0 + 1e-3)) + 1, 1e-4);
    EXPECT_NEAR(params.tensors["bn/moving_mean"][0].item<float>(), 0.02f, 1e-6);
    EXPECT_NEAR(params.tensors["bn/moving_mean"][1].item<float>(), 0.2f, 1e-6);
}

TEST(TrainLayers, TfConvSamePadding) {
    ParamStore params;
    params.tensors["c/kernel"] = torch::ones({1, 1, 3, 3});
    params.tensors["c/bias"] = torch::zeros({1});
    auto x = torch::ones({1, 1, 4, 4});
    auto y = training::tfConv(params, "c", x, 1, true);
    ASSERT_EQ(y.sizes(), (std::vector<int64_t>{1, 1, 4, 4}));
    EXPECT_EQ(y[0][0][0][0].item<float>(), 4.0f);  // corner: 2 x 2 ones inside
    EXPECT_EQ(y[0][0][1][1].item<float>(), 9.0f);
}
