#include "coco/coco_dataset.h"

#include <gtest/gtest.h>

using namespace mrcnn;
using namespace mrcnn::coco;

namespace {

const char* kGt = R"({"images": [{"id": 1, "width": 20, "height": 20}],
  "categories": [{"id": 1, "name": "a"}, {"id": 2, "name": "b"}],
  "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [0, 0, 10, 10],
                   "segmentation": [[0, 0, 10, 0, 10, 10, 0, 10]]}]})";

std::string reasonOf(const std::string& results, const CocoDataset& gt) {
    try {
        parseResults(results, gt, "r.json");
    } catch (const DatasetError& e) {
        EXPECT_EQ(e.file(), "r.json");
        return e.record() + ": " + e.reason();
    }
    return "no error";
}

}  // namespace

// What COCOeval would only ignore is skipped and counted, one line per kind naming the first.
TEST(CocoResults, UnknownCategoriesAndNegativeBoxesAreSkippedAndCounted) {
    const CocoDataset gt = parseGroundTruth(kGt, "gt.json");
    const std::string results = R"([
      {"image_id": 1, "category_id": 1, "bbox": [0, 0, 10, 10], "score": 0.9},
      {"image_id": 1, "category_id": 99, "bbox": [0, 0, 10, 10], "score": 0.8},
      {"image_id": 1, "category_id": 7, "bbox": [0, 0, 10, 10], "score": 0.7},
      {"image_id": 1, "category_id": 2, "bbox": [5, 5, -3, 4], "score": 0.6},
      {"image_id": 1, "category_id": 2, "bbox": [1, 1, 2, 2], "score": 0.5}])";
    std::vector<std::string> problems;
    const auto dt = parseResults(results, gt, "r.json", &problems);
    ASSERT_EQ(dt.size(), 2u);
    EXPECT_EQ(dt[0].categoryId, 1);
    EXPECT_EQ(dt[1].categoryId, 2);
    EXPECT_EQ(dt[1].id, 5);  // ids stay the record's place
    ASSERT_EQ(problems.size(), 2u);
    EXPECT_EQ(problems[0],
              "r.json: 1 of 5 detections have a box of negative width or height, "
              "skipped (first: detection 3: bbox [5,5,-3,4] has a negative width "
              "or height)");
    EXPECT_EQ(problems[1],
              "r.json: 2 of 5 detections name a category that is not in the ground "
              "truth, skipped (first: detection 1: category_id 99 is not a "
              "ground-truth category)");
    // Without a list to report them in, the file is refused at the first.
    EXPECT_EQ(reasonOf(results, gt), "detection 1: category_id 99 is not a ground-truth category");
}

// pycocotools fails on these too: loadRes asserts the image ids, COCOeval sorts by score.
TEST(CocoResults, UnknownImagesMissingScoresAndNonFiniteValuesRefuseTheFile) {
    const CocoDataset gt = parseGroundTruth(kGt, "gt.json");
    std::vector<std::string> problems;
    EXPECT_THROW(parseResults(R"([{"image_id": 4, "category_id": 1, "bbox": [0, 0, 1, 1],
                                   "score": 1}])",
                              gt, "r.json", &problems),
                 DatasetError);
    EXPECT_EQ(
        reasonOf(R"([{"image_id": 4, "category_id": 1, "bbox": [0, 0, 1, 1], "score": 1}])", gt),
        "detection 0: image_id 4 is not in the ground truth (results do not correspond to "
        "this COCO set)");
    EXPECT_EQ(reasonOf(R"([{"image_id": 1, "category_id": 1, "bbox": [0, 0, 1, 1]}])", gt),
              "detection 0: missing key 'score'");
    EXPECT_EQ(reasonOf(R"([{"image_id": 1, "category_id": 1, "bbox": [0, 0, 1, 1],
                            "score": null}])",
                       gt),
              "detection 0: 'score' is not a number");
    // A box far outside the image, as its polygon would be (found by fuzzing: the polygon
    // limit's std::invalid_argument escaped without the file or record).
    EXPECT_EQ(reasonOf(R"([{"image_id": 1, "category_id": 1, "bbox": [1e21, 1, 1, 4],
                            "score": 1}])",
                       gt)
                  .rfind("detection 0: bad bbox [1e+21,1,1,4]: polygon vertex 0", 0),
              0u);
    // A number beyond double range is refused by the JSON parser itself.
    EXPECT_ANY_THROW(
        parseResults(R"([{"image_id": 1, "category_id": 1, "bbox": [0, 0, 1e400, 1], "score": 1}])",
                     gt, "r.json", &problems));
    EXPECT_TRUE(problems.empty());
}
