#include "coco/tide_errors.h"

#include <gtest/gtest.h>

#include "coco/tide_ap.h"
#include "support/test_paths.h"

namespace mrcnn::coco {
namespace {

// One 100x100 image, classes a (1) and b (2). Boxes are exact, so box and mask IoU agree.
//   g1 a [0,0,10,10]   d1 a .9 same box             → TP (g1)
//   g2 a [50,50,10,10] d2 a .8 same box as g1       → Dupe (g1 taken, IoU 1)
//   g3 b [20,0,10,10]  d3 a .7 [50,50,10,4]         → Loc (IoU .4 with g2, free: claimed)
//   g4 b [80,80,10,10] d4 a .6 [20,0,10,10]         → Cls (IoU 1 with g3 of b, free: claimed)
//   g5 a [0,50,10,10]  d5 b .5 [55,50,10,10]        → Both (IoU 1/3 with g2 of a)
//   g6 b [80,0,10,10]  d6 b .4 [40,80,5,5]          → Bkg (IoU 0)
//                      d7 a .3 = g5, d8 b .2 = g6   → TP
// g4 is matched by nothing and claimed by no error → Miss.
const char* kGt = R"({"images": [{"id": 1, "width": 100, "height": 100}],
 "categories": [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}],
 "annotations": [
  {"id": 1, "image_id": 1, "category_id": 1, "iscrowd": 0, "bbox": [0, 0, 10, 10],
   "segmentation": [[0, 0, 10, 0, 10, 10, 0, 10]]},
  {"id": 2, "image_id": 1, "category_id": 1, "iscrowd": 0, "bbox": [50, 50, 10, 10],
   "segmentation": [[50, 50, 60, 50, 60, 60, 50, 60]]},
  {"id": 3, "image_id": 1, "category_id": 2, "iscrowd": 0, "bbox": [20, 0, 10, 10],
   "segmentation": [[20, 0, 30, 0, 30, 10, 20, 10]]},
  {"id": 4, "image_id": 1, "category_id": 2, "iscrowd": 0, "bbox": [80, 80, 10, 10],
   "segmentation": [[80, 80, 90, 80, 90, 90, 80, 90]]},
  {"id": 5, "image_id": 1, "category_id": 1, "iscrowd": 0, "bbox": [0, 50, 10, 10],
   "segmentation": [[0, 50, 10, 50, 10, 60, 0, 60]]},
  {"id": 6, "image_id": 1, "category_id": 2, "iscrowd": 0, "bbox": [80, 0, 10, 10],
   "segmentation": [[80, 0, 90, 0, 90, 10, 80, 10]]}]})";

const char* kDt = R"([
 {"image_id": 1, "category_id": 1, "bbox": [0, 0, 10, 10], "score": 0.9},
 {"image_id": 1, "category_id": 1, "bbox": [0, 0, 10, 10], "score": 0.8},
 {"image_id": 1, "category_id": 1, "bbox": [50, 50, 10, 4], "score": 0.7},
 {"image_id": 1, "category_id": 1, "bbox": [20, 0, 10, 10], "score": 0.6},
 {"image_id": 1, "category_id": 2, "bbox": [55, 50, 10, 10], "score": 0.5},
 {"image_id": 1, "category_id": 2, "bbox": [40, 80, 5, 5], "score": 0.4},
 {"image_id": 1, "category_id": 1, "bbox": [0, 50, 10, 10], "score": 0.3},
 {"image_id": 1, "category_id": 2, "bbox": [80, 0, 10, 10], "score": 0.2}])";

size_t at(TideType t) {
    return size_t(t);
}

TEST(TideErrors, EveryTypeOnAHandMadeImage) {
    const CocoDataset gt = parseGroundTruth(kGt, "gt.json");
    const auto dt = parseResults(kDt, gt, "dt.json");
    for (IouType type : {IouType::Bbox, IouType::Segm}) {
        SCOPED_TRACE(iouTypeName(type));
        const TideResult r = tideErrors(gt, dt, type);
        // Worked by hand with TIDE's AP (101 bars of the smoothed precision; AP = bars/101*100):
        // a (3 GT): TP .9, FP .8 .7 .6, TP .3 → 34 bars of 1 and 33 of .4 → 4720/101;
        // b (3 GT): FP .5 .4, TP .2 → 34 bars of 1/3 → 1133.3/101. mAP = their mean.
        const double apA = 47.2 / 101 * 100, apB = (34.0 / 3) / 101 * 100;
        const double base = (apA + apB) / 2;
        EXPECT_NEAR(r.ap, base, 1e-9);
        for (TideType t : {TideType::Cls, TideType::Loc, TideType::Both, TideType::Dupe,
                           TideType::Bkg, TideType::Miss})
            EXPECT_EQ(r.counts[at(t)], 1) << kTideTypeNames[at(t)];
        // Cls: d4 becomes b's TP at .6 → a: 34 + 33*.5 bars = 50; b: 34 + 33*.5 → 50.
        EXPECT_NEAR(r.mainDelta[at(TideType::Cls)], 50.0 - base, 1e-9);
        // Loc: d3 a TP at .7 → a: 34 + 33*(2/3) + 34*.6 bars = 76.4.
        EXPECT_NEAR(r.mainDelta[at(TideType::Loc)], (76.4 / 101 * 100 + apB) / 2 - base, 1e-9);
        // Dupe: d2 dropped → a: 34 + 33*.5 = 50.5 bars.
        EXPECT_NEAR(r.mainDelta[at(TideType::Dupe)], (50.0 + apB) / 2 - base, 1e-9);
        // Both (d5 dropped), Bkg (d6 dropped), Miss (b has 2 GT): b's AP becomes 17/101*100.
        const double bFixed = 17.0 / 101 * 100;
        for (TideType t : {TideType::Both, TideType::Bkg, TideType::Miss})
            EXPECT_NEAR(r.mainDelta[at(t)], (apA + bFixed) / 2 - base, 1e-9);
        // FalsePos: TPs scored 1 → a: 67 bars of 1; b: 34 bars of 1.
        EXPECT_NEAR(r.falsePos, (67.0 + 34.0) / 101 * 100 / 2 - base, 1e-9);
        // FalseNeg: a loses g2 (2 GT): 51 bars of 1 + 50 of .4; b loses g3, g4 (1 GT): 101/3.
        EXPECT_NEAR(r.falseNeg, (71.0 / 101 * 100 + 100.0 / 3) / 2 - base, 1e-9);
        ASSERT_EQ(r.errors.size(), 6u);
        EXPECT_EQ(r.errors[0].type, TideType::Dupe);
        EXPECT_EQ(r.errors[0].gtId, 1);
        EXPECT_EQ(r.errors[1].type, TideType::Loc);
        EXPECT_EQ(r.errors[1].gtId, 2);
        EXPECT_EQ(r.errors[2].type, TideType::Cls);
        EXPECT_EQ(r.errors[2].gtId, 3);
        EXPECT_EQ(r.errors[3].type, TideType::Both);
        EXPECT_EQ(r.errors[4].type, TideType::Bkg);
        EXPECT_EQ(r.errors[5].type, TideType::Miss);
        EXPECT_EQ(r.errors[5].gtId, 4);
        EXPECT_EQ(r.errors[5].detectionId, 0);
        // The IoU behind each verdict: with the GT aimed at, or the highest with any GT.
        EXPECT_NEAR(r.errors[0].iou, 1.0, 1e-12);      // Dupe
        EXPECT_NEAR(r.errors[1].iou, 0.4, 1e-12);      // Loc
        EXPECT_NEAR(r.errors[2].iou, 1.0, 1e-12);      // Cls
        EXPECT_NEAR(r.errors[3].iou, 1.0 / 3, 1e-12);  // Both
        EXPECT_NEAR(r.errors[4].iou, 0.0, 1e-12);      // Bkg
        EXPECT_FALSE(r.errors[0].ignored);
        // True positives: d1 → g1, d7 → g5, d8 → g6, by score.
        ASSERT_EQ(r.truePositives.size(), 3u);
        const std::vector<std::pair<int64_t, int64_t>> tp{{1, 1}, {7, 5}, {8, 6}};
        for (size_t k = 0; k < tp.size(); ++k) {
            EXPECT_EQ(r.truePositives[k].detectionId, tp[k].first);
            EXPECT_EQ(r.truePositives[k].gtId, tp[k].second);
            EXPECT_NEAR(r.truePositives[k].iou, 1.0, 1e-12);
        }
    }
}

// Two errors claim the same free GT: only the higher-scoring one is fixed into a TP, the other
// is dropped. A Loc error aimed at a taken GT is dropped too. Thresholds are inclusive: IoU
// exactly 0.5 with a taken GT of its class is Loc, not Dupe.
TEST(TideErrors, FixesClaimAGtOnceAndBoundsAreInclusive) {
    const CocoDataset gt = parseGroundTruth(R"({"images": [{"id": 1, "width": 100, "height": 100}],
     "categories": [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}],
     "annotations": [
      {"id": 1, "image_id": 1, "category_id": 1, "iscrowd": 0, "bbox": [0, 0, 10, 10]},
      {"id": 2, "image_id": 1, "category_id": 1, "iscrowd": 0, "bbox": [50, 50, 10, 10]}]})",
                                            "gt.json");
    const auto dt = parseResults(R"([
     {"image_id": 1, "category_id": 1, "bbox": [0, 0, 10, 10], "score": 0.9},
     {"image_id": 1, "category_id": 1, "bbox": [0, 0, 10, 5], "score": 0.8},
     {"image_id": 1, "category_id": 1, "bbox": [50, 50, 10, 3], "score": 0.7},
     {"image_id": 1, "category_id": 2, "bbox": [50, 50, 10, 10], "score": 0.6}])",
                                 gt, "dt.json");
    const TideResult r = tideErrors(gt, dt, IouType::Bbox);
    // d2: IoU .5 with taken g1 → Loc (not Dupe), fix drops it. d3: Loc on free g2 (.3), best
    // claim. d4: Cls on g2 (IoU 1), a lower claim → dropped when fixed. No Miss: g2 claimed.
    EXPECT_EQ(r.counts[at(TideType::Loc)], 2);
    EXPECT_EQ(r.counts[at(TideType::Cls)], 1);
    EXPECT_EQ(r.counts[at(TideType::Dupe)], 0);
    EXPECT_EQ(r.counts[at(TideType::Miss)], 0);
    // Base: a (2 GT): TP .9, FP .8, FP .7 → 51 bars of 1 → 5100/101; b (0 GT, one FP) → 0.
    const double base = (5100.0 / 101 + 0) / 2;
    EXPECT_NEAR(r.ap, base, 1e-9);
    // Loc fixed: d2 dropped, d3 TP → a: TP .9, TP .7 → 100; b: 0 → 50.
    EXPECT_NEAR(r.mainDelta[at(TideType::Loc)], 50 - base, 1e-9);
    // Cls fixed: d4 is not g2's best claim → dropped; b then has no point and no GT: not
    // counted in the mean → a alone: 5100/101.
    EXPECT_NEAR(r.mainDelta[at(TideType::Cls)], 5100.0 / 101 - base, 1e-9);
}

// Crowd regions: a detection inside a crowd of its class is left out of the AP but still gets
// an error type; an image with detections but no GT gives Bkg; one with GT but no detections
// gives Miss.
TEST(TideErrors, CrowdIgnoreAndEmptyImages) {
    const CocoDataset gt = parseGroundTruth(R"({"images": [{"id": 1, "width": 100, "height": 100},
       {"id": 2, "width": 100, "height": 100}, {"id": 3, "width": 100, "height": 100}],
     "categories": [{"id": 1, "name": "a"}],
     "annotations": [
      {"id": 1, "image_id": 1, "category_id": 1, "iscrowd": 0, "bbox": [0, 0, 10, 10]},
      {"id": 2, "image_id": 1, "category_id": 1, "iscrowd": 1, "bbox": [40, 40, 40, 40],
       "segmentation": [[40, 40, 80, 40, 80, 80, 40, 80]]},
      {"id": 3, "image_id": 3, "category_id": 1, "iscrowd": 0, "bbox": [0, 0, 10, 10]}]})",
                                            "gt.json");
    const auto dt = parseResults(R"([
     {"image_id": 1, "category_id": 1, "bbox": [0, 0, 10, 10], "score": 0.9},
     {"image_id": 1, "category_id": 1, "bbox": [50, 50, 10, 10], "score": 0.8},
     {"image_id": 2, "category_id": 1, "bbox": [0, 0, 10, 10], "score": 0.7}])",
                                 gt, "dt.json");
    const TideResult r = tideErrors(gt, dt, IouType::Bbox);
    EXPECT_EQ(r.counts[at(TideType::Bkg)], 2);   // the ignored one (IoU 0) and image 2's
    EXPECT_EQ(r.counts[at(TideType::Miss)], 1);  // image 3
    // AP points: TP .9, FP .7 (the ignored .8 left out), 2 GT → 51 bars of 1.
    EXPECT_NEAR(r.ap, 5100.0 / 101, 1e-9);
    EXPECT_NEAR(r.mainDelta[at(TideType::Bkg)], 5100.0 / 101 - r.ap, 1e-9);  // 0: after the TP
    EXPECT_NEAR(r.mainDelta[at(TideType::Miss)], 100 - r.ap, 1e-9);
    EXPECT_EQ(r.errors[0].detectionId, 2);
    EXPECT_TRUE(r.errors[0].ignored);   // inside the crowd region
    EXPECT_FALSE(r.errors[1].ignored);  // image 2 has no crowd
}

// End to end on the reference pairs: without crowds, TIDE's base AP is COCO's AP50 (the
// pycocotools numbers of tests/e2e/eval_cli.sh), once TIDE's cap of 100 detections per image
// over all classes cuts nothing (group_a has an image with 120, so the cap is lifted there).
TEST(TideErrors, BaseApIsPycocotoolsAp50) {
    const auto dir = test::dataDir() / "metrics";
    for (const auto& [name, ap50] :
         {std::pair{"group_a", 0.2214448588267898}, std::pair{"group_b", 0.79595370418843}}) {
        const CocoDataset gt = loadGroundTruth((dir / (std::string(name) + "_gt.json")).string());
        const auto dt = loadResults((dir / (std::string(name) + "_results.json")).string(), gt);
        TideParams p;
        p.maxDets = 1000;
        EXPECT_NEAR(tideErrors(gt, dt, IouType::Bbox, p).ap, ap50 * 100, 1e-9) << name;
    }
    const CocoDataset gt = loadGroundTruth((dir / "group_a_gt.json").string());
    const auto dt = loadResults((dir / "group_a_results.json").string(), gt);
    EXPECT_LT(tideErrors(gt, dt, IouType::Bbox).ap, 22.1);  // with TIDE's default cap
}

// The realistic check: on the reference group_b pair every detection beyond the per-image
// cut is either a true positive or has exactly one error, every unmatched GT is a Miss or
// claimed, and the ΔAPs are within [0, 100 - AP].
TEST(TideErrors, ReferenceSetIsConsistent) {
    const auto dir = test::dataDir() / "metrics";
    const CocoDataset gt = loadGroundTruth((dir / "group_b_gt.json").string());
    const auto dt = loadResults((dir / "group_b_results.json").string(), gt);
    for (IouType type : {IouType::Bbox, IouType::Segm}) {
        const TideResult r = tideErrors(gt, dt, type);
        EXPECT_GT(r.ap, 0);
        EXPECT_LT(r.ap, 100);
        int64_t detErrors = 0;
        for (const auto& e : r.errors)
            detErrors += e.type != TideType::Miss;
        EXPECT_LE(detErrors, int64_t(dt.size()));
        EXPECT_EQ(r.errors.size() - size_t(detErrors), size_t(r.counts[at(TideType::Miss)]));
        for (double d : r.mainDelta) {
            EXPECT_GE(d, 0);
            EXPECT_LE(d, 100 - r.ap + 1e-9);
        }
        EXPECT_GE(r.falsePos, 0);
        EXPECT_GE(r.falseNeg, 0);
    }
}

TEST(TideAp, BarsOfTheSmoothedCurve) {
    tide::ClassedAp ap;
    ap.addGtPositives(7, 2);
    ap.push(7, {1, 0.5, true});
    ap.push(7, {2, 0.9, false});
    ap.push(7, {3, 0.1, true});
    // FP .9, TP .5, TP .1 → precision .5 at recall .5 and 2/3 at 1 → smoothed 2/3 everywhere.
    EXPECT_NEAR(ap.classAp(7), 2.0 / 3 * 100, 1e-9);
    ap.push(8, {4, 0.3, false});  // a class with points but no GT counts as 0
    EXPECT_NEAR(ap.mAP(), 100.0 / 3, 1e-9);
    EXPECT_EQ(tide::ClassedAp().mAP(), 0);
}

}  // namespace
}  // namespace mrcnn::coco
