#include "metrics/image_errors.h"

#include <gtest/gtest.h>

#include <array>
#include <filesystem>
#include <map>
#include <vector>

#include "config/config.h"
#include "data/shapes_dataset.h"
#include "metrics/dataset_eval.h"
#include "pipeline/model.h"
#include "support/test_paths.h"

namespace mrcnn::metrics {
namespace {

using coco::TideType;

struct Box {
    int x, y, w, h;
};

// Instance masks bool [100, 100, n] of the boxes.
torch::Tensor boxMasks(const std::vector<Box>& boxes) {
    auto masks = torch::zeros({100, 100, int64_t(boxes.size())}, torch::kBool);
    for (size_t k = 0; k < boxes.size(); ++k) {
        const Box& b = boxes[k];
        masks.index_put_({torch::indexing::Slice(b.y, b.y + b.h),
                          torch::indexing::Slice(b.x, b.x + b.w), int64_t(k)},
                         true);
    }
    return masks;
}

Detections detectionsOf(const std::vector<Box>& boxes, const std::vector<int32_t>& classes,
                        const std::vector<float>& scores, bool withMasks) {
    std::vector<int32_t> rois;
    for (const Box& b : boxes)
        rois.insert(rois.end(), {b.y, b.x, b.y + b.h, b.x + b.w});
    const int64_t n = int64_t(boxes.size());
    return Detections(OriginalBoxes(torch::tensor(rois, torch::kInt32).reshape({n, 4})),
                      torch::tensor(classes, torch::kInt32), torch::tensor(scores),
                      withMasks ? boxMasks(boxes) : torch::Tensor());
}

// The hand-made image of coco/tide_errors_test.cpp, as a run's detections and a dataset's
// masks: every verdict worked out by hand there.
//   g0 a [0,0,10,10]   d0 a .9 same box             → TP (g0)
//   g1 a [50,50,10,10] d1 a .8 same box as g0       → Dupe (g0 taken)
//   g2 b [20,0,10,10]  d2 a .7 [50,50,10,4]         → Loc (IoU .4 with g1)
//   g3 b [80,80,10,10] d3 a .6 [20,0,10,10]         → Cls (IoU 1 with g2)
//   g4 a [0,50,10,10]  d4 b .5 [55,50,10,10]        → Both (IoU 1/3 with g1)
//   g5 b [80,0,10,10]  d5 b .4 [40,80,5,5]          → Bkg (IoU 0)
//                      d6 a .3 = g4, d7 b .2 = g5   → TP
// g3: matched by nothing, claimed by no error → Miss; g1 and g2 are claimed by Loc and Cls.
TEST(ImageErrors, EveryVerdictOfAHandMadeImage) {
    const std::vector<Box> gtBoxes{{0, 0, 10, 10},   {50, 50, 10, 10}, {20, 0, 10, 10},
                                   {80, 80, 10, 10}, {0, 50, 10, 10},  {80, 0, 10, 10}};
    const auto gtClasses = torch::tensor(std::vector<int32_t>{1, 1, 2, 2, 1, 2});
    const std::vector<Box> dtBoxes{{0, 0, 10, 10},  {0, 0, 10, 10},   {50, 50, 10, 4},
                                   {20, 0, 10, 10}, {55, 50, 10, 10}, {40, 80, 5, 5},
                                   {0, 50, 10, 10}, {80, 0, 10, 10}};
    for (bool masks : {true, false}) {
        for (coco::IouType type : {coco::IouType::Segm, coco::IouType::Bbox}) {
            SCOPED_TRACE(std::string(masks ? "masks, " : "boxes only, ") + coco::iouTypeName(type));
            const auto dets = detectionsOf(dtBoxes, {1, 1, 1, 1, 2, 2, 1, 2},
                                           {.9f, .8f, .7f, .6f, .5f, .4f, .3f, .2f}, masks);
            const ImageErrors e = imageErrors(boxMasks(gtBoxes), gtClasses, dets, type);
            ASSERT_EQ(e.detections.size(), 8u);
            ASSERT_EQ(e.groundTruth.size(), 6u);
            EXPECT_EQ(e.truePositives, 3);
            for (int d : {0, 6, 7}) {
                EXPECT_TRUE(e.detections[size_t(d)].truePositive) << d;
                EXPECT_NEAR(e.detections[size_t(d)].iou, 1.0, 1e-12);
            }
            EXPECT_EQ(e.detections[0].groundTruth, 0);
            EXPECT_EQ(e.detections[6].groundTruth, 4);
            EXPECT_EQ(e.detections[7].groundTruth, 5);
            const std::array<std::pair<int, TideType>, 5> errors{{{1, TideType::Dupe},
                                                                  {2, TideType::Loc},
                                                                  {3, TideType::Cls},
                                                                  {4, TideType::Both},
                                                                  {5, TideType::Bkg}}};
            for (const auto& [d, type] : errors) {
                const DetectionVerdict& v = e.detections[size_t(d)];
                EXPECT_TRUE(v.judged) << d;
                EXPECT_FALSE(v.truePositive) << d;
                EXPECT_EQ(v.error, type) << d;
            }
            EXPECT_EQ(e.detections[1].groundTruth, 0);
            EXPECT_EQ(e.detections[2].groundTruth, 1);
            EXPECT_NEAR(e.detections[2].iou, 0.4, 1e-12);
            EXPECT_EQ(e.detections[3].groundTruth, 2);
            EXPECT_EQ(e.detections[5].groundTruth, -1);
            EXPECT_NEAR(e.detections[4].iou, 1.0 / 3, 1e-12);
            for (size_t j = 0; j < 6; ++j) {
                EXPECT_EQ(e.groundTruth[j].matched, j == 0 || j == 4 || j == 5) << j;
                EXPECT_EQ(e.groundTruth[j].missed, j == 3) << j;
            }
            for (size_t t = 0; t < 6; ++t)
                EXPECT_EQ(e.counts[t], 1) << coco::kTideTypeNames[t];
        }
    }
}

// A crowd region of the detection's class makes an unmatched detection inside it "ignored";
// with no ground truth at all every detection is Bkg; beyond TIDE's 100 per image nothing is
// judged.
TEST(ImageErrors, CrowdsEmptyImagesAndTheCap) {
    const auto gt = boxMasks({{0, 0, 10, 10}, {40, 40, 40, 40}});
    const auto classes = torch::tensor(std::vector<int32_t>{1, -1});
    const auto dets = detectionsOf({{0, 0, 10, 10}, {50, 50, 10, 10}}, {1, 1}, {.9f, .8f}, true);
    const ImageErrors e = imageErrors(gt, classes, dets, coco::IouType::Segm);
    EXPECT_TRUE(e.detections[0].truePositive);
    EXPECT_TRUE(e.detections[1].ignored);
    EXPECT_TRUE(e.groundTruth[1].crowd);
    EXPECT_FALSE(e.groundTruth[1].missed);

    const ImageErrors none =
        imageErrors(torch::zeros({100, 100, 0}, torch::kBool), torch::zeros({0}, torch::kInt32),
                    dets, coco::IouType::Bbox);
    EXPECT_EQ(none.counts[size_t(TideType::Bkg)], 2);
    EXPECT_TRUE(none.groundTruth.empty());

    std::vector<Box> many(101, Box{0, 0, 10, 10});
    std::vector<int32_t> ones(101, 1);
    std::vector<float> scores;
    for (int k = 0; k < 101; ++k)
        scores.push_back(1.0f - 0.001f * float(k));
    const ImageErrors capped =
        imageErrors(gt, classes, detectionsOf(many, ones, scores, false), coco::IouType::Bbox);
    EXPECT_TRUE(capped.detections[0].truePositive);
    EXPECT_EQ(capped.detections[99].error, TideType::Dupe);
    EXPECT_FALSE(capped.detections[100].judged);
    EXPECT_EQ(capped.counts[size_t(TideType::Dupe)], 99);
}

// The figure's claim: one image judged alone gives what the dataset's TIDE analysis says
// about that image (the demo model at confidence 0.3 on generated shapes, both IoU types).
TEST(ImageErrors, EqualTheDatasetAnalysisOnEachImage) {
    const std::filesystem::path demo = test::dataDir() / ".." / ".." / "resources" / "demo";
    const Model model =
        Model::load((demo / "shapes.h5").string(), loadConfigFile((demo / "shapes.json").string()));
    const ShapesDataset dataset(8, 128, 128, 5);
    RunOptions options;
    options.detectionMinConfidence = 0.3;
    options.keepTrace = false;
    DatasetEvalBuilder builder(dataset);
    std::vector<ImageErrors> perImage[2];
    // The COCO ids of each image's first detection and first ground-truth instance.
    std::vector<int64_t> firstId, firstGt;
    const coco::IouType types[2] = {coco::IouType::Bbox, coco::IouType::Segm};
    for (int64_t i = 0; i < dataset.numImages(); ++i) {
        const auto image = dataset.loadImage(i);
        const auto run = model.run(image, options);
        firstId.push_back(int64_t(builder.results().size()) + 1);
        firstGt.push_back(int64_t(builder.groundTruth().annotations.size()) + 1);
        builder.addImage(i, image.size(0), image.size(1), run->detections);
        const InstanceMasks gt = dataset.loadMask(i);
        for (int t = 0; t < 2; ++t)
            perImage[t].push_back(imageErrors(gt.masks, gt.classIds, run->detections, types[t]));
    }
    int64_t judged = 0, errors = 0;
    for (int t = 0; t < 2; ++t) {
        SCOPED_TRACE(coco::iouTypeName(types[t]));
        const coco::TideResult all =
            coco::tideErrors(builder.groundTruth(), builder.results(), types[t]);
        std::array<int64_t, 6> counts{};
        for (const ImageErrors& e : perImage[t])
            for (size_t k = 0; k < 6; ++k)
                counts[k] += e.counts[k];
        EXPECT_EQ(counts, all.counts);
        for (const coco::TideError& err : all.errors) {
            const int64_t image = err.imageId - 1;  // shapes: image index + 1
            const ImageErrors& e = perImage[t][size_t(image)];
            if (err.type == TideType::Miss) {
                EXPECT_TRUE(e.groundTruth[size_t(err.gtId - firstGt[size_t(image)])].missed);
                continue;
            }
            const auto& v = e.detections[size_t(err.detectionId - firstId[size_t(image)])];
            EXPECT_FALSE(v.truePositive);
            EXPECT_EQ(v.error, err.type);
            EXPECT_DOUBLE_EQ(v.iou, err.iou);
            ++errors;
        }
        for (const coco::TideMatch& m : all.truePositives) {
            const int64_t image = m.imageId - 1;
            const auto& v = perImage[t][size_t(image)]
                                .detections[size_t(m.detectionId - firstId[size_t(image)])];
            EXPECT_TRUE(v.truePositive);
            EXPECT_EQ(v.groundTruth, m.gtId - firstGt[size_t(image)]);
            EXPECT_DOUBLE_EQ(v.iou, m.iou);
            ++judged;
        }
    }
    EXPECT_GT(judged, 0);  // the demo finds shapes, and makes some errors at 0.3
    EXPECT_GT(errors, 0);
}

}  // namespace
}  // namespace mrcnn::metrics
