#pragma once
// Options shared by the run commands (detect, dump, bench): --config (preset, JSON file, or
// "auto" = inferred from the weights), --weights, --threads; and image lists.

#include <CLI/CLI.hpp>

#include <string>
#include <vector>

#include "pipeline/model.h"

namespace mrcnn::cli {

struct ModelArgs {
    std::string config = "auto";
    std::string weights;
    int threads = 0;              // 0 = all cores
    bool allowNonFinite = false;  // load NaN/Inf weights with a warning
};

// weightsRequired = false for commands where the model is one of two modes (eval).
void addModelOptions(CLI::App* cmd, ModelArgs& args, bool weightsRequired = true);
// Applies --threads, reads the weights and resolves the config; throws with a clear message.
// With `auto`, tells stderr where the config came from and which values were guessed.
Model loadModel(const ModelArgs& args);
// A file, or the images (png/jpg/jpeg/bmp/tif/tiff) of a folder in name order.
std::vector<std::string> listImages(const std::string& fileOrFolder);

}  // namespace mrcnn::cli
