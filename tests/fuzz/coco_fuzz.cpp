// COCO instances JSON: the one COCO parser as evaluation uses it (coco/coco_dataset.h, with
// rasterised masks) and the training reader built on it (data/coco_dataset.h), then masks.
#include <cstddef>
#include <cstdint>
#include <string>

#include "coco/coco_dataset.h"
#include "data/coco_dataset.h"
#include "data/json_file.h"
#include "fuzz_datasets.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    mrcnn::fuzz::initFuzzing();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const std::string path = mrcnn::fuzz::scratchDir() + "/instances_fuzz.json";
    try {
        (void)mrcnn::coco::parseGroundTruth(text, path);
    } catch (const mrcnn::DatasetError&) {
        // refused, naming the record: the expected outcome
    }
    try {
        const mrcnn::CocoDataset dataset(mrcnn::parseJsonText(text, path), path);
        mrcnn::fuzz::exerciseDataset(dataset);
    } catch (const mrcnn::DatasetError&) {
    }
    return 0;
}
