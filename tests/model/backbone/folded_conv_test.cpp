#include "backbone/folded_conv.h"

#include <gtest/gtest.h>

#include <limits>
#include <utility>

namespace mrcnn {
namespace {

ParamStore convBnParams(int64_t out, int64_t in, int64_t k, bool withBn) {
    torch::manual_seed(1);
    ParamStore p;
    p.tensors["c/kernel"] = torch::randn({out, in, k, k});
    p.tensors["c/bias"] = torch::randn({out});
    if (withBn) {
        p.tensors["b/gamma"] = torch::rand({out}) + 0.5;
        p.tensors["b/beta"] = torch::randn({out});
        p.tensors["b/moving_mean"] = torch::randn({out});
        p.tensors["b/moving_variance"] = torch::rand({out}) * 0.01;  // eps matters here
    }
    return p;
}

TEST(NetFoldedConv, TfPaddingMatchesTfSameRule) {
    EXPECT_EQ(tfPadding(512, 3, 2, true), (std::array<int64_t, 2>{0, 1}));
    EXPECT_EQ(tfPadding(511, 3, 2, true), (std::array<int64_t, 2>{1, 1}));
    EXPECT_EQ(tfPadding(32, 3, 1, true), (std::array<int64_t, 2>{1, 1}));
    EXPECT_EQ(tfPadding(32, 2, 2, true), (std::array<int64_t, 2>{0, 0}));
    EXPECT_EQ(tfPadding(8, 3, 2, false), (std::array<int64_t, 2>{0, 0}));
    EXPECT_EQ(tfPadding(1, 1, 1, true), (std::array<int64_t, 2>{0, 0}));
}

TEST(NetFoldedConv, FoldedBnEqualsConvThenBnWithEps1e3) {
    auto p = convBnParams(5, 3, 3, true);
    auto conv = foldConvBn(p, "c", "b", 1, true);
    auto x = torch::randn({2, 3, 9, 7});
    auto ref = torch::conv2d(x, p.tensors["c/kernel"], p.tensors["c/bias"], 1, 1);
    ref = torch::batch_norm(ref, p.tensors["b/gamma"], p.tensors["b/beta"],
                            p.tensors["b/moving_mean"], p.tensors["b/moving_variance"], false, 0.0,
                            1e-3, false);
    EXPECT_TRUE(torch::allclose(conv.forward(x, false), ref, 1e-4, 1e-4));
    EXPECT_TRUE(torch::allclose(conv.forward(x, true), ref.relu(), 1e-4, 1e-4));
}

TEST(NetFoldedConv, AsymmetricSameStride2PadsBottomRight) {
    auto p = convBnParams(2, 1, 3, false);
    auto conv = foldConvBn(p, "c", "", 2, true);
    auto x = torch::randn({1, 1, 8, 8});
    // TF: pad_total 1 → 0 before, 1 after.
    auto ref = torch::conv2d(torch::constant_pad_nd(x, {0, 1, 0, 1}), p.tensors["c/kernel"],
                             p.tensors["c/bias"], 2);
    auto y = conv.forward(x, false);
    EXPECT_EQ(y.sizes(), (std::vector<int64_t>{1, 2, 4, 4}));
    EXPECT_TRUE(torch::allclose(y, ref, 1e-5, 1e-5));
}

TEST(NetFoldedConv, MaxPoolSameNeverPicksPadding) {
    auto x = -torch::arange(16, torch::kFloat32).view({1, 1, 4, 4}) - 100;  // all negative
    auto y = tfMaxPoolSame(x, 3, 2);
    ASSERT_EQ(y.sizes(), (std::vector<int64_t>{1, 1, 2, 2}));
    // Windows start at rows/cols 0 and 2 (no top/left padding).
    EXPECT_FLOAT_EQ(y[0][0][0][0].item<float>(), -100.f);
    EXPECT_FLOAT_EQ(y[0][0][1][1].item<float>(), -110.f);
    EXPECT_FLOAT_EQ(y[0][0][0][1].item<float>(), -102.f);
}

// Without a padded copy where LibTorch's padding and ceil mode give TF's windows: the same
// values and shapes as explicit -inf padding, for even and odd sizes, kernels and strides.
TEST(NetFoldedConv, MaxPoolSameEqualsExplicitPadding) {
    torch::manual_seed(3);
    for (int64_t size : {1, 2, 5, 8, 9, 16, 17})
        for (auto [kernel, stride] : {std::pair<int64_t, int64_t>{3, 2}, {2, 2}, {3, 1}, {5, 3}}) {
            auto x =
                torch::randn({1, 3, size, size + 1}).contiguous(at::MemoryFormat::ChannelsLast);
            const auto py = tfPadding(x.size(2), kernel, stride, true);
            const auto px = tfPadding(x.size(3), kernel, stride, true);
            auto padded = torch::constant_pad_nd(x, {px[0], px[1], py[0], py[1]},
                                                 -std::numeric_limits<double>::infinity());
            auto want = torch::max_pool2d(padded, {kernel, kernel}, {stride, stride});
            SCOPED_TRACE(std::to_string(size) + " " + std::to_string(kernel) + "/" +
                         std::to_string(stride));
            EXPECT_TRUE(torch::equal(tfMaxPoolSame(x, kernel, stride), want));
        }
}

TEST(NetFoldedConv, MissingParameterNamesTheKey) {
    ParamStore empty;
    try {
        foldConvBn(empty, "res2a_branch2a", "bn2a_branch2a", 1, false);
        FAIL();
    } catch (const std::invalid_argument& e) {
        EXPECT_NE(std::string(e.what()).find("res2a_branch2a/kernel"), std::string::npos);
    }
    auto p = convBnParams(5, 3, 3, true);
    p.tensors["b/gamma"] = torch::ones({4});
    EXPECT_THROW(foldConvBn(p, "c", "b", 1, true), std::invalid_argument);
}

TEST(NetFoldedConv, ToNhwcOfEmptyAndChannelsLast) {
    auto x = torch::randn({1, 3, 2, 2}).contiguous(at::MemoryFormat::ChannelsLast);
    auto y = toNhwc(x);
    EXPECT_TRUE(y.is_contiguous());
    EXPECT_FLOAT_EQ(y[0][1][0][2].item<float>(), x[0][2][1][0].item<float>());
    EXPECT_EQ(toNhwc(torch::zeros({0, 3, 2, 2})).sizes(), (std::vector<int64_t>{0, 2, 2, 3}));
}

}  // namespace
}  // namespace mrcnn
