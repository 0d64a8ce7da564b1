#pragma once
// What `--config auto` means for a weight file: the config the file carries (root attribute
// kConfigAttribute), else a config JSON beside it, else one inferred from its layers — and,
// in that last case, which values no layer shows and were therefore guessed.

#include <string>
#include <vector>

#include "config/config.h"
#include "weights/keras_h5.h"

namespace mrcnn {

enum class ConfigSource {
    WeightsAttribute,  // the file's own mrcnn_config attribute
    SidecarJson,       // "<stem>.json" or "config.json" in the file's folder
    Inferred,          // read off the layers; the rest from the base config
};

// A value that a run depends on but the weight file cannot show.
struct GuessedField {
    std::string field;  // UPPER_CASE name
    std::string value;  // as config.display() shows it
};

struct ConfigResolution {
    Config config;
    ConfigSource source = ConfigSource::Inferred;
    std::string origin;                    // the weights file, or the JSON file used
    std::vector<std::string> inferred;     // Inferred: fields read off the layers
    std::vector<GuessedField> guessed;     // Inferred: fields taken from the base config
    std::vector<std::string> ignoredJson;  // sidecar files that were not usable, with why
    bool wasGuessed(const std::string& field) const;
};

// The sidecar files looked for, in order: "<stem>.json", then "config.json" (as `mrcnn train`
// writes beside its checkpoints).
std::vector<std::string> sidecarConfigPaths(const std::string& weightsPath);

// The fields a run depends on that no layer of a weight file determines (image size and
// resizing, anchors, thresholds, box deviations, class names, …).
const std::vector<std::string>& fieldsNotInWeights();

// Resolves `auto` for `file` read from `weightsPath`. `base` supplies what is not inferred
// (usually the "base" preset). An attribute that is not a valid config throws ConfigError
// naming the file; an unusable sidecar JSON is skipped and listed in ignoredJson. Inference
// errors (anchors per location) throw WeightsError as inferConfigFromWeights does.
ConfigResolution resolveWeightsConfig(const std::string& weightsPath, const KerasWeightFile& file,
                                      const Config& base);

}  // namespace mrcnn
