// Nucleus-style mask folders (data/mask_folder_dataset.h): the input is one instance mask PNG,
// <root>/a/masks/m.png, beside a fixed 8x8 image; loadMask reads it through the image loader's
// checks, then thresholds, converts colour masks and compares sizes.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <string>

#include "data/mask_folder_dataset.h"
#include "fuzz_datasets.h"
#include "fuzz_support.h"
#include "utils/image_io.h"

namespace {
// An 8x8 black grey-scale PNG: the image every mask is compared with.
const uint8_t kImagePng[] = {0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d,
                             0x49, 0x48, 0x44, 0x52, 0x00, 0x00, 0x00, 0x08, 0x00, 0x00, 0x00, 0x08,
                             0x08, 0x00, 0x00, 0x00, 0x00, 0xe1, 0x64, 0xe1, 0x57, 0x00, 0x00, 0x00,
                             0x0c, 0x49, 0x44, 0x41, 0x54, 0x78, 0xda, 0x63, 0x60, 0xa0, 0x0e, 0x00,
                             0x00, 0x00, 0x48, 0x00, 0x01, 0x10, 0x45, 0xef, 0xd2, 0x00, 0x00, 0x00,
                             0x00, 0x49, 0x45, 0x4e, 0x44, 0xae, 0x42, 0x60, 0x82};
}  // namespace

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    mrcnn::fuzz::initFuzzing();
    std::filesystem::create_directories(mrcnn::fuzz::scratchDir() + "/root/a/images");
    std::filesystem::create_directories(mrcnn::fuzz::scratchDir() + "/root/a/masks");
    mrcnn::fuzz::writeScratch("root/a/images/a.png", kImagePng, sizeof kImagePng);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    mrcnn::fuzz::writeScratch("root/a/masks/m.png", data, size);
    try {
        const mrcnn::MaskFolderDataset dataset(mrcnn::fuzz::scratchDir() + "/root");
        mrcnn::fuzz::exerciseDataset(dataset);
    } catch (const mrcnn::DatasetError&) {
        // refused, naming the mask: the expected outcome
    }
    return 0;
}
