#include "heads/classifier_head.h"

#include <gtest/gtest.h>

#include "model/heads/heads_test_params.h"

namespace mrcnn {
namespace {

ParamStore classifierParams(int64_t depth, int64_t fc, int64_t classes) {
    torch::manual_seed(5);
    ParamStore p;
    test::addConv(p, "mrcnn_class_conv1", fc, depth, 7);
    test::addBn(p, "mrcnn_class_bn1", fc);
    test::addConv(p, "mrcnn_class_conv2", fc, fc, 1);
    test::addBn(p, "mrcnn_class_bn2", fc);
    p.tensors["mrcnn_class_logits/kernel"] = torch::randn({classes, fc});
    p.tensors["mrcnn_class_logits/bias"] = torch::randn({classes});
    p.tensors["mrcnn_bbox_fc/kernel"] = torch::randn({4 * classes, fc});
    p.tensors["mrcnn_bbox_fc/bias"] = torch::randn({4 * classes});
    return p;
}

TEST(NetClassifierHead, GemmEqualsTimeDistributedConvReference) {
    auto p = classifierParams(8, 16, 3);
    ClassifierHead head(p);
    EXPECT_EQ(head.numClasses(), 3);
    auto pooled = torch::randn({5, 7, 7, 8});  // NHWC
    auto out = head.forward(pooled);
    // Reference: the 7x7 'valid' conv on NCHW, BN, ReLU, 1x1, BN, ReLU, dense layers.
    auto x = torch::conv2d(pooled.permute({0, 3, 1, 2}), p.tensors["mrcnn_class_conv1/kernel"],
                           p.tensors["mrcnn_class_conv1/bias"]);
    x = test::bnRef(p, "mrcnn_class_bn1", x).relu();
    x = torch::conv2d(x, p.tensors["mrcnn_class_conv2/kernel"],
                      p.tensors["mrcnn_class_conv2/bias"]);
    x = test::bnRef(p, "mrcnn_class_bn2", x).relu().flatten(1);
    auto logits = torch::linear(x, p.tensors["mrcnn_class_logits/kernel"],
                                p.tensors["mrcnn_class_logits/bias"]);
    auto bbox =
        torch::linear(x, p.tensors["mrcnn_bbox_fc/kernel"], p.tensors["mrcnn_bbox_fc/bias"]);
    EXPECT_TRUE(torch::allclose(out.logits, logits, 1e-4, 1e-4));
    EXPECT_TRUE(torch::allclose(out.probs, torch::softmax(logits, -1), 1e-5, 1e-5));
    ASSERT_EQ(out.bbox.sizes(), (std::vector<int64_t>{5, 3, 4}));
    // mrcnn_bbox index = class * 4 + k.
    EXPECT_NEAR(out.bbox[2][1][3].item<float>(), bbox[2][7].item<float>(), 1e-4);
}

TEST(NetClassifierHead, EmptyAndWrongShapes) {
    ClassifierHead head(classifierParams(4, 8, 2));
    auto out = head.forward(torch::zeros({0, 7, 7, 4}));
    EXPECT_EQ(out.probs.sizes(), (std::vector<int64_t>{0, 2}));
    EXPECT_EQ(out.bbox.sizes(), (std::vector<int64_t>{0, 2, 4}));
    EXPECT_THROW(head.forward(torch::zeros({1, 4, 7, 7})), std::invalid_argument);
    auto p = classifierParams(4, 8, 2);
    p.tensors["mrcnn_bbox_fc/kernel"] = torch::randn({6, 8});
    EXPECT_THROW(ClassifierHead{p}, std::invalid_argument);
    p.tensors.erase("mrcnn_class_bn2/gamma");
    EXPECT_THROW(ClassifierHead{p}, std::invalid_argument);
}

}  // namespace
}  // namespace mrcnn
