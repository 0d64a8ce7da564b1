#include "detection/detection_layer.h"

#include <gtest/gtest.h>

#include <chrono>

#include "proposals/box_graph.h"
#include "support/reference_runs.h"
#include "support/run_npz.h"

using namespace mrcnn;

namespace {

class DetectionLayerRun : public ::testing::TestWithParam<std::string> {};

std::vector<int64_t> vec(const torch::Tensor& t) {
    torch::Tensor c = t.to(torch::kInt64).contiguous();
    return std::vector<int64_t>(c.data_ptr<int64_t>(), c.data_ptr<int64_t>() + c.numel());
}

float maxAbsDiff(const torch::Tensor& a, const torch::Tensor& b) {
    if (a.numel() == 0 && b.numel() == 0)
        return 0.0f;
    return (a.to(torch::kFloat64) - b.to(torch::kFloat64)).abs().max().item<double>();
}

DetectionLayerInput inputFromRun(const test::RunNpz& run, const Config& config) {
    DetectionLayerInput in;
    in.rois = run.tensor("proposals");
    in.mrcnnClass = run.tensor("mrcnn_class");
    in.mrcnnBbox = run.tensor("mrcnn_bbox");
    torch::Tensor w = run.tensor("window")[0].to(torch::kInt64);
    const auto shape = config.imageShape();
    in.window = normWindowGraph(
        {w[0].item<int64_t>(), w[1].item<int64_t>(), w[2].item<int64_t>(), w[3].item<int64_t>()},
        shape[0], shape[1]);
    return in;
}

}  // namespace

TEST_P(DetectionLayerRun, MatchesTheFullTrace) {
    const test::ReferenceRun info = test::referenceRun(GetParam());
    MRCNN_REQUIRE_RUN(info);
    test::RunNpz run(info.npz);
    const Config config = run.config();
    ASSERT_EQ(config.DETECTION_MIN_CONFIDENCE, 0.0);  // the runs disable the filter
    const DetectionLayerInput in = inputFromRun(run, config);
    const auto start = std::chrono::steady_clock::now();
    DetectionLayerOutput out = detectionLayer(in, DetectionLayerParams::fromConfig(config));
    RecordProperty("stage_ms", std::to_string(std::chrono::duration<double, std::milli>(
                                                  std::chrono::steady_clock::now() - start)
                                                  .count()));

    EXPECT_TRUE(torch::equal(out.window, run.tensor("detection_window")));
    EXPECT_TRUE(torch::equal(out.classIds, run.tensor("detection_class_ids")));
    EXPECT_TRUE(torch::equal(out.classScores, run.tensor("detection_class_scores")));
    EXPECT_LE(maxAbsDiff(out.refinedRois.tensor(), run.tensor("detection_refined_rois")), 1e-6f);
    EXPECT_EQ(vec(out.keep), vec(run.tensor("detection_keep")));
    EXPECT_EQ(vec(out.uniqueClassIds), vec(run.tensor("detection_unique_class_ids")));
    torch::Tensor nmsKeep = run.tensor("detection_nms_keep");
    ASSERT_EQ(out.nmsKeep.sizes(), nmsKeep.sizes());
    EXPECT_EQ(vec(out.nmsKeep), vec(nmsKeep));
    EXPECT_EQ(vec(out.finalKeep), vec(run.tensor("detection_final_keep")));

    torch::Tensor det = run.tensor("detections")[0];
    ASSERT_EQ(out.detections.sizes(), det.sizes());
    EXPECT_LE(maxAbsDiff(out.detections.slice(1, 0, 4), det.slice(1, 0, 4)), 1e-5f);
    EXPECT_TRUE(torch::equal(out.detections.select(1, 4), det.select(1, 4)));
    EXPECT_LE(maxAbsDiff(out.detections.select(1, 5), det.select(1, 5)), 1e-6f);

    // The per-class trace partitions each class's inputs into kept, suppressed and
    // not-reached boxes; each row of detection_nms_keep is the class's kept list.
    ASSERT_EQ(out.classNms.size(), static_cast<size_t>(out.uniqueClassIds.size(0)));
    for (size_t u = 0; u < out.classNms.size(); ++u) {
        const ClassNmsTrace& t = out.classNms[u];
        EXPECT_EQ(t.classId, out.uniqueClassIds[u].item<int32_t>());
        EXPECT_EQ(t.kept.size(0) + t.suppressed.size(0) + t.notReached.size(0),
                  t.inputIndices.size(0));
        EXPECT_EQ(t.suppressed.size(0), t.suppressedBy.size(0));
        EXPECT_EQ(vec(t.kept), vec(out.nmsKeep[u].slice(0, 0, t.kept.size(0))));
        if (t.notReached.size(0) > 0) {
            EXPECT_EQ(t.kept.size(0), config.DETECTION_MAX_INSTANCES);
        }
    }
}

TEST_P(DetectionLayerRun, MinConfidenceFiltersAndRerunsAlone) {
    const test::ReferenceRun info = test::referenceRun(GetParam());
    MRCNN_REQUIRE_RUN(info);
    test::RunNpz run(info.npz);
    const Config config = run.config();
    DetectionLayerParams params = DetectionLayerParams::fromConfig(config);
    params.minConfidence = 0.7;
    DetectionLayerOutput out = detectionLayer(inputFromRun(run, config), params);
    std::vector<int64_t> want;
    auto ids = out.classIds.accessor<int32_t, 1>();
    auto scores = out.classScores.accessor<float, 1>();
    for (int64_t i = 0; i < ids.size(0); ++i)
        if (ids[i] > 0 && scores[i] >= 0.7f)
            want.push_back(i);
    EXPECT_EQ(vec(out.keep), want);
    for (int64_t i : vec(out.finalKeep))
        EXPECT_GE(scores[i], 0.7f);
}

INSTANTIATE_TEST_SUITE_P(Runs, DetectionLayerRun, ::testing::Values("micro", "tiny", "coco"));

namespace {

// Three classes (0 = background); zero deltas so refined boxes equal the ROIs.
DetectionLayerInput handInput(const std::vector<float>& rois, const std::vector<float>& probs) {
    const int64_t n = static_cast<int64_t>(rois.size() / 4);
    DetectionLayerInput in;
    in.rois = torch::tensor(rois).reshape({n, 4});
    in.mrcnnClass = torch::tensor(probs).reshape({n, 3});
    in.mrcnnBbox = torch::zeros({n, 3, 4});
    return in;
}

}  // namespace

TEST(DetectionLayer, PerClassNmsTopKAndTrace) {
    // ROI 0, 1 (class 1) overlap heavily; 2 is class 2; 3 is background; 4 class 1, apart.
    DetectionLayerInput in =
        handInput({0.1f, 0.1f, 0.5f, 0.5f, 0.12f, 0.1f, 0.5f, 0.5f, 0.1f, 0.1f, 0.5f, 0.5f,  //
                   0.0f, 0.0f, 1.0f, 1.0f, 0.6f,  0.6f, 0.9f, 0.9f},
                  {0.1f, 0.8f, 0.1f, 0.1f, 0.9f, 0.0f, 0.2f, 0.0f, 0.8f, 0.9f, 0.05f, 0.05f,  //
                   0.3f, 0.4f, 0.3f});
    DetectionLayerParams p;
    p.minConfidence = 0.0;
    p.maxInstances = 5;
    DetectionLayerOutput out = detectionLayer(in, p);
    EXPECT_EQ(vec(out.classIds), (std::vector<int64_t>{1, 1, 2, 0, 1}));
    EXPECT_EQ(vec(out.keep), (std::vector<int64_t>{0, 1, 2, 4}));
    EXPECT_EQ(vec(out.uniqueClassIds), (std::vector<int64_t>{1, 2}));
    EXPECT_EQ(vec(out.nmsKeep), (std::vector<int64_t>{1, 4, -1, -1, -1, 2, -1, -1, -1, -1}));
    EXPECT_EQ(vec(out.finalKeep), (std::vector<int64_t>{1, 2, 4}));
    ASSERT_EQ(out.classNms.size(), 2u);
    EXPECT_EQ(vec(out.classNms[0].inputIndices), (std::vector<int64_t>{0, 1, 4}));
    EXPECT_EQ(vec(out.classNms[0].kept), (std::vector<int64_t>{1, 4}));
    EXPECT_EQ(vec(out.classNms[0].suppressed), (std::vector<int64_t>{0}));
    EXPECT_EQ(vec(out.classNms[0].suppressedBy), (std::vector<int64_t>{1}));
    EXPECT_EQ(out.classNms[0].notReached.numel(), 0);
    EXPECT_FLOAT_EQ(out.detections[0][5].item<float>(), 0.9f);
    EXPECT_EQ(out.detections[0][4].item<float>(), 1.0f);
    EXPECT_EQ(out.detections[1][4].item<float>(), 2.0f);
    EXPECT_TRUE(out.detections.slice(0, 3).eq(0).all().item<bool>());
    // DETECTION_MIN_CONFIDENCE 0.7 drops ROI 4 (0.4); 0 disables the test altogether.
    p.minConfidence = 0.7;
    out = detectionLayer(in, p);
    EXPECT_EQ(vec(out.keep), (std::vector<int64_t>{0, 1, 2}));
    EXPECT_EQ(vec(out.finalKeep), (std::vector<int64_t>{1, 2}));
    // A looser NMS keeps both overlapping boxes; max instances caps the output.
    p.minConfidence = 0.0;
    // (ROI 0 and 2 tie at 0.8: the lower index wins the second place.)
    p.nmsThreshold = 0.99;
    p.maxInstances = 2;
    out = detectionLayer(in, p);
    EXPECT_EQ(vec(out.finalKeep), (std::vector<int64_t>{1, 0}));
    EXPECT_EQ(out.detections.size(0), 2);
    EXPECT_EQ(out.nmsKeep.sizes(), (c10::IntArrayRef{2, 2}));
    // Class 1's third box (ROI 4) is never examined: two boxes were already selected.
    EXPECT_EQ(vec(out.classNms[0].notReached), (std::vector<int64_t>{4}));
}

TEST(DetectionLayer, ScoreTiesGoToTheLowerRoiIndex) {
    DetectionLayerInput in =
        handInput({0.6f, 0.6f, 0.9f, 0.9f, 0.1f, 0.1f, 0.3f, 0.3f, 0.4f, 0.4f, 0.5f, 0.5f},
                  {0.2f, 0.0f, 0.8f, 0.2f, 0.8f, 0.0f, 0.2f, 0.8f, 0.0f});
    DetectionLayerParams p;
    p.minConfidence = 0.0;
    DetectionLayerOutput out = detectionLayer(in, p);
    EXPECT_EQ(vec(out.uniqueClassIds), (std::vector<int64_t>{2, 1}));
    EXPECT_EQ(vec(out.finalKeep), (std::vector<int64_t>{0, 1, 2}));
}

TEST(DetectionLayer, AllBackgroundAndEmptyInputs) {
    DetectionLayerInput in = handInput({0.1f, 0.1f, 0.5f, 0.5f, 0.0f, 0.0f, 0.0f, 0.0f},
                                       {0.9f, 0.05f, 0.05f, 0.5f, 0.25f, 0.25f});
    DetectionLayerParams p;
    DetectionLayerOutput out = detectionLayer(in, p);
    EXPECT_EQ(out.keep.numel(), 0);
    EXPECT_EQ(out.uniqueClassIds.numel(), 0);
    EXPECT_EQ(out.nmsKeep.sizes(), (c10::IntArrayRef{0, 100}));
    EXPECT_EQ(out.finalKeep.numel(), 0);
    EXPECT_TRUE(torch::equal(out.detections, torch::zeros({100, 6})));
    in.rois = torch::zeros({0, 4});
    in.mrcnnClass = torch::zeros({0, 3});
    in.mrcnnBbox = torch::zeros({0, 3, 4});
    out = detectionLayer(in, p);
    EXPECT_EQ(out.classIds.numel(), 0);
    EXPECT_TRUE(torch::equal(out.detections, torch::zeros({100, 6})));
}

TEST(DetectionLayer, RefinesWithClassDeltasAndClipsToTheWindow) {
    DetectionLayerInput in = handInput({0.2f, 0.2f, 0.4f, 0.4f}, {0.1f, 0.1f, 0.8f});
    in.mrcnnBbox[0][2][0] = 10.0f;   // dy * 0.1 = one box height down
    in.mrcnnBbox[0][1][0] = -10.0f;  // another class's deltas are ignored
    in.window = {0.0f, 0.0f, 0.5f, 1.0f};
    DetectionLayerParams p;
    DetectionLayerOutput out = detectionLayer(in, p);
    EXPECT_NEAR(out.refinedRois.tensor()[0][0].item<float>(), 0.4f, 1e-6f);
    EXPECT_EQ(out.refinedRois.tensor()[0][2].item<float>(), 0.5f);  // 0.6 clipped to the window
    EXPECT_EQ(out.detections[0][4].item<float>(), 2.0f);
}

TEST(DetectionLayer, BadInputsGiveClearMessages) {
    DetectionLayerInput in = handInput({0.2f, 0.2f, 0.4f, 0.4f}, {0.1f, 0.1f, 0.8f});
    in.mrcnnBbox = torch::zeros({1, 2, 4});
    EXPECT_THROW(detectionLayer(in, {}), std::invalid_argument);
    in = handInput({0.2f, 0.2f, 0.4f, 0.4f}, {0.1f, 0.1f, 0.8f});
    in.mrcnnClass = torch::zeros({2, 3});
    EXPECT_THROW(detectionLayer(in, {}), std::invalid_argument);
    in = handInput({0.2f, 0.2f, 0.4f, 0.4f}, {0.1f, 0.1f, 0.8f});
    in.rois = torch::zeros({1, 4}, torch::kFloat64);
    EXPECT_THROW(detectionLayer(in, {}), std::invalid_argument);
}
