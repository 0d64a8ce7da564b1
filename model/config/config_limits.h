#pragma once
// Upper bounds for the count-like config values: a PRE_NMS_LIMIT or IMAGE_MAX_DIM in the
// millions passes the original's checks but makes the run allocate gigabytes before anything
// fails, so Config::problems() names the key, the value and the limit first.

#include <optional>
#include <string>
#include <vector>

#include "config/config.h"

namespace mrcnn {

// The largest value accepted for `key` (a count-like attribute); nullopt for other keys.
std::optional<double> configUpperBound(const std::string& key);

// Appends "KEY: VALUE is more than the limit of MAX (…)" for each value over its bound.
void appendLimitProblems(const Config& config, std::vector<std::string>& out);

}  // namespace mrcnn
