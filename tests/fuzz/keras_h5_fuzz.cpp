// The Keras .h5 weight reader (weights/keras_h5.h readKerasWeights), then what `mrcnn info`
// does with a file it accepts: statistics, the NaN/Inf scan and the embedded config. HDF5 opens
// by path, so the input goes to one scratch file rewritten per execution.
#include <cstddef>
#include <cstdint>
#include <string>

#include "config/config.h"
#include "fuzz_support.h"
#include "weights/keras_h5.h"
#include "weights/weight_finite.h"
#include "weights/weight_stats.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    mrcnn::fuzz::initFuzzing();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    const std::string path = mrcnn::fuzz::writeScratch("weights.h5", data, size);
    mrcnn::KerasWeightFile file;
    try {
        file = mrcnn::readKerasWeights(path);
    } catch (const mrcnn::WeightsError&) {
        return 0;  // refused with the file, layer and reason: the expected outcome
    }
    (void)mrcnn::weightStats(file);
    (void)mrcnn::describeNonFinite(mrcnn::nonFiniteTensors(file));
    if (!file.configJson.empty()) {
        try {
            (void)mrcnn::configFromJson(file.configJson);
        } catch (const mrcnn::ConfigError&) {
        }
    }
    return 0;
}
