#include "metrics/dataset_map.h"

#include <gtest/gtest.h>

#include <cmath>

#include "support/test_paths.h"

namespace mrcnn::metrics {
namespace {

TEST(MatterportDatasetMap, ReferenceGroupsMatchMeanOfCaseAps) {
    const auto dir = test::dataDir() / "metrics";
    const auto a = coco::loadGroundTruth((dir / "group_a_gt.json").string());
    const DatasetMap ma =
        matterportDatasetMap(a, coco::loadResults((dir / "group_a_results.json").string(), a));
    // Images 4 and 5 (cases no_gt, no_gt_no_predictions) have no GT and are skipped.
    EXPECT_EQ(ma.imageIds.size(), 9u);
    EXPECT_EQ(ma.skippedIds, (std::vector<int64_t>{4, 5}));
    EXPECT_NEAR(ma.mAP50, 0.567115240927479, 1e-12);
    EXPECT_NEAR(ma.mAP50_95, 0.4832937481770474, 1e-12);
    EXPECT_DOUBLE_EQ(ma.ap50[0], 1.0);  // perfect_single

    const auto b = coco::loadGroundTruth((dir / "group_b_gt.json").string());
    const DatasetMap mb =
        matterportDatasetMap(b, coco::loadResults((dir / "group_b_results.json").string(), b));
    EXPECT_EQ(mb.imageIds.size(), 14u);
    EXPECT_NEAR(mb.mAP50, 0.789698001801341, 1e-12);
    EXPECT_NEAR(mb.mAP50_95, 0.5033187250696219, 1e-12);
}

TEST(MatterportDatasetMap, EmptyAndCrowdOnly) {
    const auto empty =
        coco::parseGroundTruth(R"({"images": [{"id": 3, "width": 4, "height": 4}]})", "e.json");
    const DatasetMap m = matterportDatasetMap(empty, {});
    EXPECT_TRUE(m.imageIds.empty());
    EXPECT_EQ(m.skippedIds, std::vector<int64_t>{3});
    EXPECT_TRUE(std::isnan(m.mAP50));
    // A crowd region counts as GT (negated class, as load_mask does) but is never matched.
    const auto crowd = coco::parseGroundTruth(
        R"({"images": [{"id": 1, "width": 4, "height": 4}], "categories": [{"id": 1}],
            "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "iscrowd": 1,
              "segmentation": {"size": [4, 4], "counts": [0, 8, 8]}}]})",
        "c.json");
    const auto dt = coco::parseResults(
        R"([{"image_id": 1, "category_id": 1, "bbox": [0, 0, 2, 4], "score": 0.9}])", crowd,
        "d.json");
    const DatasetMap c = matterportDatasetMap(crowd, dt);
    ASSERT_EQ(c.ap50.size(), 1u);
    EXPECT_EQ(c.ap50[0], 0.0);
}

TEST(MatterportDatasetMap, MaskSizeMismatchIsReported) {
    const auto gt = coco::parseGroundTruth(
        R"({"images": [{"id": 1, "width": 4, "height": 4}], "categories": [{"id": 1}],
            "annotations": [{"id": 1, "image_id": 1, "category_id": 1,
              "segmentation": {"size": [2, 2], "counts": [0, 4]}}]})",
        "m.json");
    EXPECT_THROW(matterportDatasetMap(gt, {}), coco::CocoError);
}

TEST(MatterportDatasetMap, CocoMiniSelfEvaluation) {
    MRCNN_REQUIRE_SHARED();
    // GT polygons and crowd RLEs evaluated against themselves (non-crowd as detections).
    const auto gt = coco::loadGroundTruth(
        (test::sharedDir() / "datasets/coco/coco_val2017_mini/annotations/instances_val2017.json")
            .string());
    std::vector<coco::CocoAnnotation> dt;
    for (const auto& a : gt.annotations) {
        if (a.iscrowd)
            continue;
        coco::CocoAnnotation d = a;
        d.id = int64_t(dt.size()) + 1;
        d.score = 0.5 + 0.001 * double(dt.size() % 400);
        d.area = a.bbox[2] * a.bbox[3];
        dt.push_back(d);
    }
    const DatasetMap m = matterportDatasetMap(gt, dt);
    EXPECT_EQ(m.imageIds.size(), 6u);
    // Images without crowd regions are perfect; crowd regions count as unmatched GT.
    int perfect = 0;
    for (size_t i = 0; i < m.imageIds.size(); ++i)
        perfect += m.ap50[i] == 1.0;
    EXPECT_EQ(perfect, 3);
    EXPECT_LT(m.mAP50, 1.0);
    EXPECT_GT(m.mAP50, 0.9);
    EXPECT_LE(m.mAP50_95, m.mAP50);
}

}  // namespace
}  // namespace mrcnn::metrics
