#pragma once
// Per-tensor statistics of a Keras weight file, the original's `display_weight_stats` table
// (original-conventions §1.7, §2) with NaN/Inf counts, and parameter counts per network stage.
// Everything is computed in double precision over the file's float32 values.

#include <torch/types.h>

#include <cstdint>
#include <string>
#include <vector>

#include "weights/keras_h5.h"

namespace mrcnn {

struct TensorStats {
    std::string layer;           // top-level layer, e.g. "conv1" or "rpn_model"
    std::string name;            // as in the file's weight_names, e.g. "conv1/kernel:0"
    std::vector<int64_t> shape;  // Keras layout
    int64_t count = 0;           // number of values
    // Over the finite values; NaN when the tensor has none. `stddev` is the population one.
    double min = 0, max = 0, mean = 0, stddev = 0;
    int64_t nan = 0, inf = 0;
    // In this order, each when it applies: "dead" (every value finite and min == max, except a
    // convolution's bias, which the original exempts), "exploding" (a finite |value| > 1000,
    // the original's "Overflow?"), "nan", "inf".
    std::vector<std::string> alerts;

    bool hasAlert(const std::string& alert) const;
};

struct StageParameters {
    std::string stage;  // one of weightStages(), or "other"
    int64_t parameters = 0;
};

struct WeightStats {
    std::vector<TensorStats> tensors;     // in the file's order (network order)
    std::vector<StageParameters> stages;  // weightStages() order; "other" last, only when > 0
    int64_t totalParameters = 0;
};

// The stages, in network order: "conv1", "res2".."res5" (backbone), "fpn", "rpn",
// "classifier" (mrcnn_class_*, mrcnn_bbox_*), "mask" (mrcnn_mask*).
const std::vector<std::string>& weightStages();
// The stage of a top-level layer by the original's layer-name rules (its train() regexes:
// `res3.*|bn3.*` for stage 3 and so on); "other" for names outside them.
std::string weightStage(const std::string& layerName);

// Statistics of one tensor. `convolutionBias` exempts it from the "dead" alert.
TensorStats tensorStats(const std::string& layer, const std::string& name,
                        const torch::Tensor& value, bool convolutionBias = false);
// Every weight tensor of a file, and the stage counts.
WeightStats weightStats(const KerasWeightFile& file);

}  // namespace mrcnn
