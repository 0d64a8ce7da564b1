#pragma once
// Keras-HDF5 weight files as `save_weights` writes them (original-conventions §6.1):
// root attribute `layer_names` (or chunked `layer_names0..`), one group per layer with
// `weight_names`, datasets at "<layer>/<weight name>" (nested groups because weight names
// contain '/'), the nested `rpn_model`, and full-model files with a `model_weights` group.
// Files this project writes also carry their config as JSON in the root attribute
// `mrcnn_config`, which Keras' load_weights ignores.

#include <torch/types.h>

#include <functional>
#include <map>
#include <stdexcept>
#include <string>
#include <vector>

namespace mrcnn {

// Root attribute holding the config JSON (UPPER_CASE keys) of the model the file was made for.
inline constexpr const char* kConfigAttribute = "mrcnn_config";

class WeightsError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct KerasWeight {
    std::string name;     // as in weight_names, e.g. "conv1/kernel:0", "rpn_conv_shared/bias:0"
    torch::Tensor value;  // Keras layout (Conv2D kernel [kh, kw, in, out]), float32
};

struct KerasLayer {
    std::string name;                  // top-level layer name
    std::vector<KerasWeight> weights;  // in weight_names order; empty for unweighted layers
};

struct KerasWeightFile {
    std::vector<KerasLayer> layers;  // in layer_names order, unweighted layers included
    std::string kerasVersion;        // root attribute, "" when absent
    std::string backend;             // root attribute, "" when absent
    bool fullModel = false;          // weights sat under /model_weights
    std::string path;                // the file it was read from ("" when made in memory)
    std::string configJson;          // root attribute kConfigAttribute, "" when absent

    const KerasLayer* find(const std::string& layerName) const;
};

// Throws WeightsError with the path and the reason: missing, not HDF5, truncated, no
// layer_names (foreign file), unreadable dataset.
KerasWeightFile readKerasWeights(const std::string& path);

// Called with the path just before HDF5 opens a weight file for reading. HDF5 1.10 crashes or
// loops forever on some damaged files (fuzzing found both, inside the library), which no check
// of ours can foresee; the command line installs a guard that reads the file in a child
// process first and throws WeightsError when that child crashes or does not finish
// (app/cli/weights_guard.h). Empty by default: the file is opened directly.
using WeightsFileGuard = std::function<void(const std::string& path)>;
void setWeightsFileGuard(WeightsFileGuard guard);
// Writes the save_weights layout (Keras 2.0.8 style attributes).
void writeKerasWeights(const std::string& path, const KerasWeightFile& file);

}  // namespace mrcnn
