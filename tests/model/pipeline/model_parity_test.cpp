// Whole runs against the reference runs made with the original's semantics
// (shared/reference/README §8): the micro run always, the larger ones when
// ../shared exists.

#include <gtest/gtest.h>

#include "inspection/tensor_names.h"
#include "model/pipeline/run_compare.h"
#include "pipeline/model.h"
#include "support/test_paths.h"
#include "utils/image_io.h"

namespace mrcnn {
namespace {

struct RunCase {
    std::string config, weights, image, reference;
    bool featureMaps;
};

// `heads`: also check the classifier head onward (near ties left out, see roiAlignNearTies).
void checkRun(const RunCase& c, bool heads) {
    Config config = loadConfigFile(c.config);
    Model model = Model::load(c.weights, config);
    RunOptions options;
    options.keepFeatureMaps = c.featureMaps;
    auto rec = model.run(loadImageRgb(c.image), options);
    const auto ref = test::loadRun(c.reference);
    const bool r101 = config.BACKBONE == "resnet101";

    test::expectClose(*rec, ref, "input_image", 0);
    EXPECT_TRUE(torch::equal(rec->tensor("image_meta").to(torch::kFloat64),
                             ref.at("image_meta").to(torch::kFloat64)));
    test::expectEqual(*rec, ref, "window");
    if (ref.count("anchors"))
        test::expectClose(*rec, ref, "anchors", 0);
    if (c.featureMaps)
        for (const auto& n : names::featureMapNames(r101))
            test::expectClose(*rec, ref, n, 1e-4);
    for (auto n : {"rpn_class_logits", "rpn_class", "rpn_bbox"})
        test::expectClose(*rec, ref, n, 1e-4);
    // The same pre-NMS anchors in the same order up to near ties, the same NMS selection.
    test::expectSameRankingUpToNearTies(*rec, ref, 1e-5, 1e-4);
    test::expectClose(*rec, ref, "proposals", 1e-4);
    if (!heads)
        return;
    // Per ROI, everything from ROI align on matches except at ROI-align near ties.
    const auto ties = test::roiAlignNearTies(*rec, ref, config.POOL_SIZE);
    std::printf("ROI align: %zu of %lld ROIs at a near tie\n", ties.size(),
                static_cast<long long>(rec->tensor("proposals").size(1)));
    EXPECT_LE(ties.size() * 100, static_cast<size_t>(rec->tensor("proposals").size(1)))
        << "more than 1% of the ROIs differ";
    for (auto n : {"mrcnn_class_logits", "mrcnn_class", "mrcnn_bbox", "detection_class_scores",
                   "detection_refined_rois"})
        test::expectRowsMatch(*rec, ref, n, 1e-4, ties);
    for (auto n : {"detection_class_ids", "proposal_roi_levels"})
        test::expectRowsMatch(*rec, ref, n, 0, ties);
    // The final detections are the same (no near-tied ROI reaches them).
    for (auto n : {"detections", "mrcnn_mask"})
        test::expectClose(*rec, ref, n, 1e-4);
    for (auto n : {"rois", "class_ids", "masks"})
        test::expectEqual(*rec, ref, n);
    test::expectClose(*rec, ref, "scores", 1e-5);
    for (auto n : {"detection_keep", "detection_nms_keep", "detection_final_keep"})
        test::expectSameRoiIndices(*rec, ref, n, ties);
    for (auto n : {"detection_unique_class_ids", "detection_roi_levels"})
        test::expectEqual(*rec, ref, n);
    test::expectClose(*rec, ref, "detection_window", 1e-4);
    EXPECT_TRUE(rec->maskHeadRan);
    EXPECT_EQ(rec->detections.count(), ref.at("rois").size(0));
}

RunCase microCase() {
    const auto d = test::dataDir();
    return {(d / "runs/shapes_micro.json").string(), (d / "runs/shapes_micro_seed3.h5").string(),
            (d / "images/shapes_001.png").string(),
            (d / "runs/shapes_micro_seed3_shapes001.npz").string(), true};
}

TEST(NetModelParity, MicroRunMatchesReferenceThroughProposals) {
    checkRun(microCase(), false);
}

// From mrcnn_class_logits on, a few of the 1000 ROIs (3 to 7, depending on which BLAS kernels
// the CPU gets) differ: each has a coordinate clipped to 1.0, where crop_and_resize's last
// sample is y1*(H-1) + 6*scale in float32 = 31.0 or 31.000002 (outside, so 0) depending on the
// last ulp of y1, and our y1 differs from the reference's by 1-2 ulps because the convolutions
// round differently. checkRun leaves exactly those near ties out (roiAlignNearTies) and
// requires the rest, and every final detection, to match.
TEST(NetModelParity, MicroRunMatchesReferenceWithHeads) {
    checkRun(microCase(), true);
}

// Everything matches up to near ties: 4-14 pre-NMS positions (by CPU) hold near-tied anchors in
// the other order (two are exact ties in the reference's rpn_class, the others 1-2 ulps apart),
// and on some CPUs one ROI's last crop_and_resize sample falls the other side of the edge.
TEST(NetModelParity, TinyRunMatchesReference) {
    MRCNN_REQUIRE_SHARED();
    const auto r = test::sharedDir() / "reference";
    checkRun(
        {(r / "runs/shapes_tiny_minconf0.json").string(),
         (r / "runs/shapes_tiny_seed1.h5").string(), (r / "shapes/images/shapes_000.png").string(),
         (r / "runs/shapes_tiny_seed1_shapes000.npz").string(), true},
        true);
}

// Known open issue: RPN outputs are within 3e-6 and the pre-NMS ranking agrees up to near
// ties (309 of 6000 positions), but among overlapping near-tied boxes NMS then keeps the other
// one at 15 places, so the proposals and everything downstream differ from there on.
TEST(NetModelParity, DISABLED_CocoR101QuarterRunMatchesReference) {
    MRCNN_REQUIRE_SHARED();
    const auto r = test::sharedDir() / "reference";
    checkRun({(r / "runs/coco_r101_quarter.json").string(),
              (r / "runs/coco_r101_quarter_seed2.h5").string(),
              (r / "molding/input_astronaut.png").string(),
              (r / "runs/coco_r101_quarter_seed2_astronaut.npz").string(), false},
             true);
}

}  // namespace
}  // namespace mrcnn
