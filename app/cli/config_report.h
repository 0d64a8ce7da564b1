#pragma once
// What `--config auto` did, for stderr: where the config came from, and each value that was
// guessed because the weight file cannot show it.

#include <string>

#include "weights/config_resolution.h"

namespace mrcnn::cli {

// Lines ending in '\n': "config: …" for a stored or sidecar config, "warning: …" with one
// line per guessed field ("  IMAGE_MIN_DIM = 800") when any value was guessed.
std::string describeConfigResolution(const ConfigResolution& resolution);

}  // namespace mrcnn::cli
