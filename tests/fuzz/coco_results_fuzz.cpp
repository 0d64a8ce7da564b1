// The COCO results reader (coco/coco_dataset.h parseResults) against a fixed small ground truth,
// with and without a problems list (skip-and-report versus refuse). Results it accepts must
// survive the writer: formatResults → parseResults gives the same number of records.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <vector>

#include "coco/coco_dataset.h"
#include "coco/coco_writer.h"
#include "fuzz_support.h"

namespace {
// Two images, two categories, one annotation each (a polygon; a crowd as uncompressed RLE).
const char* kGroundTruth = R"({
 "images": [{"id": 1, "width": 64, "height": 48, "file_name": "a.png"},
            {"id": 2, "width": 32, "height": 32, "file_name": "b.png"}],
 "categories": [{"id": 1, "name": "cat"}, {"id": 3, "name": "dog"}],
 "annotations": [
  {"id": 1, "image_id": 1, "category_id": 1, "iscrowd": 0, "area": 100,
   "bbox": [10, 10, 10, 10], "segmentation": [[10, 10, 20, 10, 20, 20, 10, 20]]},
  {"id": 2, "image_id": 2, "category_id": 3, "iscrowd": 1, "area": 16,
   "bbox": [0, 0, 4, 4], "segmentation": {"size": [32, 32], "counts": [0, 16, 1008]}}]})";

const mrcnn::coco::CocoDataset& groundTruth() {
    static const mrcnn::coco::CocoDataset gt =
        mrcnn::coco::parseGroundTruth(kGroundTruth, "fuzz_gt.json");
    return gt;
}
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    mrcnn::fuzz::initFuzzing();
    (void)groundTruth();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        (void)mrcnn::coco::parseResults(text, groundTruth(), "results.json");
    } catch (const mrcnn::DatasetError&) {
        // refused, naming the record: the expected outcome
    }
    std::vector<mrcnn::coco::CocoAnnotation> results;
    std::vector<std::string> problems;
    try {
        results = mrcnn::coco::parseResults(text, groundTruth(), "results.json", &problems);
    } catch (const mrcnn::DatasetError&) {
        return 0;
    }
    if (results.empty())
        return 0;
    const bool withSegmentation = results.front().hasSegmentation;
    const std::string written = mrcnn::coco::formatResults(results, withSegmentation);
    if (mrcnn::coco::parseResults(written, groundTruth(), "written.json").size() != results.size())
        std::abort();
    return 0;
}
