#include "heads/mask_head.h"

#include <gtest/gtest.h>

#include "model/heads/heads_test_params.h"

namespace mrcnn {
namespace {

ParamStore maskParams(int64_t depth, int64_t hidden, int64_t classes) {
    torch::manual_seed(7);
    ParamStore p;
    for (int k = 1; k <= 4; ++k) {
        test::addConv(p, "mrcnn_mask_conv" + std::to_string(k), hidden, k == 1 ? depth : hidden, 3);
        test::addBn(p, "mrcnn_mask_bn" + std::to_string(k), hidden);
    }
    p.tensors["mrcnn_mask_deconv/kernel"] = torch::randn({hidden, hidden, 2, 2}) * 0.3;
    p.tensors["mrcnn_mask_deconv/bias"] = torch::randn({hidden}) * 0.1;
    test::addConv(p, "mrcnn_mask", classes, hidden, 1);
    return p;
}

TEST(NetMaskHead, GemmDeconvEqualsConvTransposeReference) {
    auto p = maskParams(6, 5, 3);
    MaskHead head(p);
    auto pooled = torch::randn({4, 14, 14, 6});
    auto out = head.forward(pooled);
    ASSERT_EQ(out.sizes(), (std::vector<int64_t>{4, 28, 28, 3}));
    auto x = pooled.permute({0, 3, 1, 2});
    for (int k = 1; k <= 4; ++k) {
        const std::string n = std::to_string(k);
        x = torch::conv2d(x, p.tensors["mrcnn_mask_conv" + n + "/kernel"],
                          p.tensors["mrcnn_mask_conv" + n + "/bias"], 1, 1);
        x = test::bnRef(p, "mrcnn_mask_bn" + n, x).relu();
    }
    x = torch::conv_transpose2d(x, p.tensors["mrcnn_mask_deconv/kernel"],
                                p.tensors["mrcnn_mask_deconv/bias"], 2)
            .relu();
    x = torch::conv2d(x, p.tensors["mrcnn_mask/kernel"], p.tensors["mrcnn_mask/bias"]).sigmoid();
    EXPECT_TRUE(torch::allclose(out, x.permute({0, 2, 3, 1}), 1e-5, 1e-4));
}

TEST(NetMaskHead, EmptyInputAndBadShapes) {
    MaskHead head(maskParams(4, 4, 2));
    EXPECT_EQ(head.forward(torch::zeros({0, 14, 14, 4})).sizes(),
              (std::vector<int64_t>{0, 28, 28, 2}));
    EXPECT_THROW(head.forward(torch::zeros({1, 14, 14, 3})), std::invalid_argument);
    auto p = maskParams(4, 4, 2);
    p.tensors["mrcnn_mask_deconv/kernel"] = torch::randn({4, 4, 3, 3});
    EXPECT_THROW(MaskHead{p}, std::invalid_argument);
}

}  // namespace
}  // namespace mrcnn
