// Image loading (utils/image_io.h): the header size check on the bytes in memory
// (utils/image_header.h), then the loader every reader uses, on one scratch file: input-file
// checks, the pixel limit from the header, OpenCV's decode, truncation, conversion to RGB.
#include <cstddef>
#include <cstdint>
#include <string>

#include "fuzz_support.h"
#include "utils/image_header.h"
#include "utils/image_io.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    mrcnn::fuzz::initFuzzing();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    (void)mrcnn::readImageHeaderSize(data, size);
    const std::string path = mrcnn::fuzz::writeScratch("image", data, size);
    try {
        (void)mrcnn::loadImageRgb(path);
    } catch (const mrcnn::ImageError&) {
        // refused with the path and the reason: the expected outcome
    }
    return 0;
}
