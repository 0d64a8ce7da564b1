#include "backbone/fpn.h"

#include <gtest/gtest.h>

namespace mrcnn {
namespace {

TEST(NetFpn, TopDownNearestUpsampleAndP6Subsampling) {
    // Identity laterals and smoothing convs make the top-down sums visible directly.
    ParamStore p;
    const int64_t d = 2;
    auto eye1 = torch::eye(d).view({d, d, 1, 1});
    auto eye3 = torch::zeros({d, d, 3, 3});
    eye3.index_put_({torch::arange(d), torch::arange(d), 1, 1}, 1.0);
    for (int k = 2; k <= 5; ++k) {
        const std::string n = std::to_string(k);
        p.tensors["fpn_c" + n + "p" + n + "/kernel"] = eye1;
        p.tensors["fpn_c" + n + "p" + n + "/bias"] = torch::zeros({d});
        p.tensors["fpn_p" + n + "/kernel"] = eye3;
        p.tensors["fpn_p" + n + "/bias"] = torch::zeros({d});
    }
    Fpn fpn(p);
    std::vector<torch::Tensor> c;
    for (int64_t s : {16, 8, 4, 2})
        c.push_back(torch::randn({1, d, s, s}));
    auto out = fpn.forward(c);
    ASSERT_EQ(out.size(), 5u);
    EXPECT_TRUE(torch::allclose(out[3], c[3]));
    // P4[i, j] = C4[i, j] + P5[i // 2, j // 2].
    EXPECT_FLOAT_EQ(out[2][0][1][3][1].item<float>(),
                    c[2][0][1][3][1].item<float>() + c[3][0][1][1][0].item<float>());
    EXPECT_FLOAT_EQ(out[0][0][0][15][15].item<float>(),
                    c[0][0][0][15][15].item<float>() + out[1][0][0][7][7].item<float>());
    EXPECT_EQ(out[4].sizes(), (std::vector<int64_t>{1, d, 1, 1}));
    EXPECT_FLOAT_EQ(out[4][0][1][0][0].item<float>(), out[3][0][1][0][0].item<float>());
    EXPECT_THROW(fpn.forward({c[0], c[1]}), std::invalid_argument);
    EXPECT_THROW(Fpn(ParamStore{}), std::invalid_argument);
}

}  // namespace
}  // namespace mrcnn
