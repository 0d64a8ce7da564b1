// VIA 1.x / 2.x JSON (data/via_dataset.h): region dicts and lists, project files, shapes and
// class attributes. Image sizes come from the images: the scratch folder holds a.png and b.png
// (64x48); other names are unreadable and recorded (skipUnreadable, as `dataset info` reads).
// Then masks of the images that opened.
#include <cstddef>
#include <cstdint>
#include <string>

#include "data/json_file.h"
#include "data/via_dataset.h"
#include "fuzz_datasets.h"
#include "fuzz_support.h"

namespace {
// A 64x48 black grey-scale PNG: the size every readable VIA image has here.
const uint8_t kImagePng[] = {0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d,
                             0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x40, 0x00, 0x00, 0x00, 0x30,
                             0x08, 0x00, 0x00, 0x00, 0x00, 0x84, 0x20, 0x23, 0xc3, 0x00, 0x00, 0x00,
                             0x1a, 0x49, 0x44, 0x41, 0x54, 0x78, 0xda, 0xed, 0xc1, 0x81, 0x00, 0x00,
                             0x00, 0x00, 0xc3, 0xa0, 0xf9, 0x53, 0x5f, 0xe0, 0x08, 0x55, 0x01, 0x00,
                             0x00, 0x7c, 0x03, 0x0c, 0x30, 0x00, 0x01, 0xc4, 0x6d, 0xc7, 0x86, 0x00,
                             0x00, 0x00, 0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    mrcnn::fuzz::initFuzzing();
    mrcnn::fuzz::writeScratch("a.png", kImagePng, sizeof kImagePng);
    mrcnn::fuzz::writeScratch("b.png", kImagePng, sizeof kImagePng);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    const std::string path = mrcnn::fuzz::scratchDir() + "/via_region_data.json";
    mrcnn::ViaOptions options;
    options.skipUnreadable = true;
    try {
        auto root = mrcnn::parseJsonText(text, path);
        options.classAttribute = mrcnn::detectViaClassAttribute(root);
        const mrcnn::ViaDataset dataset(std::move(root), path, options);
        mrcnn::fuzz::exerciseDataset(dataset);
    } catch (const mrcnn::DatasetError&) {
        // refused, naming the record: the expected outcome
    }
    return 0;
}
