// The name → tensor map is filled from the typed stage outputs for export and browsing; the
// pipeline passes the typed structs on and never reads the map back.

#include <gtest/gtest.h>

#include "inspection/inspection.h"
#include "inspection/tensor_names.h"
#include "support/micro_model.h"

namespace mrcnn {
namespace {

const Inspection& run() {
    static const auto rec = test::microModel().run(test::letterboxedShapesImage());
    return *rec;
}

TEST(PublishTensors, NamesTheTypedOutputsWithoutCopies) {
    const Inspection& rec = run();
    auto same = [&](std::string_view name, const torch::Tensor& typed) {
        return rec.tensor(name).data_ptr() == typed.data_ptr();
    };
    EXPECT_TRUE(same(names::kRpnClass, rec.rpn.classProbs));
    EXPECT_TRUE(same(names::kProposals, rec.proposals.proposals.tensor()));
    EXPECT_TRUE(same(names::kRefinedAnchorsClipped, rec.proposals.refinedAnchorsClipped.tensor()));
    EXPECT_TRUE(same(names::kMrcnnClass, rec.classifier.probs));
    EXPECT_TRUE(same(names::kDetections, rec.detection.detections));
    EXPECT_TRUE(same(names::kMrcnnMask, rec.mrcnnMask));
    EXPECT_TRUE(same(names::kRois, rec.detections.rois().tensor()));
    EXPECT_TRUE(same(names::kAnchorsPx, rec.anchors.pixels.tensor()));
    // Batch dimensions where the original has them.
    EXPECT_EQ(rec.tensor(names::kProposals).dim(), 3);
    EXPECT_EQ(rec.tensor(names::kDetRefinedRois).dim(), 2);
}

TEST(PublishTensors, ImageMetaIsTheTypedMetaComposed) {
    const Inspection& rec = run();
    const ImageMeta& m = rec.meta;
    EXPECT_EQ(m.originalShape, (std::array<int64_t, 3>{80, 120, 3}));
    EXPECT_EQ(m.moldedShape, (std::array<int64_t, 3>{128, 128, 3}));
    EXPECT_EQ(m.window, (std::array<int64_t, 4>{21, 0, 106, 128}));
    EXPECT_DOUBLE_EQ(m.scale, 128.0 / 120.0);
    auto row = rec.tensor(names::kImageMeta);
    ASSERT_EQ(row.scalar_type(), torch::kFloat64);
    EXPECT_TRUE(torch::equal(row[0], composeImageMeta(m)));
    EXPECT_DOUBLE_EQ(row[0][11].item<double>(), 128.0 / 120.0);  // compose_image_meta's float64
    auto parsed = parseImageMeta(row[0]);
    EXPECT_EQ(parsed.window, m.window);
    EXPECT_EQ(parsed.moldedShape, m.moldedShape);
    EXPECT_TRUE(torch::equal(rec.tensor(names::kWindow)[0],
                             torch::tensor({21, 0, 106, 128}, torch::kInt64)));
}

TEST(PublishTensors, APartialRerunNeverReadsTheMap) {
    const Model& model = test::microModel();
    const Inspection& rec = run();
    Inspection blank = rec;
    blank.tensors.clear();  // only the typed outputs are left
    RunOptions changed;
    changed.rpnNmsThreshold = 0.5;
    changed.detectionNmsThreshold = 0.5;
    auto fromBlank = model.rerunFrom(blank, Stage::Proposals, changed);
    auto fromFull = model.rerunFrom(rec, Stage::Proposals, changed);
    ASSERT_EQ(fromBlank->names(), fromFull->names());
    for (const auto& name : fromFull->names())
        EXPECT_TRUE(torch::equal(fromBlank->tensor(name), fromFull->tensor(name))) << name;
    EXPECT_GT(fromBlank->detections.count(), 0);
}

TEST(PublishTensors, TheTraceFollowsTheOptionsOfTheRerun) {
    const Model& model = test::microModel();
    const Inspection& rec = run();
    ASSERT_TRUE(rec.has(names::kDetRefinedRois));
    RunOptions noTrace;
    noTrace.keepTrace = false;
    auto rerun = model.rerunFrom(rec, Stage::Proposals, noTrace);
    for (const auto& name : names::traceNames())
        EXPECT_FALSE(rerun->has(name)) << name;
    // The stage outputs themselves stay typed in the record.
    EXPECT_EQ(rerun->detection.refinedRois.count(), rec.detection.refinedRois.count());
    EXPECT_TRUE(torch::equal(rerun->detections.rois().tensor(), rec.detections.rois().tensor()));
}

}  // namespace
}  // namespace mrcnn
