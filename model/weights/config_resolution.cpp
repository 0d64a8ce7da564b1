// `--config auto`: the stored config first, then a JSON beside the weights, and only then
// inference from the layers, with every guess named so the caller can say so.

#include "weights/config_resolution.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "io/input_file.h"
#include "io/json_parse.h"
#include "weights/weight_loader.h"

namespace mrcnn {
namespace {

namespace fs = std::filesystem;

// The keys a config JSON sets; throws ConfigError when the text is not a JSON object.
std::vector<std::string> jsonKeys(const std::string& text) {
    nlohmann::json root;
    try {
        root = parseJson(text, "config JSON");
    } catch (const JsonError& e) {
        throw ConfigError("not JSON: " + (e.where().empty() ? "" : e.where() + ": ") + e.reason());
    }
    if (!root.is_object())
        throw ConfigError("not a JSON object");
    std::vector<std::string> keys;
    for (auto it = root.begin(); it != root.end(); ++it)
        keys.push_back(it.key());
    return keys;
}

bool contains(const std::vector<std::string>& list, const std::string& value) {
    return std::find(list.begin(), list.end(), value) != list.end();
}

// A config from JSON text; throws ConfigError when it is not one (no known key at all, as for
// an annotation file of the same name, or invalid values).
Config configFromText(const std::string& text, std::vector<std::string>& keys) {
    keys = jsonKeys(text);
    Config config = configFromJson(text);
    bool known = contains(keys, "CLASS_NAMES");
    for (const auto& key : keys)
        known = known || config.unknownKeys.count(key) == 0;
    if (!known)
        throw ConfigError("no config key in it (expected the original's UPPER_CASE names)");
    config.validate();
    return config;
}

// Fields a JSON config did not set fall back to the defaults: those a run depends on are
// guesses too. A config without CLASS_NAMES has none, which is not a guess.
std::vector<GuessedField> unsetRunFields(const Config& config,
                                         const std::vector<std::string>& keys) {
    std::vector<GuessedField> out;
    for (const auto& field : fieldsNotInWeights())
        if (field != "CLASS_NAMES" && !contains(keys, field))
            out.push_back({field, configFieldRepr(config, field)});
    return out;
}

std::string readText(const std::string& path) {
    try {
        return readInputFile(path, uint64_t{64} << 20);
    } catch (const InputFileError& e) {
        throw ConfigError("cannot be read: " + e.reason());
    }
}

}  // namespace

bool ConfigResolution::wasGuessed(const std::string& field) const {
    for (const auto& g : guessed)
        if (g.field == field)
            return true;
    return false;
}

std::vector<std::string> sidecarConfigPaths(const std::string& weightsPath) {
    const fs::path weights(weightsPath);
    const fs::path folder = weights.parent_path();
    std::vector<std::string> out = {(folder / weights.stem()).string() + ".json"};
    const std::string trainConfig = (folder / "config.json").string();
    if (trainConfig != out.front())
        out.push_back(trainConfig);
    return out;
}

const std::vector<std::string>& fieldsNotInWeights() {
    static const std::vector<std::string> names = {"IMAGE_RESIZE_MODE",
                                                   "IMAGE_MIN_DIM",
                                                   "IMAGE_MAX_DIM",
                                                   "IMAGE_MIN_SCALE",
                                                   "MEAN_PIXEL",
                                                   "BACKBONE_STRIDES",
                                                   "RPN_ANCHOR_SCALES",
                                                   "RPN_ANCHOR_RATIOS",
                                                   "RPN_ANCHOR_STRIDE",
                                                   "RPN_NMS_THRESHOLD",
                                                   "PRE_NMS_LIMIT",
                                                   "POST_NMS_ROIS_INFERENCE",
                                                   "RPN_BBOX_STD_DEV",
                                                   "BBOX_STD_DEV",
                                                   "DETECTION_MIN_CONFIDENCE",
                                                   "DETECTION_NMS_THRESHOLD",
                                                   "DETECTION_MAX_INSTANCES",
                                                   "MASK_POOL_SIZE",
                                                   "CLASS_NAMES"};
    return names;
}

ConfigResolution resolveWeightsConfig(const std::string& weightsPath, const KerasWeightFile& file,
                                      const Config& base) {
    ConfigResolution out;
    std::vector<std::string> keys;
    if (!file.configJson.empty()) {
        try {
            out.config = configFromText(file.configJson, keys);
        } catch (const ConfigError& e) {
            throw ConfigError(weightsPath + ": attribute '" + kConfigAttribute +
                              "' is not a usable config: " + e.what());
        }
        out.source = ConfigSource::WeightsAttribute;
        out.origin = weightsPath;
        out.guessed = unsetRunFields(out.config, keys);
        return out;
    }
    for (const auto& path : sidecarConfigPaths(weightsPath)) {
        std::error_code ec;
        if (!fs::is_regular_file(path, ec))
            continue;
        try {
            out.config = configFromText(readText(path), keys);
        } catch (const ConfigError& e) {
            out.ignoredJson.push_back(path + ": " + e.what());
            continue;
        }
        out.source = ConfigSource::SidecarJson;
        out.origin = path;
        out.guessed = unsetRunFields(out.config, keys);
        return out;
    }

    out.source = ConfigSource::Inferred;
    out.origin = weightsPath;
    out.config = inferConfigFromWeights(file, base);
    const WeightsFacts facts = weightsFacts(file);
    const std::pair<const char*, bool> architecture[] = {
        {"BACKBONE", facts.backbone.has_value()},
        {"NUM_CLASSES", facts.numClasses.has_value()},
        {"RESNET_WIDTH", facts.resnetWidth.has_value()},
        {"IMAGE_CHANNEL_COUNT", facts.inputChannels.has_value()},
        {"TOP_DOWN_PYRAMID_SIZE", facts.pyramidSize.has_value()},
        {"FPN_CLASSIF_FC_LAYERS_SIZE", facts.fcSize.has_value()},
        {"POOL_SIZE", facts.poolSize.has_value()},
        {"RPN_CONV_CHANNELS", facts.rpnConvChannels.has_value()},
        {"MASK_HEAD_CHANNELS", facts.maskHeadChannels.has_value()},
    };
    for (const auto& [field, known] : architecture) {
        if (known)
            out.inferred.push_back(field);
        else
            out.guessed.push_back({field, configFieldRepr(out.config, field)});
    }
    for (const auto& field : fieldsNotInWeights())
        out.guessed.push_back({field, configFieldRepr(out.config, field)});
    return out;
}

}  // namespace mrcnn
