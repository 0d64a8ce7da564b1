// The generated shapes set: the spec string `shapes:COUNT[xSIZE][@SEED]` (data/open_dataset.h
// parseShapesSpec) and, for input not starting with "shapes:", a shapes_specs.json file
// (readShapesSpecs, as openDataset reads it). Small sets are then drawn, images and masks.
#include <cstddef>
#include <cstdint>
#include <string>

#include "data/open_dataset.h"
#include "data/shapes_dataset.h"
#include "fuzz_datasets.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    mrcnn::fuzz::initFuzzing();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        if (const auto spec = mrcnn::parseShapesSpec(text)) {
            // Drawing a large legal set is slow, not wrong: only small ones are drawn.
            if (spec->count <= 16 && spec->size <= 512) {
                const mrcnn::ShapesDataset dataset(spec->count, spec->size, spec->size, spec->seed);
                mrcnn::fuzz::exerciseDataset(dataset, true);
            }
            return 0;
        }
        const std::string path = mrcnn::fuzz::writeScratch("shapes_specs.json", data, size);
        const mrcnn::ShapesDataset dataset(mrcnn::readShapesSpecs(path), 128, 128);
        mrcnn::fuzz::exerciseDataset(dataset, true);
    } catch (const mrcnn::DatasetError&) {
        // refused, naming the record or the spec: the expected outcome
    }
    return 0;
}
