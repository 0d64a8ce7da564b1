// xView2 / xBD label JSON (data/xbd_dataset.h): metadata, WKT polygons and damage subtypes, then
// masks. The reader takes a path, so the input goes to one scratch label file.
#include <cstddef>
#include <cstdint>
#include <string>

#include "data/xbd_dataset.h"
#include "fuzz_datasets.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    mrcnn::fuzz::initFuzzing();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string path = mrcnn::fuzz::writeScratch("fuzz_post_disaster.json", data, size);
    try {
        const mrcnn::XbdDataset dataset(path);
        mrcnn::fuzz::exerciseDataset(dataset);
    } catch (const mrcnn::DatasetError&) {
        // refused, naming the record: the expected outcome
    }
    return 0;
}
