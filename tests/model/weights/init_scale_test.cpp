// A random COCO-layout ResNet-101 from initParams behaves like a model on a real photo: every
// stage's output stays at unit scale and the detections are distinct boxes (issue 9 §4).

#include <gtest/gtest.h>

#include <iostream>
#include <set>
#include <tuple>

#include "pipeline/model.h"
#include "support/test_paths.h"
#include "utils/image_io.h"
#include "weights/weight_loader.h"

namespace mrcnn {
namespace {

struct RandomCocoRun {
    ParamStore params;
    std::shared_ptr<const Inspection> record;
};

const RandomCocoRun& randomCocoRun() {
    static const RandomCocoRun run = [] {
        Config c = presetConfig("coco");
        c.IMAGE_MIN_DIM = 512;  // the full architecture, on a smaller canvas
        c.IMAGE_MAX_DIM = 512;
        c.DETECTION_MIN_CONFIDENCE = 0;  // a random model is never confident
        RandomCocoRun out;
        out.params = initParams(c, 42);
        Model model(c, out.params);
        RunOptions options;
        options.keepFeatureMaps = true;
        const auto photo = test::dataDir() / "datasets/coco/val2017/000000255165.jpg";
        out.record = model.run(loadImageRgb(photo.string()), options);
        return out;
    }();
    return run;
}

double stdOf(const torch::Tensor& t) {
    return t.to(torch::kFloat64).std().item<double>();
}

// C1 is not a named tensor of the record: conv1, bn_conv1, ReLU and the 3x3/2 max-pool on
// the molded image, with the same parameters.
torch::Tensor stageOne(const ParamStore& p, const torch::Tensor& inputImageNhwc) {
    torch::NoGradGuard noGrad;
    auto x = torch::constant_pad_nd(inputImageNhwc.permute({0, 3, 1, 2}), {3, 3, 3, 3});
    x = torch::conv2d(x, p.at("conv1/kernel"), p.at("conv1/bias"), 2);
    x = torch::batch_norm(x, p.at("bn_conv1/gamma"), p.at("bn_conv1/beta"),
                          p.at("bn_conv1/moving_mean"), p.at("bn_conv1/moving_variance"), false,
                          0.0, 1e-3, false);
    return torch::max_pool2d(torch::relu(x), 3, 2, 1);
}

TEST(InitScale, EveryStageOfARandomResNet101StaysAtUnitScale) {
    const auto& run = randomCocoRun();
    const Inspection& rec = *run.record;
    std::vector<std::pair<std::string, torch::Tensor>> stages;
    stages.emplace_back("C1", stageOne(run.params, rec.tensor("input_image")));
    for (const char* n :
         {"res2c_out", "res3d_out", "res4w_out", "res5c_out", "fpn_p2", "fpn_p3", "fpn_p4",
          "fpn_p5", "fpn_p6", "rpn_class_logits", "rpn_bbox", "mrcnn_class_logits", "mrcnn_bbox"})
        stages.emplace_back(n, rec.tensor(n));
    // Mask logits from the sigmoid outputs of the real detections.
    const int64_t n = rec.detections.count();
    ASSERT_GT(n, 0);
    const auto p = rec.tensor("mrcnn_mask")
                       .index_select(1, rec.detections.rows())
                       .to(torch::kFloat64)
                       .clamp(1e-9, 1 - 1e-9);
    stages.emplace_back("mask logits", torch::log(p) - torch::log1p(-p));
    for (const auto& [name, t] : stages) {
        const double s = stdOf(t);
        std::cout << name << ": std " << s << "\n";
        EXPECT_GE(s, 0.1) << name;
        EXPECT_LE(s, 10.0) << name;
        EXPECT_TRUE(torch::isfinite(t).all().item<bool>()) << name;
    }
    // Class scores are not saturated: the typical proposal is unsure of its class.
    const auto best = std::get<0>(rec.tensor("mrcnn_class")[0].max(1));
    EXPECT_LT(best.mean().item<double>(), 0.9);
}

TEST(InitScale, DetectionsOfARandomResNet101AreDistinctBoxes) {
    const Inspection& rec = *randomCocoRun().record;
    const auto rois = rec.detections.rois().tensor();
    const int64_t n = rec.detections.count();
    ASSERT_GE(n, 20);  // 100 detections at most; zero-area ones are dropped
    std::set<std::tuple<int, int, int, int>> distinct;
    auto a = rois.accessor<int32_t, 2>();
    for (int64_t i = 0; i < n; ++i) {
        distinct.emplace(a[i][0], a[i][1], a[i][2], a[i][3]);
        EXPECT_GT(a[i][2], a[i][0]);
        EXPECT_GT(a[i][3], a[i][1]);
    }
    EXPECT_GE(static_cast<double>(distinct.size()), 0.9 * static_cast<double>(n));
    // Boxes of many sizes, not one box repeated across the image.
    const auto heights = (rois.select(1, 2) - rois.select(1, 0)).to(torch::kFloat64);
    EXPECT_GT(heights.std().item<double>(), 5.0);
    // Each detection has its own score: the heads answer each ROI, not one answer for all.
    // (Which class wins is another matter: ReLU features share a large common part over the
    // ROIs, so with random weights one or a few classes take most of them.)
    std::set<float> scores;
    for (int64_t i = 0; i < n; ++i)
        scores.insert(rec.detections.scores()[i].item<float>());
    EXPECT_GE(static_cast<double>(scores.size()), 0.9 * static_cast<double>(n));
}

}  // namespace
}  // namespace mrcnn
