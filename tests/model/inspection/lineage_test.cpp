// The lineage of every final detection of a real run (the micro model on a letterboxed
// image), checked link by link against the stage outputs and the published tensors, and each
// NMS decision it reports against the IoU that made it.

#include "inspection/lineage.h"

#include <gtest/gtest.h>

#include <set>

#include "proposals/tf_non_max_suppression.h"
#include "support/micro_model.h"

namespace mrcnn {
namespace {

const Inspection& run() {
    static const auto rec = test::microModel().run(test::letterboxedShapesImage());
    return *rec;
}

bool sameRow(const torch::Tensor& a, const torch::Tensor& b) {
    return torch::equal(a.reshape({-1}), b.reshape({-1}));
}

float iou(const torch::Tensor& a, const torch::Tensor& b) {
    auto x = a.reshape({4}).to(torch::kFloat32).contiguous();
    auto y = b.reshape({4}).to(torch::kFloat32).contiguous();
    return tfIou(x.data_ptr<float>(), y.data_ptr<float>());
}

TEST(Lineage, FollowsEveryFinalDetectionBackToItsAnchor) {
    const Inspection& rec = run();
    ASSERT_NE(rec.meta.window[0], 0) << "the image is letterboxed";
    ASSERT_GT(rec.detections.count(), 1) << "the micro model finds objects in its image";
    const auto& pr = rec.proposals;
    const auto& det = rec.detection;
    for (int64_t i = 0; i < rec.detections.count(); ++i) {
        SCOPED_TRACE(i);
        auto l = traceLineage(rec, i);
        ASSERT_TRUE(l.has_value());
        EXPECT_EQ(l->detection, i);
        // final detection → DetectionLayer row: unmolding that row gives the final box
        EXPECT_EQ(l->detectionRow, rec.detections.row(i));
        const auto row = det.detections[l->detectionRow];
        EXPECT_TRUE(sameRow(toOriginal(NormalizedBoxes(row.slice(0, 0, 4)), rec.meta).tensor(),
                            rec.detections.rois().tensor()[i]));
        EXPECT_EQ(l->classId, static_cast<int32_t>(row[4].item<float>()));
        EXPECT_EQ(l->score, row[5].item<float>());
        // → proposal: the row is the ROI's refined box, classified as the detection's class
        EXPECT_EQ(det.finalKeep[l->detectionRow].item<int64_t>(), l->roi);
        EXPECT_TRUE(sameRow(l->refinedRoi.tensor(), row.slice(0, 0, 4)));
        EXPECT_TRUE(l->passedFilters);
        EXPECT_EQ(det.classIds[l->roi].item<int32_t>(), l->classId);
        EXPECT_EQ(l->classProbability, rec.classifier.probs[l->roi][l->classId].item<float>());
        EXPECT_EQ(l->classProbability, l->score);
        EXPECT_EQ(l->backgroundProbability, rec.classifier.probs[l->roi][0].item<float>());
        // → pre-NMS entry: the proposal is that entry's clipped box, the ROI-th NMS pick
        EXPECT_EQ(l->rpnNmsRank, l->roi);
        EXPECT_EQ(rec.tensor("post_nms_anchor_ix")[l->roi].item<int32_t>(), l->preNmsIndex);
        EXPECT_TRUE(sameRow(l->proposalBox.tensor(), pr.proposals.tensor()[l->roi]));
        EXPECT_TRUE(sameRow(l->clippedBox.tensor(), l->proposalBox.tensor()));
        EXPECT_TRUE(sameRow(l->refinedBox.tensor(), pr.refinedAnchors.tensor()[l->preNmsIndex]));
        EXPECT_EQ(l->preNmsCount, rec.tensor("pre_nms_anchors").size(1));
        // → anchor: its box and objectness
        EXPECT_EQ(rec.tensor("pre_nms_anchor_ix")[l->preNmsIndex].item<int64_t>(), l->anchor);
        EXPECT_TRUE(sameRow(l->anchorBox.tensor(), rec.tensor("anchors")[0][l->anchor]));
        EXPECT_TRUE(sameRow(l->anchorBox.tensor(), pr.preNmsAnchors.tensor()[l->preNmsIndex]));
        EXPECT_EQ(l->anchorScore, rec.tensor("rpn_class")[0][l->anchor][1].item<float>());
        EXPECT_EQ(l->anchorScore, pr.preNmsScores[l->preNmsIndex].item<float>());

        // The class NMS kept it at its rank and dropped boxes of its class that overlap it
        // by more than the threshold and score no higher.
        bool found = false;
        for (const auto& cls : det.classNms)
            if (cls.classId == l->classId) {
                found = true;
                ASSERT_GE(l->classNmsRank, 0);
                EXPECT_EQ(cls.kept[l->classNmsRank].item<int64_t>(), l->roi);
            }
        EXPECT_TRUE(found);
        const auto refined = det.refinedRois.tensor();
        for (int64_t s : l->suppressedRois) {
            EXPECT_EQ(det.classIds[s].item<int32_t>(), l->classId);
            EXPECT_GT(iou(refined[s], refined[l->roi]), rec.detectionNmsThreshold);
            EXPECT_LE(det.classScores[s].item<float>(), det.classScores[l->roi].item<float>());
        }
        // The RPN's NMS likewise, over the pre-NMS entries (later in the top-k order).
        const auto clipped = pr.refinedAnchorsClipped.tensor();
        for (int64_t j : l->rpnSuppressed) {
            EXPECT_GT(j, l->preNmsIndex);
            EXPECT_GT(iou(clipped[j], clipped[l->preNmsIndex]), rec.rpnNmsThreshold);
        }
    }
}

TEST(Lineage, ReportsEverySuppressionOfTheKeptBoxes) {
    const Inspection& rec = run();
    // Every pre-NMS entry that a final detection's proposal suppressed appears in exactly
    // that detection's lineage, and likewise for the class NMS.
    std::set<int64_t> rpnSeen, classSeen;
    size_t rpnTotal = 0, classTotal = 0;
    for (int64_t i = 0; i < rec.detections.count(); ++i) {
        auto l = traceLineage(rec, i);
        ASSERT_TRUE(l.has_value());
        rpnSeen.insert(l->rpnSuppressed.begin(), l->rpnSuppressed.end());
        classSeen.insert(l->suppressedRois.begin(), l->suppressedRois.end());
        rpnTotal += l->rpnSuppressed.size();
        classTotal += l->suppressedRois.size();
        const auto by = rec.proposals.nmsSuppressedBy;
        EXPECT_EQ(static_cast<int64_t>(l->rpnSuppressed.size()),
                  by.eq(l->preNmsIndex).sum().item<int64_t>());
    }
    EXPECT_EQ(rpnSeen.size(), rpnTotal);  // no entry is credited to two detections
    EXPECT_EQ(classSeen.size(), classTotal);
    EXPECT_GT(rpnTotal, 0u) << "the RPN's NMS drops overlapping boxes in this run";
}

TEST(Lineage, OnlyFinalDetectionsHaveOne) {
    const Inspection& rec = run();
    EXPECT_FALSE(traceLineage(rec, -1).has_value());
    EXPECT_FALSE(traceLineage(rec, rec.detections.count()).has_value());
    EXPECT_FALSE(traceLineage(Inspection{}, 0).has_value());
}

}  // namespace
}  // namespace mrcnn
