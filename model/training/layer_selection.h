#pragma once
// The original's `train(layers=…)` choice of trainable layers (original-conventions §4.14):
// "heads", "3+", "4+", "5+", "all", or any regular expression, matched in full against
// each layer name (the nested rpn_model's layers by their own names).

#include <string>
#include <vector>

#include "weights/param_store.h"

namespace mrcnn::training {

// The regex a layers argument stands for; throws std::invalid_argument for a bad regex.
std::string layerRegex(const std::string& layers);

// ParamStore keys of the trainable weights of the selected layers (BN moving statistics are
// never trainable), sorted.
std::vector<std::string> trainableKeys(const ParamStore& params, const std::string& layers);

}  // namespace mrcnn::training
