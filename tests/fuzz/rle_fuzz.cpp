// COCO compressed RLE strings (coco/rle.h fromString): the counts string comes from results and
// ground-truth files. Input: two bytes of height and width (at most 255 each, so decoding stays
// cheap), then the string. A string that decodes must also validate, decode to h*w pixels with
// area() ones, and survive encode → toString → fromString unchanged.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <stdexcept>
#include <string>

#include "coco/rle.h"
#include "fuzz_support.h"

using namespace mrcnn::coco;

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    mrcnn::fuzz::initFuzzing();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size < 2)
        return 0;
    const int64_t height = data[0], width = data[1];
    const std::string counts(reinterpret_cast<const char*>(data + 2), size - 2);
    Rle rle;
    try {
        rle = fromString(counts, height, width);
        validate(rle);
    } catch (const std::invalid_argument&) {
        return 0;  // refused: the documented outcome for garbage
    }
    const std::vector<uint8_t> mask = decode(rle);
    if (mask.size() != static_cast<size_t>(height * width))
        std::abort();
    uint64_t ones = 0;
    for (uint8_t v : mask)
        ones += v;
    if (ones != area(rle))
        std::abort();
    (void)toBbox(rle);
    const Rle again = fromString(toString(encode(mask.data(), height, width)), height, width);
    if (decode(again) != mask)
        std::abort();
    return 0;
}
