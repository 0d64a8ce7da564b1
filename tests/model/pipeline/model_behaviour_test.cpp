// Model behaviour beyond parity: random ResNet-101 weights, detection-only
// weights, cancel, partial re-runs, and the dump's keys against the reference
// run.

#include <gtest/gtest.h>

#include "inspection/inspection_npz.h"
#include "model/pipeline/run_compare.h"
#include "pipeline/model.h"
#include "pipeline/network.h"
#include "roi_align/pyramid_roi_align.h"
#include "support/test_paths.h"
#include "utils/image_io.h"
#include "weights/keras_h5.h"

namespace mrcnn {
namespace {

struct Micro {
    Config config;
    ParamStore params;
    LoadReport report;
    torch::Tensor image;
};

const Micro& micro() {
    static const Micro m = [] {
        Micro out;
        const auto d = test::dataDir();
        out.config = loadConfigFile((d / "runs/shapes_micro.json").string());
        auto file = readKerasWeights((d / "runs/shapes_micro_seed3.h5").string());
        out.params = loadParams(file, out.config, out.report);
        out.image = loadImageRgb((d / "images/shapes_001.png").string());
        return out;
    }();
    return m;
}

TEST(NetModel, InitWeightsResNet101StaysFinite) {
    Config c = presetConfig("coco");
    c.IMAGE_MIN_DIM = 256;
    c.IMAGE_MAX_DIM = 256;
    c.RESNET_WIDTH = 0.25;
    c.DETECTION_MIN_CONFIDENCE = 0;
    Model model(c, initParams(c, 11));
    auto rec = model.run(torch::randint(0, 256, {200, 300, 3}, torch::kUInt8));
    // Random deltas may overflow exp() in the box refinement; the network itself stays finite.
    for (auto n : {"rpn_class_logits", "rpn_class", "rpn_bbox", "mrcnn_class"})
        EXPECT_TRUE(torch::isfinite(rec->tensor(n)).all().item<bool>()) << n;
    EXPECT_EQ(rec->tensor("rpn_class").size(1), 3 * (64 * 64 + 32 * 32 + 16 * 16 + 8 * 8 + 4 * 4));
    EXPECT_EQ(rec->tensor("mrcnn_class").size(2), 81);
    EXPECT_EQ(rec->tensor("masks").size(0), 200);
    EXPECT_EQ(rec->tensor("masks").size(1), 300);
}

TEST(NetModel, DetectionOnlyWeightsSkipTheMaskHead) {
    const auto& m = micro();
    ParamStore params = m.params;
    for (auto it = params.tensors.begin(); it != params.tensors.end();)
        it = it->first.rfind("mrcnn_mask", 0) == 0 ? params.tensors.erase(it) : std::next(it);
    Model detOnly(m.config, params);
    EXPECT_FALSE(detOnly.hasMaskHead());
    auto rec = detOnly.run(m.image);
    EXPECT_FALSE(rec->maskHeadRan);
    EXPECT_FALSE(rec->has("mrcnn_mask"));
    EXPECT_FALSE(rec->has("masks"));
    Model full(m.config, m.params);
    auto ref = full.run(m.image);
    EXPECT_TRUE(ref->maskHeadRan);
    EXPECT_TRUE(torch::equal(rec->detections.rois().tensor(), ref->detections.rois().tensor()));
    EXPECT_TRUE(torch::equal(rec->detections.classIds(), ref->detections.classIds()));
}

TEST(NetModel, CancelStopsWithAClearException) {
    const auto& m = micro();
    Model model(m.config, m.params);
    std::vector<Stage> seen;
    RunOptions options;
    options.progress = [&](Stage s, int /*index*/, int count) {
        seen.push_back(s);
        EXPECT_EQ(count, kStageCount);
        return s != Stage::Classifier;
    };
    try {
        model.run(m.image, options);
        FAIL() << "no exception";
    } catch (const RunCancelled& e) {
        EXPECT_NE(std::string(e.what()).find("classifier"), std::string::npos);
    }
    ASSERT_EQ(seen.size(), 5u);
    EXPECT_EQ(seen.front(), Stage::Mold);
}

TEST(NetModel, BadImagesAreRejected) {
    const auto& m = micro();
    Model model(m.config, m.params);
    EXPECT_THROW(model.run(torch::zeros({10, 10, 3}, torch::kFloat32)), std::invalid_argument);
    EXPECT_THROW(model.run(torch::zeros({10, 10}, torch::kUInt8)), std::invalid_argument);
    EXPECT_THROW(model.run(torch::zeros({0, 10, 3}, torch::kUInt8)), std::invalid_argument);
    RunOptions bad;
    bad.postNmsRoisInference = 0;
    EXPECT_THROW(model.run(m.image, bad), std::invalid_argument);
}

TEST(NetModel, PartialRerunMatchesAFullRunAndSkipsEarlierStages) {
    const auto& m = micro();
    Model model(m.config, m.params);
    auto first = model.run(m.image);
    RunOptions changed;
    changed.detectionMinConfidence = 0.7;
    changed.detectionNmsThreshold = 0.5;
    ASSERT_EQ(model.firstAffectedStage({}, changed), Stage::Detection);
    auto partial = model.rerunFrom(*first, Stage::Detection, changed);
    auto full = model.run(m.image, changed);
    // Only detection onward ran; earlier tensors are the very same storage.
    ASSERT_EQ(partial->timings.size(), 3u);
    EXPECT_EQ(partial->timings[0].stage, Stage::Detection);
    EXPECT_EQ(partial->tensor("rpn_class").data_ptr(), first->tensor("rpn_class").data_ptr());
    EXPECT_EQ(partial->tensor("mrcnn_class").data_ptr(), first->tensor("mrcnn_class").data_ptr());
    for (auto n : {"detections", "mrcnn_mask", "rois", "class_ids", "scores", "masks",
                   "detection_keep", "detection_final_keep"})
        EXPECT_TRUE(torch::equal(partial->tensor(n), full->tensor(n))) << n;
    EXPECT_LT(partial->detections.count(), first->detections.count());
    EXPECT_DOUBLE_EQ(partial->detectionMinConfidence, 0.7);

    RunOptions rpn;
    rpn.rpnNmsThreshold = 0.5;
    rpn.postNmsRoisInference = 300;
    ASSERT_EQ(model.firstAffectedStage({}, rpn), Stage::Proposals);
    auto partialRpn = model.rerunFrom(*first, Stage::Proposals, rpn);
    auto fullRpn = model.run(m.image, rpn);
    EXPECT_EQ(partialRpn->timings.front().stage, Stage::Proposals);
    EXPECT_EQ(partialRpn->tensor("proposals").size(1), 300);
    for (auto n : {"proposals", "post_nms_anchor_ix", "mrcnn_class", "detections", "rois", "masks"})
        EXPECT_TRUE(torch::equal(partialRpn->tensor(n), fullRpn->tensor(n))) << n;

    RunOptions mask;
    mask.maskThreshold = 0.9;
    ASSERT_EQ(model.firstAffectedStage({}, mask), Stage::Unmold);
    auto partialMask = model.rerunFrom(*first, Stage::Unmold, mask);
    ASSERT_EQ(partialMask->timings.size(), 1u);
    EXPECT_LE(partialMask->tensor("masks").sum().item<int64_t>(),
              first->tensor("masks").sum().item<int64_t>());
    EXPECT_FALSE(model.firstAffectedStage({}, {}).has_value());
}

TEST(NetModel, DumpKeysShapesAndDtypesMatchTheReferenceRun) {
    const auto& m = micro();
    Model model(m.config, m.params);
    RunOptions options;
    options.keepFeatureMaps = true;
    auto rec = model.run(m.image, options);
    auto arrays = inspectionArrays(*rec, {});
    const auto ref = readNpz((test::dataDir() / "runs/shapes_micro_seed3_shapes001.npz").string());
    ASSERT_EQ(arrays.size(), ref.size());
    for (size_t i = 0; i < ref.size(); ++i) {
        SCOPED_TRACE(ref[i].first);
        EXPECT_EQ(arrays[i].first, ref[i].first);
        // detection_keep's length depends on the scores (see the parity tests' open issue).
        if (ref[i].first != "detection_keep") {
            EXPECT_EQ(arrays[i].second.shape, ref[i].second.shape);
        }
        // image_meta is float64 for every config; the reference (scale 1) holds int64.
        if (ref[i].first == "image_meta") {
            EXPECT_EQ(arrays[i].second.dtype, "<f8");
        } else if (ref[i].first != "config_json") {
            EXPECT_EQ(arrays[i].second.dtype, ref[i].second.dtype);
        }
    }
    // Without trace and feature maps, those keys go.
    auto small = inspectionArrays(*rec, {false, false});
    EXPECT_EQ(small.size(), ref.size() - 10 - 10);
    // The written file reads back key by key.
    const auto path = std::filesystem::temp_directory_path() / "net_dump_roundtrip.npz";
    writeInspectionNpz(*rec, path.string());
    auto back = readNpz(path.string());
    ASSERT_EQ(back.size(), arrays.size());
    for (size_t i = 0; i < back.size(); ++i)
        EXPECT_EQ(back[i].second.data, arrays[i].second.data);
    std::filesystem::remove(path);
}

TEST(NetModel, RerunWithoutFeatureMapsIsRejected) {
    const auto& m = micro();
    Model model(m.config, m.params);
    Inspection empty;
    EXPECT_THROW(model.rerunFrom(empty, Stage::Detection, {}), std::invalid_argument);
}
}  // namespace
}  // namespace mrcnn

namespace mrcnn {
namespace {

// The mask head runs once for the trailing zero-padding rows of `detections` and repeats that
// result; the record must match running the head on every row, as the original does.
// `boxes` pooled from the run's feature maps as a whole batch, for the heads to compute every
// row themselves.
PyramidRoiAlignOutput poolRecordBoxes(const Inspection& rec, const torch::Tensor& boxes,
                                      int64_t poolSize) {
    PyramidRoiAlignInput in;
    in.boxes = boxes;
    for (const auto& f : rec.mrcnnFeatureMaps)
        in.featureMaps.push_back(f.permute({0, 2, 3, 1}).contiguous());
    in.layout = FeatureLayout::Nhwc;
    in.imageHeight = rec.tensor("input_image").size(1);
    in.imageWidth = rec.tensor("input_image").size(2);
    return pyramidRoiAlign(in, poolSize);
}

TEST(NetModel, PaddingRowsOfTheMaskHeadEqualAFullComputation) {
    const auto& m = micro();
    Model model(m.config, m.params);
    RunOptions options;
    options.detectionMinConfidence = 0.9999;  // random weights: most scores are high
    auto rec = model.run(m.image, options);
    auto boxes = rec->tensor("detections")[0].slice(1, 0, 4).contiguous();
    const int64_t real = boxes.ne(0).any(1).sum().item<int64_t>();
    ASSERT_LT(real, boxes.size(0));  // the case has padding rows
    Network network(m.params, m.config);
    auto pooled = poolRecordBoxes(*rec, boxes, m.config.MASK_POOL_SIZE);
    auto full = network.mask->forward(pooled.pooled.permute({0, 2, 3, 1}).contiguous());
    // Not bit for bit: the matrix products round a batch's first rows slightly differently
    // (5e-7 seen), which the original's own batching does too.
    auto recorded = rec->tensor("mrcnn_mask")[0];
    ASSERT_EQ(recorded.sizes(), full.sizes());
    EXPECT_LT((recorded - full).abs().max().item<float>(), 1e-5f);
}

TEST(NetModel, PaddingRowsOfTheClassifierEqualAFullComputation) {
    const auto& m = micro();
    Model model(m.config, m.params);
    RunOptions options;
    options.rpnNmsThreshold = 0.3;  // few proposals survive: most rows are padding
    auto rec = model.run(m.image, options);
    auto rois = rec->tensor("proposals")[0].contiguous();
    const int64_t real = rois.ne(0).any(1).sum().item<int64_t>();
    ASSERT_GT(real, 0);
    ASSERT_LT(real, rois.size(0));  // the case has padding rows
    Network network(m.params, m.config);
    auto pooled = poolRecordBoxes(*rec, rois, m.config.POOL_SIZE);
    auto full = network.classifier.forward(pooled.pooled.permute({0, 2, 3, 1}).contiguous());
    for (const auto& [name, want] :
         {std::pair{"mrcnn_class", full.probs}, std::pair{"mrcnn_bbox", full.bbox},
          std::pair{"mrcnn_class_logits", full.logits}}) {
        SCOPED_TRACE(name);
        if (!rec->has(name))
            continue;
        auto got = rec->tensor(name)[0];
        ASSERT_EQ(got.sizes(), want.sizes());
        // Within float32 rounding of a different batch size in the matrix products.
        EXPECT_LT((got - want).abs().max().item<float>(), 1e-5f);
        // Every padding row holds the one padding result.
        EXPECT_TRUE(got.slice(0, real).eq(got.slice(0, real, real + 1)).all().item<bool>());
    }
    EXPECT_TRUE(rec->tensor("proposal_roi_levels")
                    .reshape({-1})
                    .slice(0, real)
                    .eq(pooled.levels[real])
                    .all()
                    .item<bool>());
}

}  // namespace
}  // namespace mrcnn
