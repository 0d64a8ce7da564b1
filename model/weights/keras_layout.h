#pragma once
// The Keras layer layout of the original's training model for a config: every top-level
// layer name in model.layers order (weighted or not; 406 for the COCO release file) and, for
// weighted layers, the weight names and Keras shapes. Used to write files the original can
// load by name or in order, to check files, and to initialise weights.

#include <cstdint>
#include <string>
#include <vector>

#include "config/config.h"

namespace mrcnn {

enum class KerasLayerKind { Conv2D, Conv2DTranspose, Dense, BatchNorm, Model, None };

struct KerasWeightSpec {
    std::string name;            // e.g. "conv1/kernel:0" or "rpn_class_raw/bias:0"
    std::vector<int64_t> shape;  // Keras layout
};

struct KerasLayerSpec {
    std::string name;
    KerasLayerKind kind = KerasLayerKind::None;
    std::vector<KerasWeightSpec> weights;  // empty for unweighted layers
};

std::vector<KerasLayerSpec> kerasLayout(const Config& config);

// "backbone" (conv1, bn*, res*), "fpn", "rpn" (rpn_model), "heads" (mrcnn_*), else "other".
std::string parameterGroup(const std::string& layerName);
// Number of scalar parameters of a layout.
int64_t parameterCount(const std::vector<KerasLayerSpec>& layout);

}  // namespace mrcnn
