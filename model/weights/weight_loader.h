#pragma once
// Matching a Keras weight file against the model a config describes, by layer and dataset
// name, as load_weights(by_name=True, exclude=[…]) does, with a full report; and the
// inverse (a ParamStore back to a Keras file).

#include <optional>
#include <string>
#include <vector>

#include "config/config.h"
#include "weights/keras_h5.h"
#include "weights/param_store.h"
#include "weights/weight_finite.h"

namespace mrcnn {

struct ShapeMismatch {
    std::string layer;
    std::string weight;
    std::vector<int64_t> fileShape;
    std::vector<int64_t> modelShape;
};

struct LoadReport {
    std::vector<std::string> matched;     // "layer/weight" loaded
    std::vector<std::string> missing;     // expected by the model, absent from the file
    std::vector<std::string> unexpected;  // in the file, unknown to the model
    std::vector<std::string> excluded;    // skipped because of the exclude list
    std::vector<ShapeMismatch> mismatches;
    bool maskHeadPresent = true;  // false for detection-only files
    // Tensors with NaN/Inf values (excluded layers aside); loaded only with allowNonFinite.
    std::vector<NonFiniteTensor> nonFinite;
    bool ok() const { return mismatches.empty() && missing.empty(); }
    std::string summary() const;  // a few lines for people
};

struct LoadOptions {
    std::vector<std::string> exclude;  // top-level layer names, as the original's exclude
    bool allowMissing = false;         // keep initial values for missing layers (fine-tuning)
    bool allowNonFinite = false;       // load NaN/Inf weights (report.nonFinite names them)
};

// Throws WeightsError when the file does not fit the config (class count, backbone, widths):
// the message names the layer and both shapes; and when a loaded tensor holds NaN/Inf (the
// file and the first tensors named), unless options.allowNonFinite. Missing mask layers alone make
// a detection-only model (report.maskHeadPresent = false), not an error.
ParamStore loadParams(const KerasWeightFile& file, const Config& config, LoadReport& report,
                      const LoadOptions& options = {});

// Keras-layout file for these parameters, with every layer name of kerasLayout(config), and
// the config as its configJson (written as the root attribute kConfigAttribute).
KerasWeightFile toKerasFile(const ParamStore& params, const Config& config);

// The model sizes a file determines; each is empty when the layer that shows it is absent.
struct WeightsFacts {
    std::optional<std::string> backbone;    // resnet101 (res4w…) or resnet50 (res4f…)
    std::optional<int> inputChannels;       // conv1 kernel in
    std::optional<double> resnetWidth;      // res5 output / 2048, else conv1 filters / 64
    std::optional<int> numClasses;          // mrcnn_class_logits (else bbox_fc / 4, mask)
    std::optional<int> pyramidSize;         // fpn_c5p5 out
    std::optional<int> fcSize;              // mrcnn_class_conv1 out
    std::optional<int> poolSize;            // mrcnn_class_conv1 kernel size
    std::optional<int> rpnConvChannels;     // rpn_conv_shared out
    std::optional<int> anchorsPerLocation;  // rpn_class_raw out / 2
    std::optional<int> maskHeadChannels;    // mrcnn_mask_conv1 out
    bool maskHead = false;                  // any weighted mrcnn_mask* layer
};
WeightsFacts weightsFacts(const KerasWeightFile& file);

// What a bare file tells about the model: BACKBONE, NUM_CLASSES, RESNET_WIDTH,
// TOP_DOWN_PYRAMID_SIZE, FPN_CLASSIF_FC_LAYERS_SIZE, RPN_CONV_CHANNELS, MASK_HEAD_CHANNELS,
// anchors per location. Starts from `base` and overrides what the file determines (also
// IMAGE_CHANNEL_COUNT and POOL_SIZE). Anchors per location cannot be turned into ratios: a
// count other than base's RPN_ANCHOR_RATIOS size throws WeightsError.
Config inferConfigFromWeights(const KerasWeightFile& file, const Config& base);

// Random weights in the Keras layout whose stage outputs stay at unit scale through
// ResNet-101 (see initLayerParams in init_params.h).
ParamStore initParams(const Config& config, uint64_t seed);

}  // namespace mrcnn
