#include "metrics/dataset_eval.h"

#include <gtest/gtest.h>

#include "coco/coco_eval.h"
#include "coco/coco_summary.h"
#include "coco/coco_writer.h"
#include "data/coco_dataset.h"
#include "data/shapes_dataset.h"
#include "metrics/dataset_map.h"
#include "support/test_paths.h"

namespace mrcnn::metrics {
namespace {

// The dataset's own instances as detections (boxes from the masks, falling scores): a perfect
// model.
Detections perfectDetections(const InstanceMasks& gt, bool withMasks = true) {
    const int64_t n = gt.count();
    std::vector<int32_t> rois;
    for (int64_t k = 0; k < n; ++k) {
        const auto plane = gt.masks.select(2, k);
        const auto ys = plane.any(1).nonzero().flatten();
        const auto xs = plane.any(0).nonzero().flatten();
        rois.insert(rois.end(),
                    {int32_t(ys[0].item<int64_t>()), int32_t(xs[0].item<int64_t>()),
                     int32_t(ys[-1].item<int64_t>() + 1), int32_t(xs[-1].item<int64_t>() + 1)});
    }
    return Detections(OriginalBoxes(torch::tensor(rois, torch::kInt32).reshape({n, 4})),
                      gt.classIds.abs().to(torch::kInt32),
                      1.0f / (torch::arange(n, torch::kFloat32) + 1.0f),
                      withMasks ? gt.masks : torch::Tensor());
}

// One 8x8 image: a 2x3 object of class 1 and a crowd of class 2.
class TinyDataset : public Dataset {
public:
    TinyDataset() {
        addClass("tiny", 1, "dot");
        addClass("tiny", 2, "blob");
        addImage({"tiny", "a", "/x/a.png", 8, 8});
        prepare();
    }
    InstanceMasks loadMask(int64_t imageId) const override {
        checkImageId(imageId);
        auto masks = torch::zeros({8, 8, 2}, torch::kBool);
        masks.index_put_({torch::indexing::Slice(1, 3), torch::indexing::Slice(2, 5), 0}, true);
        masks.index_put_({torch::indexing::Slice(4, 8), torch::indexing::Slice(0, 8), 1}, true);
        return {masks, makeClassIds({1, -2})};
    }
};

TEST(DatasetEvalBuilder, PerfectDetectionsOnShapesScoreOne) {
    ShapesDataset ds(3, 128, 128, 5);
    DatasetEvalBuilder b(ds);
    EXPECT_FALSE(b.sourceIds());
    int64_t instances = 0;
    for (int64_t i = 0; i < ds.numImages(); ++i) {
        const auto gt = ds.loadMask(i);
        instances += gt.count();
        b.addImage(i, 128, 128, perfectDetections(gt));
    }
    const auto& gt = b.groundTruth();
    EXPECT_EQ(gt.imageIds(), (std::vector<int64_t>{1, 2, 3}));
    EXPECT_EQ(gt.categoryIds(), (std::vector<int64_t>{1, 2, 3}));
    EXPECT_EQ(gt.categories[1].name, "circle");
    ASSERT_EQ(int64_t(gt.annotations.size()), instances);
    ASSERT_EQ(b.results().size(), gt.annotations.size());
    EXPECT_TRUE(b.resultsHaveMasks());

    const DatasetMap map = matterportDatasetMap(gt, b.results());
    EXPECT_EQ(map.imageIds.size(), 3u);
    EXPECT_DOUBLE_EQ(map.mAP50, 1.0);
    EXPECT_DOUBLE_EQ(map.mAP50_95, 1.0);
    for (coco::IouType type : {coco::IouType::Bbox, coco::IouType::Segm}) {
        const auto s = coco::summarize(coco::evaluate(gt, b.results(), type));
        EXPECT_NEAR(s.stats[1], 1.0, 1e-12) << coco::iouTypeName(type);  // AP@0.5
    }
}

TEST(DatasetEvalBuilder, ResultsFileReadsBackToTheSameRecords) {
    ShapesDataset ds(2, 96, 96, 11);
    DatasetEvalBuilder b(ds);
    for (int64_t i = 0; i < ds.numImages(); ++i)
        b.addImage(i, 96, 96, perfectDetections(ds.loadMask(i)));
    const auto text = coco::formatResults(b.results(), true);
    EXPECT_NE(text.find("\"counts\":\""), std::string::npos);  // compressed string counts
    const auto back = coco::parseResults(text, b.groundTruth(), "results.json");
    ASSERT_EQ(back.size(), b.results().size());
    for (size_t i = 0; i < back.size(); ++i) {
        const auto& x = back[i];
        const auto& y = b.results()[i];
        EXPECT_EQ(x.id, y.id);
        EXPECT_EQ(x.imageId, y.imageId);
        EXPECT_EQ(x.categoryId, y.categoryId);
        EXPECT_EQ(x.score, y.score);
        EXPECT_EQ(x.bbox, y.bbox);
        EXPECT_EQ(x.area, y.area);
        EXPECT_EQ(x.segmentation.counts, y.segmentation.counts);
    }
    // The ground truth written and read back is the same too.
    const auto gtBack = coco::parseGroundTruth(coco::formatGroundTruth(b.groundTruth()), "gt");
    ASSERT_EQ(gtBack.annotations.size(), b.groundTruth().annotations.size());
    EXPECT_EQ(gtBack.imageIds(), b.groundTruth().imageIds());
    EXPECT_EQ(gtBack.categories[2].name, "triangle");
    for (size_t i = 0; i < gtBack.annotations.size(); ++i) {
        const auto& x = gtBack.annotations[i];
        const auto& y = b.groundTruth().annotations[i];
        EXPECT_EQ(x.id, y.id);
        EXPECT_EQ(x.imageId, y.imageId);
        EXPECT_EQ(x.categoryId, y.categoryId);
        EXPECT_EQ(x.iscrowd, y.iscrowd);
        EXPECT_EQ(x.bbox, y.bbox);
        EXPECT_EQ(x.area, y.area);
        EXPECT_EQ(x.segmentation.counts, y.segmentation.counts);
    }
    // Without masks the box stands for the mask on both sides.
    DatasetEvalBuilder boxes(ds);
    auto d = perfectDetections(ds.loadMask(0), false);
    boxes.addImage(0, 96, 96, d);
    EXPECT_FALSE(boxes.resultsHaveMasks());
    const auto boxText = coco::formatResults(boxes.results(), false);
    EXPECT_EQ(boxText.find("segmentation"), std::string::npos);
    const auto boxBack = coco::parseResults(boxText, boxes.groundTruth(), "boxes.json");
    ASSERT_EQ(boxBack.size(), boxes.results().size());
    EXPECT_EQ(boxBack[0].segmentation.counts, boxes.results()[0].segmentation.counts);
}

TEST(DatasetEvalBuilder, CrowdsAndBoxes) {
    TinyDataset ds;
    DatasetEvalBuilder b(ds);
    Detections none;
    b.addImage(0, 8, 8, none);
    const auto& anns = b.groundTruth().annotations;
    ASSERT_EQ(anns.size(), 2u);
    EXPECT_EQ(anns[0].categoryId, 1);
    EXPECT_FALSE(anns[0].iscrowd);
    EXPECT_EQ(anns[0].bbox, (std::array<double, 4>{2, 1, 3, 2}));
    EXPECT_EQ(anns[0].area, 6);
    EXPECT_EQ(anns[1].categoryId, 2);
    EXPECT_TRUE(anns[1].iscrowd);
    EXPECT_EQ(b.groundTruth().images[0].fileName, "a.png");
    EXPECT_TRUE(b.results().empty());
    EXPECT_THROW(b.addImage(0, 8, 8, none), std::invalid_argument);
}

TEST(DatasetEvalBuilder, RejectsForeignClassesAndMisfitMasks) {
    TinyDataset ds;
    Detections d(OriginalBoxes(torch::tensor({0, 0, 2, 2}, torch::kInt32)),
                 torch::tensor({3}, torch::kInt32), torch::tensor({0.5f}),
                 torch::zeros({8, 8, 1}, torch::kBool));
    DatasetEvalBuilder b(ds);
    EXPECT_THROW(b.addImage(0, 8, 8, d), std::invalid_argument);
    DatasetEvalBuilder c(ds);
    EXPECT_THROW(c.addImage(0, 9, 8, Detections{}), DatasetError);
}

TEST(DatasetEvalBuilder, CocoKeepsItsImageAndCategoryIds) {
    const auto file = test::dataDir() / "datasets/coco/annotations/instances_val2017.json";
    CocoDataset ds(file.string());
    DatasetEvalBuilder b(ds);
    EXPECT_TRUE(b.sourceIds());
    const auto original = coco::loadGroundTruth(file.string());
    EXPECT_EQ(b.groundTruth().categoryIds(), original.categoryIds());
    for (int64_t i = 0; i < ds.numImages(); ++i) {
        const auto& info = ds.imageInfo(i);
        b.addImage(i, info.height, info.width, perfectDetections(ds.loadMask(i)));
        EXPECT_EQ(b.imageId(i), std::stoll(info.sourceId));
        EXPECT_NE(original.findImage(b.imageId(i)), nullptr);
    }
    // The written results read back against the original annotation file.
    const auto back = coco::parseResults(coco::formatResults(b.results(), true), original, "r");
    EXPECT_EQ(back.size(), b.results().size());
    const auto s = coco::summarize(coco::evaluate(original, back, coco::IouType::Segm));
    EXPECT_GT(s.stats[1], 0.9);  // the masks are the annotations' own
}

}  // namespace
}  // namespace mrcnn::metrics
