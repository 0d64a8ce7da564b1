#include "coco/coco_eval.h"

#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <tuple>

#include "coco/coco_summary.h"
#include "coco/confusion_matrix.h"
#include "io/npy.h"
#include "support/test_paths.h"

namespace mrcnn::coco {
namespace {

using nlohmann::json;

json readJson(const std::filesystem::path& p) {
    std::ifstream in(p);
    return json::parse(in);
}

void expectStats(const std::array<double, 12>& got, const json& want, const std::string& what) {
    ASSERT_EQ(want.size(), 12u) << what;
    for (size_t i = 0; i < 12; ++i)
        EXPECT_NEAR(got[i], want[i].get<double>(), 1e-12) << what << " stat " << i;
}

TEST(CocoEval, LinspaceMatchesNumpy) {
    const auto t = numpyLinspace(.5, .95, 10);
    ASSERT_EQ(t.size(), 10u);
    EXPECT_EQ(t[5], 0.75);  // summarize() finds AP75 by equality
    EXPECT_EQ(t[9], 0.95);
    const auto r = numpyLinspace(0, 1, 101);
    EXPECT_EQ(r[3], 0.03);
    EXPECT_EQ(r[100], 1.0);
    EXPECT_TRUE(numpyLinspace(0, 1, 0).empty());
    EXPECT_EQ(numpyLinspace(2, 3, 1), std::vector<double>{2});
}

TEST(CocoEval, ReferenceSetsBothIouTypes) {
    const auto dir = test::dataDir() / "metrics";
    const json ref = readJson(dir / "coco_eval_stats.json");
    int sets = 0;
    for (const auto& [name, set] : ref["sets"].items()) {
        const auto gtFile =
            dir / std::filesystem::path(set["gt_file"].get<std::string>()).filename();
        const auto dtFile =
            dir / std::filesystem::path(set["results_file"].get<std::string>()).filename();
        if (!std::filesystem::exists(gtFile))
            continue;  // held-back sets
        const CocoDataset gt = loadGroundTruth(gtFile.string());
        const auto dt = loadResults(dtFile.string(), gt);
        for (IouType type : {IouType::Bbox, IouType::Segm}) {
            EvalParams p;
            p.imgIds = set["image_ids"].get<std::vector<int64_t>>();
            const Summary s = summarize(evaluate(gt, dt, type, p));
            expectStats(s.stats, set[iouTypeName(type)], name + " " + iouTypeName(type));
        }
        ++sets;
    }
    EXPECT_GE(sets, 2);
}

// The per-case stats: one image at a time, from the group file that holds it.
TEST(CocoEval, PerCaseStats) {
    const auto dir = test::dataDir() / "metrics";
    const json cases = readJson(dir / "metrics_cases.json");
    const CocoDataset a = loadGroundTruth((dir / "group_a_gt.json").string());
    const CocoDataset b = loadGroundTruth((dir / "group_b_gt.json").string());
    const auto da = loadResults((dir / "group_a_results.json").string(), a);
    const auto db = loadResults((dir / "group_b_results.json").string(), b);
    int checked = 0;
    for (const auto& c : cases["cases"]) {
        const int64_t id = c["coco_image_id"];
        const bool inA = a.findImage(id) != nullptr, inB = b.findImage(id) != nullptr;
        if (!inA && !inB)
            continue;
        for (IouType type : {IouType::Bbox, IouType::Segm}) {
            EvalParams p;
            p.imgIds = {id};
            const auto r = inA ? evaluate(a, da, type, p) : evaluate(b, db, type, p);
            expectStats(summarize(r).stats, c["coco_stats"][iouTypeName(type)],
                        c["name"].get<std::string>() + " " + iouTypeName(type));
        }
        ++checked;
    }
    EXPECT_EQ(checked, 25);
}

TEST(CocoEval, FullReferenceFromShared) {
    MRCNN_REQUIRE_SHARED();
    const auto dir = test::sharedDir() / "reference";
    const json ref = readJson(dir / "coco/coco_eval_stats.json");
    for (const auto& [name, set] : ref["sets"].items()) {
        const CocoDataset gt = loadGroundTruth((dir / set["gt_file"].get<std::string>()).string());
        const auto dt = loadResults((dir / set["results_file"].get<std::string>()).string(), gt);
        for (IouType type : {IouType::Bbox, IouType::Segm}) {
            EvalParams p;
            p.imgIds = set["image_ids"].get<std::vector<int64_t>>();
            const EvalResult r = evaluate(gt, dt, type, p);
            expectStats(summarize(r).stats, set[iouTypeName(type)], name + " " + iouTypeName(type));
            const std::string key = iouTypeName(type) + "_eval_precision_file";
            if (!set.contains(key))
                continue;
            // Arrays for the complete set, compared element by element.
            EXPECT_EQ(r.K, 5);
        }
    }
}

TEST(CocoEval, SummaryLinesUsePycocotoolsFormat) {
    const auto dir = test::dataDir() / "metrics";
    const CocoDataset gt = loadGroundTruth((dir / "group_a_gt.json").string());
    const auto dt = loadResults((dir / "group_a_results.json").string(), gt);
    const Summary s = summarize(evaluate(gt, dt, IouType::Bbox));
    char expect0[128];
    std::snprintf(expect0, sizeof expect0, "%.3f", s.stats[0]);
    EXPECT_EQ(s.lines[0], std::string(" Average Precision  (AP) @[ IoU=0.50:0.95 | area=   all | "
                                      "maxDets=100 ] = ") +
                              expect0);
    EXPECT_EQ(s.lines[6].substr(0, 74),
              " Average Recall     (AR) @[ IoU=0.50:0.95 | area=   all | maxDets=  1 ] = ");
    EXPECT_NE(s.lines[1].find("IoU=0.50      |"), std::string::npos);
    EXPECT_NE(s.lines[9].find("area= small | maxDets=100"), std::string::npos);
    const auto per = perClassAp(evaluate(gt, dt, IouType::Segm));
    ASSERT_EQ(per.size(), 5u);
    EXPECT_EQ(per[0].categoryId, 1);
    for (const auto& c : per) {
        EXPECT_GE(c.ap50, c.ap);
        EXPECT_LE(c.ap50, 1.0);
    }
}

const char* kGt =
    R"({"images": [{"id": 1, "width": 20, "height": 20}, {"id": 2, "width": 20, "height": 20}],
 "categories": [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}],
 "annotations": [
  {"id": 1, "image_id": 1, "category_id": 1, "iscrowd": 0, "area": 100, "bbox": [0, 0, 10, 10],
   "segmentation": [[0, 0, 10, 0, 10, 10, 0, 10]]},
  {"id": 2, "image_id": 1, "category_id": 2, "iscrowd": 1, "area": 25, "bbox": [12, 12, 5, 5],
   "segmentation": {"size": [20, 20], "counts": [252, 5, 15, 5, 15, 5, 15, 5, 15, 5, 63]}},
  {"id": 3, "image_id": 2, "category_id": 2, "iscrowd": 0, "area": 16, "bbox": [2, 2, 4, 4],
   "segmentation": [[2, 2, 6, 2, 6, 6, 2, 6]]}]})";

TEST(CocoEval, CrowdDetectionsAreIgnoredAndMissesCount) {
    const CocoDataset gt = parseGroundTruth(kGt, "gt.json");
    EXPECT_EQ(gt.annotations[1].segmentation.counts.size(), 11u);
    EXPECT_EQ(area(gt.annotations[1].segmentation), 25u);
    // Perfect hit on image 1, a detection inside the crowd region, nothing on image 2.
    const auto dt = parseResults(R"([
      {"image_id": 1, "category_id": 1, "bbox": [0, 0, 10, 10], "score": 0.9},
      {"image_id": 1, "category_id": 2, "bbox": [12, 12, 5, 5], "score": 0.8}])",
                                 gt, "dt.json");
    for (IouType type : {IouType::Bbox, IouType::Segm}) {
        const EvalResult r = evaluate(gt, dt, type);
        const Summary s = summarize(r);
        // Category 1: AP 1 (less spacing); category 2: its only real GT missed → AP 0.
        EXPECT_NEAR(s.stats[0], 0.5, 1e-12) << iouTypeName(type);
        EXPECT_NEAR(s.stats[8], 0.5, 1e-12);
        EXPECT_EQ(s.stats[5], -1);  // no large GT
        const auto per = perClassAp(r);
        EXPECT_NEAR(per[0].ap, 1.0, 1e-12);
        EXPECT_EQ(per[1].ap, 0.0);  // the crowd hit is no false positive, the miss counts
    }
}

TEST(CocoEval, EmptyInputs) {
    const CocoDataset gt = parseGroundTruth(kGt, "gt.json");
    const Summary none = summarize(evaluate(gt, {}, IouType::Segm));
    EXPECT_EQ(none.stats[0], 0.0);
    EXPECT_EQ(none.stats[5], -1.0);
    const CocoDataset empty =
        parseGroundTruth(R"({"images": [], "annotations": [], "categories": []})", "empty.json");
    const Summary s = summarize(evaluate(empty, {}, IouType::Bbox));
    for (double v : s.stats)
        EXPECT_EQ(v, -1.0);
    EXPECT_TRUE(parseResults("[]", gt, "dt.json").empty());
    const auto cm = confusionMatrix(empty, {}, IouType::Bbox);
    EXPECT_EQ(cm.counts, std::vector<int64_t>{0});
}

TEST(CocoEval, ConfusionMatrixRowsGtColumnsPredicted) {
    const CocoDataset gt = parseGroundTruth(kGt, "gt.json");
    const auto dt = parseResults(R"([
      {"image_id": 1, "category_id": 2, "bbox": [0, 0, 10, 9], "score": 0.9},
      {"image_id": 1, "category_id": 1, "bbox": [0, 0, 10, 10], "score": 0.5},
      {"image_id": 1, "category_id": 1, "bbox": [12, 12, 5, 5], "score": 0.7},
      {"image_id": 2, "category_id": 1, "bbox": [15, 15, 3, 3], "score": 0.7}])",
                                 gt, "dt.json");
    const auto cm = confusionMatrix(gt, dt, IouType::Bbox);
    ASSERT_EQ(cm.categoryIds, (std::vector<int64_t>{1, 2}));
    EXPECT_EQ(cm.at(1, 2), 1);  // GT a predicted as b (higher score takes it)
    EXPECT_EQ(cm.at(0, 1), 2);  // the later duplicate and the stray box on image 2
    EXPECT_EQ(cm.at(2, 0), 1);  // GT b on image 2 missed
    EXPECT_EQ(cm.at(1, 1), 0);
    int64_t total = 0;
    for (auto c : cm.counts)
        total += c;
    EXPECT_EQ(total, 4);  // the detection on the crowd region is not counted
    // Each count names its image, detection and GT, for a viewer to list a cell.
    ASSERT_EQ(cm.entries.size(), 4u);
    std::vector<std::tuple<size_t, size_t, int64_t, int64_t, int64_t>> entries;
    for (const auto& e : cm.entries)
        entries.emplace_back(e.gtRow, e.predCol, e.imageId, e.detectionId, e.gtId);
    const int64_t firstGt = gt.annotations[0].id;
    EXPECT_EQ(std::get<0>(entries[0]), 1u);
    EXPECT_EQ(std::get<1>(entries[0]), 2u);
    EXPECT_EQ(std::get<3>(entries[0]), dt[0].id);
    EXPECT_EQ(std::get<4>(entries[0]), firstGt);
    EXPECT_EQ(entries[1], std::make_tuple(size_t(0), size_t(1), int64_t(1), dt[1].id, int64_t(0)));
    EXPECT_EQ(std::get<0>(entries[3]), 2u);  // the miss on image 2 comes last
    EXPECT_EQ(std::get<1>(entries[3]), 0u);
    EXPECT_EQ(std::get<2>(entries[3]), 2);
    EXPECT_EQ(std::get<3>(entries[3]), 0);
}

TEST(CocoEval, SegmentationOnlyResultsTakeAreaFromMask) {
    const CocoDataset gt = parseGroundTruth(kGt, "gt.json");
    const auto dt = parseResults(R"([{"image_id": 2, "category_id": 2, "score": 0.4,
      "segmentation": {"size": [20, 20], "counts": [42, 4, 16, 4, 16, 4, 16, 4, 294]}}])",
                                 gt, "dt.json");
    ASSERT_EQ(dt.size(), 1u);
    EXPECT_EQ(dt[0].area, 16.0);
    EXPECT_EQ(dt[0].bbox, (std::array<double, 4>{2, 2, 4, 4}));
    EXPECT_EQ(dt[0].id, 1);
    EXPECT_NEAR(summarize(evaluate(gt, dt, IouType::Segm)).stats[1], 0.5, 1e-12);
}

TEST(CocoEval, MalformedInputNamesFileAndRecord) {
    auto message = [](auto&& fn) {
        try {
            fn();
        } catch (const DatasetError& e) {
            return std::string(e.what());
        }
        return std::string("no error");
    };
    const CocoDataset gt = parseGroundTruth(kGt, "gt.json");
    // The readers' one error style: file, record, reason.
    EXPECT_NE(message([] {
                  parseGroundTruth("{", "x.json");
              }).find("x.json: line 1, column 2 (byte 1): malformed JSON"),
              std::string::npos);
    EXPECT_NE(message([] {
                  parseGroundTruth(R"({"images": [{"id": 1, "width": 3}]})", "x.json");
              }).find("x.json: images[0] (id 1): missing key 'height'"),
              std::string::npos);
    EXPECT_NE(message([] {
                  parseGroundTruth(R"({"images": [{"id": 1, "width": 3, "height": 3}],
                    "annotations": [{"id": 7, "image_id": 1, "category_id": 1, "bbox": [0, 0, 1, 1],
                    "segmentation": {"size": [3, 3], "counts": "zz"}}]})",
                                   "x.json");
              })
                  .find("x.json: annotations[0] (id 7): bad compressed RLE counts: RLE string has "
                        "invalid character"),
              std::string::npos);
    EXPECT_NE(message([&] {
                  parseResults(
                      R"([{"image_id": 9, "category_id": 1, "bbox": [0,0,1,1], "score": 1}])", gt,
                      "r.json");
              }).find("r.json: detection 0: image_id 9"),
              std::string::npos);
    EXPECT_NE(message([&] {
                  parseResults(
                      R"([{"image_id": 1, "category_id": 1, "bbox": [0,0,1], "score": 1}])", gt,
                      "r.json");
              }).find("r.json: detection 0: 'bbox' must be [x, y, w, h]"),
              std::string::npos);
    EXPECT_NE(message([&] { parseResults(R"({"a": 1})", gt, "r.json"); }).find("JSON list"),
              std::string::npos);
    EXPECT_NE(message([&] { loadGroundTruth("/nonexistent/gt.json"); }).find("no such file"),
              std::string::npos);
}

TEST(CocoEval, ThousandsOfDetectionsEvaluate) {
    // 50 images x 60 GT boxes, 3000 detections, segm and bbox together.
    json gtj = {
        {"images", json::array()}, {"annotations", json::array()}, {"categories", json::array()}};
    for (int c = 1; c <= 5; ++c)
        gtj["categories"].push_back({{"id", c}});
    json dtj = json::array();
    int id = 1;
    for (int im = 1; im <= 50; ++im) {
        gtj["images"].push_back({{"id", im}, {"width", 640}, {"height", 480}});
        for (int k = 0; k < 60; ++k) {
            const double x = (k % 10) * 60 + 2, y = (k / 10) * 70 + 3, w = 20 + k % 13,
                         h = 25 + k % 7;
            gtj["annotations"].push_back(
                {{"id", id++},
                 {"image_id", im},
                 {"category_id", 1 + k % 5},
                 {"iscrowd", 0},
                 {"area", w * h},
                 {"bbox", {x, y, w, h}},
                 {"segmentation", {{x, y, x + w, y, x + w, y + h, x, y + h}}}});
            dtj.push_back({{"image_id", im},
                           {"category_id", 1 + (k * 7) % 5},
                           {"bbox", {x + k % 4, y + 1, w, h}},
                           {"score", 0.001 * (k * 37 % 997)}});
        }
    }
    const CocoDataset gt = parseGroundTruth(gtj.dump(), "big.json");
    const auto dt = parseResults(dtj.dump(), gt, "big_dt.json");
    // Speed is measured by benchmarks/coco_eval_benchmark.cpp, not asserted here.
    const auto s1 = summarize(evaluate(gt, dt, IouType::Segm));
    const auto s2 = summarize(evaluate(gt, dt, IouType::Bbox));
    EXPECT_GT(s1.stats[1], 0.1);
    EXPECT_GT(s2.stats[1], 0.1);
}

}  // namespace
}  // namespace mrcnn::coco
