#include "metrics/evaluation_report.h"

#include <gtest/gtest.h>

#include <filesystem>

#include "coco/coco_summary.h"
#include "config/config.h"
#include "data/shapes_dataset.h"
#include "metrics/dataset_eval.h"
#include "pipeline/model.h"
#include "support/test_paths.h"

namespace mrcnn::metrics {
namespace {

namespace fs = std::filesystem;

struct Evaluated {
    coco::CocoDataset gt;
    std::vector<coco::CocoAnnotation> results;
};

Evaluated runDemo(const Model& model, const Dataset& dataset, double minConfidence) {
    DatasetEvalBuilder builder(dataset);
    RunOptions options;
    options.detectionMinConfidence = minConfidence;
    options.keepTrace = false;
    for (int64_t i = 0; i < dataset.numImages(); ++i) {
        const auto image = dataset.loadImage(i);
        builder.addImage(i, image.size(0), image.size(1), model.run(image, options)->detections);
    }
    return {builder.groundTruth(), builder.results()};
}

// The claim the live threshold rests on: the detections of a run at confidence 0 that score
// at least s are the detections of a run at DETECTION_MIN_CONFIDENCE s (the demo model).
TEST(EvaluationReport, FilteringARunAtZeroEqualsARunAtTheThreshold) {
    const fs::path demo = test::dataDir() / ".." / ".." / "resources" / "demo";
    const Model model =
        Model::load((demo / "shapes.h5").string(), loadConfigFile((demo / "shapes.json").string()));
    const ShapesDataset dataset(6, 128, 128, 11);
    const Evaluated all = runDemo(model, dataset, 0.0);
    for (double threshold : {0.5, 0.7, 0.9}) {
        const Evaluated direct = runDemo(model, dataset, threshold);
        const auto kept = detectionsAtOrAbove(all.results, threshold);
        ASSERT_EQ(kept.size(), direct.results.size()) << threshold;
        for (size_t k = 0; k < kept.size(); ++k) {
            EXPECT_EQ(kept[k].imageId, direct.results[k].imageId);
            EXPECT_EQ(kept[k].categoryId, direct.results[k].categoryId);
            EXPECT_EQ(kept[k].bbox, direct.results[k].bbox);
            EXPECT_EQ(kept[k].score, direct.results[k].score);
            EXPECT_NEAR(kept[k].area, direct.results[k].area, 2.0);
        }
    }
    // The run at zero has the low-scoring detections the threshold hides.
    EXPECT_GT(all.results.size(), detectionsAtOrAbove(all.results, 0.7).size());
}

TEST(EvaluationReport, EveryNumberIsTheEvaluatorsOnTheKeptDetections) {
    const coco::CocoDataset gt = coco::parseGroundTruth(
        R"({"images": [{"id": 1, "width": 20, "height": 20}, {"id": 2, "width": 20, "height": 20}],
        "categories": [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}],
        "annotations": [
          {"id": 1, "image_id": 1, "category_id": 1, "bbox": [0, 0, 10, 10],
           "segmentation": [[0, 0, 10, 0, 10, 10, 0, 10]]},
          {"id": 2, "image_id": 2, "category_id": 2, "bbox": [2, 2, 4, 4],
           "segmentation": [[2, 2, 6, 2, 6, 6, 2, 6]]}]})",
        "gt.json");
    const auto dt = coco::parseResults(R"([
        {"image_id": 1, "category_id": 1, "bbox": [0, 0, 10, 10], "score": 0.9},
        {"image_id": 1, "category_id": 2, "bbox": [0, 0, 10, 9], "score": 0.3},
        {"image_id": 2, "category_id": 1, "bbox": [2, 2, 4, 4], "score": 0.6},
        {"image_id": 2, "category_id": 2, "bbox": [2, 2, 4, 5], "score": 0.2}])",
                                       gt, "dt.json");
    for (double minScore : {0.0, 0.25, 0.5}) {
        const EvaluationReport r = evaluationReport(gt, dt, minScore);
        const auto kept = detectionsAtOrAbove(dt, minScore);
        ASSERT_EQ(r.detections.size(), kept.size());
        for (size_t i = 0; i < kept.size(); ++i)  // in order, pointing into the report's copy
            EXPECT_EQ(r.detections[i]->id, kept[i].id);
        for (size_t type : {kBbox, kSegm}) {
            const auto iouType = type == kBbox ? coco::IouType::Bbox : coco::IouType::Segm;
            const auto direct = coco::evaluate(gt, kept, iouType);
            EXPECT_EQ(r.stats[type], coco::summarize(direct).stats) << minScore;
            EXPECT_EQ(r.coco[type].precision, direct.precision);
            const auto tide = coco::tideErrors(gt, kept, iouType);
            EXPECT_EQ(r.tide[type].counts, tide.counts);
            EXPECT_EQ(r.tide[type].mainDelta, tide.mainDelta);
            ASSERT_EQ(r.perClass[type].size(), 2u);
        }
        EXPECT_EQ(r.confusion.counts, coco::confusionMatrix(gt, kept, coco::IouType::Segm).counts);
        EXPECT_EQ(r.map.ap50, matterportDatasetMap(gt, kept).ap50);
    }
    // At 0.5 only the two class-confused-free detections remain: image 1 perfect, image 2's
    // detection of the wrong class (a Cls error), so class b's GT is missed.
    const EvaluationReport r = evaluationReport(gt, dt, 0.5);
    EXPECT_EQ(r.detections.size(), 2u);
    EXPECT_EQ(r.confusion.at(1, 1), 1);
    EXPECT_EQ(r.confusion.at(2, 1), 1);
    EXPECT_EQ(r.tide[kBbox].counts[size_t(coco::TideType::Cls)], 1);
    EXPECT_NEAR(r.map.ap50[0], 1.0, 1e-12);
    EXPECT_EQ(r.map.ap50[1], 0.0);
    // At 0 the two low-scoring boxes come back, each on a GT an earlier detection took: the
    // confusion matrix counts them as predictions on background.
    const EvaluationReport zero = evaluationReport(gt, dt, 0.0);
    EXPECT_EQ(zero.confusion.at(0, 2), 2);
    EXPECT_EQ(zero.confusion.at(2, 2), 0);
    // TIDE matches within a class: image 2's b box is a true positive there, and the two
    // boxes of the wrong class are Cls errors.
    EXPECT_EQ(zero.tide[kBbox].counts[size_t(coco::TideType::Cls)], 2);
    EXPECT_EQ(zero.tide[kBbox].counts[size_t(coco::TideType::Miss)], 0);
}

}  // namespace
}  // namespace mrcnn::metrics
