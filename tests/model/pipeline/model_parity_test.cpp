// Whole runs against the reference runs made with the original's semantics
// (shared/reference/README §8): the micro run always, the larger ones when ../shared exists.
//
// What an independent float32 implementation can meet, stage by stage:
//  - dense outputs up to the first discrete choice (molded input, anchors, feature maps, RPN)
//    within a relative 1e-4 of the reference;
//  - each discrete choice (pre-NMS top-k, RPN NMS, ROI-align crop edges and levels, the
//    detection layer) equal to the reference's except at near ties: a gap below 1e-5 in the
//    reference's own scores (top-k, NMS visiting order, argmax class), an IoU within 1e-5 of
//    the threshold in both runs, a crop sample within 2 ulps of the feature map's edge
//    (rpn_ties.h, crop_ties.h, detection_ties.h prove each one);
//  - every item (proposal, ROI, detection, result) with a partner in the reference (the same
//    anchor) and not at a near tie matches it within tolerance;
//  - every stage after the RPN re-run on this run's own inputs gives this run's outputs
//    (stage_reruns.h), which is what checks the items a near tie changed.

#include <gtest/gtest.h>

#include <chrono>
#include <cstdio>

#include "inspection/tensor_names.h"
#include "model/pipeline/crop_ties.h"
#include "model/pipeline/detection_ties.h"
#include "model/pipeline/result_compare.h"
#include "model/pipeline/rpn_ties.h"
#include "model/pipeline/run_compare.h"
#include "model/pipeline/stage_reruns.h"
#include "pipeline/model.h"
#include "support/test_paths.h"
#include "utils/image_io.h"

namespace mrcnn {
namespace {

constexpr double kDenseTol = 1e-4;  // relative, of every dense output
constexpr double kScoreTie = 1e-5;  // a gap in the reference's own scores
constexpr double kIouTie = 1e-5;    // an IoU this close to the NMS threshold
constexpr double kRerunTol = 1e-5;  // the heads re-run on this run's own pooled ROIs

struct RunCase {
    std::string name, config, weights, image, reference;
};

void checkRun(const RunCase& c) {
    const auto start = std::chrono::steady_clock::now();
    Config config = loadConfigFile(c.config);
    Model model = Model::load(c.weights, config);
    RunOptions options;
    options.keepFeatureMaps = true;  // the re-runs read P2..P5
    auto rec = model.run(loadImageRgb(c.image), options);
    const auto ref = test::loadRun(c.reference);
    const int64_t imageH = rec->tensor("input_image").size(1);
    const int64_t imageW = rec->tensor("input_image").size(2);

    // Dense, up to the first discrete choice.
    test::expectClose(*rec, ref, "input_image", 0);
    EXPECT_TRUE(torch::equal(rec->tensor("image_meta").to(torch::kFloat64),
                             ref.at("image_meta").to(torch::kFloat64)));
    test::expectEqual(*rec, ref, "window");
    if (ref.count("anchors"))
        test::expectClose(*rec, ref, "anchors", 0);
    for (const auto& n : names::featureMapNames(config.BACKBONE == "resnet101"))
        if (ref.count(n))
            test::expectClose(*rec, ref, n, kDenseTol);
    for (auto n : {"rpn_class_logits", "rpn_class", "rpn_bbox"})
        test::expectClose(*rec, ref, n, kDenseTol);

    // ProposalLayer: top-k order and NMS up to near ties; proposals of the same anchors.
    const auto rpn = test::checkRpnAgainstReference(
        *rec, ref, static_cast<float>(config.RPN_NMS_THRESHOLD), kScoreTie, kIouTie, kDenseTol);
    ASSERT_FALSE(::testing::Test::HasFailure());

    // ROI align and the classifier head, ROI by ROI with the reference's ROI of the same anchor.
    const auto cropTies =
        test::cropNearTies(rec->tensor("proposals")[0], ref.at("proposals")[0], rpn.proposalRows,
                           rec->tensor("proposal_roi_levels"), ref.at("proposal_roi_levels"),
                           imageH, imageW, config.POOL_SIZE);
    for (auto n : {"mrcnn_class_logits", "mrcnn_class", "mrcnn_bbox"})
        test::expectRowsMatch(*rec, ref, n, kDenseTol, rpn.proposalRows, cropTies);
    test::expectRowsMatch(*rec, ref, "proposal_roi_levels", 0, rpn.proposalRows, cropTies);
    // Each ROI's class, and what follows from it, up to near ties of the argmax.
    const auto classTies = test::classNearTies(*rec, ref, rpn.proposalRows, cropTies, kScoreTie);
    auto roiTies = cropTies;
    roiTies.insert(classTies.begin(), classTies.end());
    for (auto n : {"detection_class_scores", "detection_refined_rois"})
        test::expectRowsMatch(*rec, ref, n, kDenseTol, rpn.proposalRows, roiTies);
    test::expectRowsMatch(*rec, ref, "detection_class_ids", 0, rpn.proposalRows, roiTies);

    // The detection layer, its detections, the mask head and the results.
    const auto det = test::checkDetectionsAgainstReference(*rec, ref, config, rpn.proposalRows,
                                                           roiTies, kScoreTie, kIouTie);
    test::expectClose(*rec, ref, "detection_window", 0);
    test::expectRowsMatch(*rec, ref, "detections", kDenseTol, det.detectionRows);
    const auto maskTies = test::cropNearTies(
        rec->tensor("detections")[0].slice(1, 0, 4), ref.at("detections")[0].slice(1, 0, 4),
        det.detectionRows, rec->tensor("detection_roi_levels"), ref.at("detection_roi_levels"),
        imageH, imageW, config.MASK_POOL_SIZE);
    test::expectRowsMatch(*rec, ref, "mrcnn_mask", kDenseTol, det.detectionRows, maskTies);
    test::expectRowsMatch(*rec, ref, "detection_roi_levels", 0, det.detectionRows, maskTies);
    const int64_t otherResults =
        test::checkResultsAgainstReference(*rec, ref, det.detectionRows, maskTies);
    EXPECT_TRUE(rec->maskHeadRan);

    // Every stage after the RPN against itself re-run on this run's own inputs.
    test::checkStagesOnOwnInputs(*rec, config, model.params(),
                                 static_cast<float>(config.RPN_NMS_THRESHOLD), kRerunTol);

    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    std::printf(
        "%s near ties: pre-NMS %lld/%lld positions; RPN NMS %lld IoU ties, first other anchor at "
        "%lld, %lld/%lld proposals without a partner; ROI align %zu; class %zu; detection layer "
        "%lld rows from this run, %lld candidates out of order, %lld IoU ties, %lld detections "
        "without a partner; mask ROI align %zu; results without a partner %lld (%.1f s)\n",
        c.name.c_str(), static_cast<long long>(rpn.preNmsMoved),
        static_cast<long long>(rec->tensor("pre_nms_anchor_ix").size(0)),
        static_cast<long long>(rpn.nmsIouTies), static_cast<long long>(rpn.nmsFirstDiff),
        static_cast<long long>(rpn.nmsOtherAnchors),
        static_cast<long long>(rpn.proposalRows.size()), cropTies.size(), classTies.size(),
        static_cast<long long>(det.rowsFromThisRun), static_cast<long long>(det.inverted),
        static_cast<long long>(det.iouTies), static_cast<long long>(det.unmatched), maskTies.size(),
        static_cast<long long>(otherResults), seconds);
}

TEST(NetModelParity, MicroRunMatchesReference) {
    const auto d = test::dataDir();
    checkRun({"micro", (d / "runs/shapes_micro.json").string(),
              (d / "runs/shapes_micro_seed3.h5").string(), (d / "images/shapes_001.png").string(),
              (d / "runs/shapes_micro_seed3_shapes001.npz").string()});
}

TEST(NetModelParity, TinyRunMatchesReference) {
    MRCNN_REQUIRE_SHARED();
    const auto r = test::sharedDir() / "reference";
    checkRun({"tiny", (r / "runs/shapes_tiny_minconf0.json").string(),
              (r / "runs/shapes_tiny_seed1.h5").string(),
              (r / "shapes/images/shapes_000.png").string(),
              (r / "runs/shapes_tiny_seed1_shapes000.npz").string()});
}

TEST(NetModelParity, CocoR101QuarterRunMatchesReference) {
    MRCNN_REQUIRE_SHARED();
    const auto r = test::sharedDir() / "reference";
    checkRun({"coco_r101_quarter", (r / "runs/coco_r101_quarter.json").string(),
              (r / "runs/coco_r101_quarter_seed2.h5").string(),
              (r / "molding/input_astronaut.png").string(),
              (r / "runs/coco_r101_quarter_seed2_astronaut.npz").string()});
}

}  // namespace
}  // namespace mrcnn
