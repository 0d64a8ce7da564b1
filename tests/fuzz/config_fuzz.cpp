// The JSON config loader (config/config.h configFromJson): the text of a --config file. A config
// that loads must also write back to JSON that loads again.
#include <cstddef>
#include <cstdint>
#include <string>

#include "config/config.h"
#include "fuzz_support.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    mrcnn::fuzz::initFuzzing();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string text(reinterpret_cast<const char*>(data), size);
    try {
        const mrcnn::Config config = mrcnn::configFromJson(text);
        (void)config.problems();
        (void)mrcnn::configFromJson(mrcnn::configToJson(config));
    } catch (const mrcnn::ConfigError&) {
        // refused with the key named: the expected outcome
    }
    return 0;
}
