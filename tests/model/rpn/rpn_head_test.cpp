#include "rpn/rpn_head.h"

#include <gtest/gtest.h>

namespace mrcnn {
namespace {

ParamStore rpnParams(int64_t depth, int64_t hidden, int64_t anchors) {
    torch::manual_seed(3);
    ParamStore p;
    p.tensors["rpn_conv_shared/kernel"] = torch::randn({hidden, depth, 3, 3}) * 0.3;
    p.tensors["rpn_conv_shared/bias"] = torch::randn({hidden});
    p.tensors["rpn_class_raw/kernel"] = torch::randn({2 * anchors, hidden, 1, 1});
    p.tensors["rpn_class_raw/bias"] = torch::randn({2 * anchors});
    p.tensors["rpn_bbox_pred/kernel"] = torch::randn({4 * anchors, hidden, 1, 1});
    p.tensors["rpn_bbox_pred/bias"] = torch::randn({4 * anchors});
    return p;
}

TEST(NetRpnHead, AnchorMajorLayoutRowColumnAnchorOrder) {
    auto p = rpnParams(4, 6, 3);
    RpnHead head(p, 1);
    std::vector<torch::Tensor> maps = {torch::randn({1, 4, 4, 5}), torch::randn({1, 4, 2, 3})};
    auto out = head.forward(maps);
    ASSERT_EQ(out.classLogits.sizes(), (std::vector<int64_t>{1, (20 + 6) * 3, 2}));
    ASSERT_EQ(out.bbox.sizes(), (std::vector<int64_t>{1, (20 + 6) * 3, 4}));
    // Reference: plain convs, then pick row 1, column 3, anchor 2 of level 0.
    auto shared = torch::conv2d(maps[0], p.tensors["rpn_conv_shared/kernel"],
                                p.tensors["rpn_conv_shared/bias"], 1, 1)
                      .relu();
    auto cls =
        torch::conv2d(shared, p.tensors["rpn_class_raw/kernel"], p.tensors["rpn_class_raw/bias"]);
    auto box =
        torch::conv2d(shared, p.tensors["rpn_bbox_pred/kernel"], p.tensors["rpn_bbox_pred/bias"]);
    const int64_t idx = (1 * 5 + 3) * 3 + 2;
    EXPECT_NEAR(out.classLogits[0][idx][1].item<float>(), cls[0][2 * 2 + 1][1][3].item<float>(),
                1e-4);
    EXPECT_NEAR(out.bbox[0][idx][2].item<float>(), box[0][2 * 4 + 2][1][3].item<float>(), 1e-4);
    // Level 1 follows level 0.
    auto shared1 = torch::conv2d(maps[1], p.tensors["rpn_conv_shared/kernel"],
                                 p.tensors["rpn_conv_shared/bias"], 1, 1)
                       .relu();
    auto cls1 =
        torch::conv2d(shared1, p.tensors["rpn_class_raw/kernel"], p.tensors["rpn_class_raw/bias"]);
    EXPECT_NEAR(out.classLogits[0][60][0].item<float>(), cls1[0][0][0][0].item<float>(), 1e-4);
    EXPECT_TRUE(torch::allclose(out.classProbs.sum(-1), torch::ones({1, 78}), 1e-6, 1e-6));
}

TEST(NetRpnHead, RejectsEmptyInputAndBadParams) {
    auto p = rpnParams(4, 6, 3);
    RpnHead head(p, 1);
    EXPECT_THROW(head.forward({}), std::invalid_argument);
    EXPECT_THROW(RpnHead(p, 0), std::invalid_argument);
    p.tensors["rpn_bbox_pred/kernel"] = torch::randn({8, 6, 1, 1});
    p.tensors["rpn_bbox_pred/bias"] = torch::randn({8});
    EXPECT_THROW(RpnHead(p, 1), std::invalid_argument);
}

TEST(NetRpnHead, Stride2UsesTfSamePadding) {
    auto p = rpnParams(2, 3, 1);
    RpnHead head(p, 2);
    auto out = head.forward({torch::randn({1, 2, 6, 6})});
    EXPECT_EQ(out.classLogits.size(1), 9);
}

}  // namespace
}  // namespace mrcnn
