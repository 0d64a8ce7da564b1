#pragma once
// NaN/Inf in a weight file: one pass over every tensor at load. A network with a NaN weight
// detects nothing (exit 0, zero detections) and trains to NaN losses, so run commands refuse
// such files by name unless asked to load them anyway.

#include <cstdint>
#include <string>
#include <vector>

#include "weights/keras_h5.h"

namespace mrcnn {

struct NonFiniteTensor {
    std::string name;  // "layer/weight", e.g. "conv1/conv1/kernel:0"
    int64_t nan = 0;
    int64_t inf = 0;  // +Inf and -Inf
    int64_t numel = 0;
};

// The tensors holding NaN or Inf, in file order.
std::vector<NonFiniteTensor> nonFiniteTensors(const KerasWeightFile& file);

// "2 tensors hold NaN/Inf values: conv1/conv1/kernel:0 (3 NaN of 9408), … and 1 more";
// at most maxNames names.
std::string describeNonFinite(const std::vector<NonFiniteTensor>& bad, size_t maxNames = 5);

}  // namespace mrcnn
