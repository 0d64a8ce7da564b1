#include "config/config.h"

#include <cmath>
#include <fstream>
#include <functional>
#include <limits>
#include <nlohmann/json.hpp>
#include <sstream>

#include "config/config_limits.h"
#include "config/python_repr.h"
#include "io/atomic_file.h"
#include "io/input_file.h"
#include "io/json_parse.h"

namespace mrcnn {

using nlohmann::json;

namespace {

constexpr uint64_t kMaxConfigBytes = uint64_t{64} << 20;  // a config is a few KB

// One entry per attribute: how to write it to JSON and read it back. A single table keeps
// load, save and display in step.
struct Field {
    const char* name;
    std::function<json(const Config&)> get;
    std::function<void(Config&, const json&)> set;
    std::function<std::string(const Config&)> repr;  // Python-style display
};

template <typename T>
T as(const json& value, const char* name) {
    try {
        return value.get<T>();
    } catch (const json::exception&) {
        throw ConfigError(std::string("config field ") + name + ": unexpected value " +
                          value.dump());
    }
}

// Integers beyond int (NUM_CLASSES 2e10) are refused here, before a cast wraps them negative.
int intInRange(double d, const json& value, const char* name) {
    if (d < std::numeric_limits<int>::min() || d > std::numeric_limits<int>::max())
        throw ConfigError(std::string("config field ") + name + ": " + value.dump() +
                          " is out of range (at most " +
                          std::to_string(std::numeric_limits<int>::max()) + ")");
    return static_cast<int>(d);
}

int asInt(const json& value, const char* name) {
    if (value.is_number_unsigned())
        return intInRange(static_cast<double>(value.get<uint64_t>()), value, name);
    if (value.is_number_integer())
        return intInRange(static_cast<double>(value.get<int64_t>()), value, name);
    if (value.is_number_float()) {
        double d = value.get<double>();
        if (std::floor(d) == d)
            return intInRange(d, value, name);
    }
    if (value.is_boolean())
        return value.get<bool>() ? 1 : 0;
    throw ConfigError(std::string("config field ") + name + ": expected an integer, got " +
                      value.dump());
}

double asDouble(const json& value, const char* name) {
    if (value.is_number())
        return value.get<double>();
    if (value.is_boolean())
        return value.get<bool>() ? 1.0 : 0.0;
    throw ConfigError(std::string("config field ") + name + ": expected a number, got " +
                      value.dump());
}

bool asBool(const json& value, const char* name) {
    if (value.is_boolean())
        return value.get<bool>();
    if (value.is_null())
        return false;  // TRAIN_BN may be None in the original
    if (value.is_number())
        return value.get<double>() != 0.0;
    throw ConfigError(std::string("config field ") + name + ": expected true/false, got " +
                      value.dump());
}

// Lists grow; fixed-size fields (std::array) are filled in place. A trait rather than a requires
// expression: the clang sanitizer build compiles this file as C++17 (CMakeLists.txt).
template <typename T>
constexpr bool kGrows = false;
template <typename T, typename A>
constexpr bool kGrows<std::vector<T, A>> = true;

template <typename Vec>
Vec asNumberList(const json& value, const char* name, size_t exactSize = 0) {
    if (!value.is_array())
        throw ConfigError(std::string("config field ") + name + ": expected a list, got " +
                          value.dump());
    Vec out{};
    if (exactSize && value.size() != exactSize)
        throw ConfigError(std::string("config field ") + name + ": expected " +
                          std::to_string(exactSize) + " values, got " +
                          std::to_string(value.size()));
    size_t i = 0;
    for (const auto& item : value) {
        using Elem = typename Vec::value_type;
        Elem v = std::is_integral_v<Elem> ? static_cast<Elem>(asInt(item, name))
                                          : static_cast<Elem>(asDouble(item, name));
        if constexpr (kGrows<Vec>) {
            out.push_back(v);
        } else {
            out[i] = v;
        }
        ++i;
    }
    return out;
}

#define MRCNN_INT_FIELD(N)                                              \
    Field {                                                             \
#N, [](const Config& c) { return json(c.N); },                        \
            [](Config& c, const json& v) { c.N = asInt(v, #N); },             \
            [](const Config& c) { return std::to_string(c.N); } \
    }
#define MRCNN_DOUBLE_FIELD(N)                                           \
    Field {                                                             \
#N, [](const Config& c) { return pyNumberJson(c.N); },                \
            [](Config& c, const json& v) { c.N = asDouble(v, #N); },          \
            [](const Config& c) { return pyFloat(c.N); } \
    }
#define MRCNN_BOOL_FIELD(N)                                             \
    Field {                                                             \
#N, [](const Config& c) { return json(c.N); },                        \
            [](Config& c, const json& v) { c.N = asBool(v, #N); },            \
            [](const Config& c) { return std::string(c.N ? "True" : "False"); } \
    }
#define MRCNN_LIST_FIELD(N, SIZE, STYLE)                                \
    Field {                                                             \
#N, [](const Config& c) { return listJson(c.N); },                    \
            [](Config& c, const json& v) {                                    \
                c.N = asNumberList<decltype(c.N)>(v, #N, SIZE);               \
            },                                                                \
            [](const Config& c) { return pyList(c.N, STYLE); } \
    }

// JSON numbers: integral doubles stay integral so files look like the original's.
json pyNumberJson(double v) {
    if (std::floor(v) == v && std::fabs(v) < 1e15)
        return json(static_cast<long long>(v));
    return json(v);
}

template <typename Vec>
json listJson(const Vec& v) {
    json out = json::array();
    for (auto x : v) {
        if constexpr (std::is_integral_v<decltype(x)>)
            out.push_back(x);
        else
            out.push_back(pyNumberJson(x));
    }
    return out;
}

const std::vector<Field>& fields() {
    static const std::vector<Field> table = {
        Field{"NAME", [](const Config& c) { return c.NAME ? json(*c.NAME) : json(nullptr); },
              [](Config& c, const json& v) {
                  if (v.is_null())
                      c.NAME.reset();
                  else
                      c.NAME = as<std::string>(v, "NAME");
              },
              [](const Config& c) { return c.NAME ? *c.NAME : std::string("None"); }},
        MRCNN_INT_FIELD(GPU_COUNT),
        MRCNN_INT_FIELD(IMAGES_PER_GPU),
        MRCNN_INT_FIELD(STEPS_PER_EPOCH),
        MRCNN_INT_FIELD(VALIDATION_STEPS),
        Field{"BACKBONE", [](const Config& c) { return json(c.BACKBONE); },
              [](Config& c, const json& v) { c.BACKBONE = as<std::string>(v, "BACKBONE"); },
              [](const Config& c) { return c.BACKBONE; }},
        Field{"COMPUTE_BACKBONE_SHAPE",
              [](const Config& c) {
                  return c.COMPUTE_BACKBONE_SHAPE ? json(*c.COMPUTE_BACKBONE_SHAPE) : json(nullptr);
              },
              [](Config& c, const json& v) {
                  if (v.is_null())
                      c.COMPUTE_BACKBONE_SHAPE.reset();
                  else
                      c.COMPUTE_BACKBONE_SHAPE = v.is_string() ? v.get<std::string>() : v.dump();
              },
              [](const Config& c) {
                  return c.COMPUTE_BACKBONE_SHAPE ? *c.COMPUTE_BACKBONE_SHAPE : std::string("None");
              }},
        MRCNN_LIST_FIELD(BACKBONE_STRIDES, 0, PyListStyle::List),
        MRCNN_INT_FIELD(FPN_CLASSIF_FC_LAYERS_SIZE),
        MRCNN_INT_FIELD(TOP_DOWN_PYRAMID_SIZE),
        MRCNN_INT_FIELD(NUM_CLASSES),
        MRCNN_LIST_FIELD(RPN_ANCHOR_SCALES, 0, PyListStyle::Tuple),
        MRCNN_LIST_FIELD(RPN_ANCHOR_RATIOS, 0, PyListStyle::List),
        MRCNN_INT_FIELD(RPN_ANCHOR_STRIDE),
        MRCNN_DOUBLE_FIELD(RPN_NMS_THRESHOLD),
        MRCNN_INT_FIELD(RPN_TRAIN_ANCHORS_PER_IMAGE),
        MRCNN_INT_FIELD(PRE_NMS_LIMIT),
        MRCNN_INT_FIELD(POST_NMS_ROIS_TRAINING),
        MRCNN_INT_FIELD(POST_NMS_ROIS_INFERENCE),
        MRCNN_BOOL_FIELD(USE_MINI_MASK),
        MRCNN_LIST_FIELD(MINI_MASK_SHAPE, 2, PyListStyle::Tuple),
        Field{"IMAGE_RESIZE_MODE", [](const Config& c) { return json(c.IMAGE_RESIZE_MODE); },
              [](Config& c, const json& v) {
                  c.IMAGE_RESIZE_MODE = as<std::string>(v, "IMAGE_RESIZE_MODE");
              },
              [](const Config& c) { return c.IMAGE_RESIZE_MODE; }},
        MRCNN_INT_FIELD(IMAGE_MIN_DIM),
        MRCNN_INT_FIELD(IMAGE_MAX_DIM),
        Field{"IMAGE_MIN_SCALE", [](const Config& c) { return pyNumberJson(c.IMAGE_MIN_SCALE); },
              [](Config& c, const json& v) {
                  c.IMAGE_MIN_SCALE = v.is_null() ? 0.0 : asDouble(v, "IMAGE_MIN_SCALE");
              },
              [](const Config& c) { return pyNumber(c.IMAGE_MIN_SCALE); }},
        MRCNN_INT_FIELD(IMAGE_CHANNEL_COUNT),
        MRCNN_LIST_FIELD(MEAN_PIXEL, 3, PyListStyle::NumpyArray),
        MRCNN_INT_FIELD(TRAIN_ROIS_PER_IMAGE),
        MRCNN_DOUBLE_FIELD(ROI_POSITIVE_RATIO),
        MRCNN_INT_FIELD(POOL_SIZE),
        MRCNN_INT_FIELD(MASK_POOL_SIZE),
        MRCNN_LIST_FIELD(MASK_SHAPE, 2, PyListStyle::List),
        MRCNN_INT_FIELD(MAX_GT_INSTANCES),
        MRCNN_LIST_FIELD(RPN_BBOX_STD_DEV, 4, PyListStyle::NumpyArray),
        MRCNN_LIST_FIELD(BBOX_STD_DEV, 4, PyListStyle::NumpyArray),
        MRCNN_INT_FIELD(DETECTION_MAX_INSTANCES),
        Field{"DETECTION_MIN_CONFIDENCE",
              [](const Config& c) { return pyNumberJson(c.DETECTION_MIN_CONFIDENCE); },
              [](Config& c, const json& v) {
                  c.DETECTION_MIN_CONFIDENCE =
                      v.is_null() ? 0.0 : asDouble(v, "DETECTION_MIN_CONFIDENCE");
              },
              [](const Config& c) { return pyNumber(c.DETECTION_MIN_CONFIDENCE); }},
        MRCNN_DOUBLE_FIELD(DETECTION_NMS_THRESHOLD),
        MRCNN_DOUBLE_FIELD(LEARNING_RATE),
        MRCNN_DOUBLE_FIELD(LEARNING_MOMENTUM),
        MRCNN_DOUBLE_FIELD(WEIGHT_DECAY),
        Field{"LOSS_WEIGHTS",
              [](const Config& c) {
                  json out = json::object();
                  for (const auto& [k, v] : c.LOSS_WEIGHTS)
                      out[k] = v;
                  return out;
              },
              [](Config& c, const json& v) {
                  if (!v.is_object())
                      throw ConfigError("config field LOSS_WEIGHTS: expected an object, got " +
                                        v.dump());
                  c.LOSS_WEIGHTS.clear();
                  for (auto it = v.begin(); it != v.end(); ++it)
                      c.LOSS_WEIGHTS[it.key()] = asDouble(it.value(), "LOSS_WEIGHTS");
              },
              [](const Config& c) { return pyDict(c.LOSS_WEIGHTS, lossWeightOrder()); }},
        MRCNN_BOOL_FIELD(USE_RPN_ROIS),
        MRCNN_BOOL_FIELD(TRAIN_BN),
        MRCNN_DOUBLE_FIELD(GRADIENT_CLIP_NORM),
        MRCNN_DOUBLE_FIELD(RESNET_WIDTH),
        MRCNN_INT_FIELD(RPN_CONV_CHANNELS),
        MRCNN_INT_FIELD(MASK_HEAD_CHANNELS),
    };
    return table;
}

const char* kDerivedKeys[] = {"BATCH_SIZE", "IMAGE_SHAPE", "IMAGE_META_SIZE"};

bool isDerivedKey(const std::string& key) {
    for (const char* k : kDerivedKeys)
        if (key == k)
            return true;
    return false;
}

}  // namespace

std::array<int, 3> Config::imageShape() const {
    int dim = IMAGE_RESIZE_MODE == "crop" ? IMAGE_MIN_DIM : IMAGE_MAX_DIM;
    return {dim, dim, IMAGE_CHANNEL_COUNT};
}

int Config::resnetFilters(int f) const {
    double scaled = std::nearbyint(f * RESNET_WIDTH);  // default FE_TONEAREST: half to even
    return std::max(1, static_cast<int>(scaled));
}

int Config::stage4Blocks() const {
    return BACKBONE == "resnet50" ? 6 : 23;
}

std::string Config::stage4OutputName() const {
    return std::string("res4") + static_cast<char>('a' + stage4Blocks() - 1) + "_out";
}

std::string Config::className(int classId) const {
    if (classId >= 0 && classId < static_cast<int>(CLASS_NAMES.size()))
        return CLASS_NAMES[classId];
    if (classId == 0)
        return "BG";
    return "class " + std::to_string(classId);
}

std::vector<std::string> Config::problems() const {
    std::vector<std::string> out;
    auto need = [&](bool ok, const std::string& msg) {
        if (!ok)
            out.push_back(msg);
    };
    need(BACKBONE == "resnet50" || BACKBONE == "resnet101",
         "BACKBONE: unknown backbone \"" + BACKBONE + "\" (expected resnet50 or resnet101)");
    need(NUM_CLASSES >= 2, "NUM_CLASSES: must be at least 2 (background plus one class), got " +
                               std::to_string(NUM_CLASSES));
    need(GPU_COUNT >= 1, "GPU_COUNT: must be at least 1");
    need(IMAGES_PER_GPU >= 1, "IMAGES_PER_GPU: must be at least 1");
    need(IMAGE_CHANNEL_COUNT >= 1, "IMAGE_CHANNEL_COUNT: must be at least 1");
    const std::string& mode = IMAGE_RESIZE_MODE;
    need(mode == "none" || mode == "square" || mode == "pad64" || mode == "crop",
         "IMAGE_RESIZE_MODE: unknown mode \"" + mode + "\" (expected none, square, pad64 or crop)");
    need(IMAGE_MIN_DIM >= 0, "IMAGE_MIN_DIM: must not be negative");
    need(IMAGE_MAX_DIM >= 0, "IMAGE_MAX_DIM: must not be negative");
    need(IMAGE_MIN_SCALE >= 0, "IMAGE_MIN_SCALE: must not be negative");
    if (mode == "square" || mode == "crop") {
        auto shape = imageShape();
        need(shape[0] > 0 && shape[0] % 64 == 0,
             std::string(mode == "crop" ? "IMAGE_MIN_DIM" : "IMAGE_MAX_DIM") +
                 ": image size must be a positive multiple of 64 (the original raises "
                 "\"Image size must be dividable by 2 at least 6 times\"), got " +
                 std::to_string(shape[0]));
    }
    if (mode == "pad64")
        need(IMAGE_MIN_DIM % 64 == 0, "IMAGE_MIN_DIM: pad64 mode needs a multiple of 64, got " +
                                          std::to_string(IMAGE_MIN_DIM));
    need(BACKBONE_STRIDES.size() == 5, "BACKBONE_STRIDES: expected 5 strides (P2..P6), got " +
                                           std::to_string(BACKBONE_STRIDES.size()));
    for (int s : BACKBONE_STRIDES)
        need(s > 0, "BACKBONE_STRIDES: strides must be positive");
    need(RPN_ANCHOR_SCALES.size() == BACKBONE_STRIDES.size(),
         "RPN_ANCHOR_SCALES: expected one scale per pyramid level (" +
             std::to_string(BACKBONE_STRIDES.size()) + "), got " +
             std::to_string(RPN_ANCHOR_SCALES.size()));
    for (double s : RPN_ANCHOR_SCALES)
        need(s > 0, "RPN_ANCHOR_SCALES: scales must be positive");
    need(!RPN_ANCHOR_RATIOS.empty(), "RPN_ANCHOR_RATIOS: must not be empty");
    for (double r : RPN_ANCHOR_RATIOS)
        need(r > 0, "RPN_ANCHOR_RATIOS: ratios must be positive");
    need(RPN_ANCHOR_STRIDE >= 1, "RPN_ANCHOR_STRIDE: must be at least 1");
    need(RPN_TRAIN_ANCHORS_PER_IMAGE >= 0, "RPN_TRAIN_ANCHORS_PER_IMAGE: must not be negative");
    need(PRE_NMS_LIMIT >= 1, "PRE_NMS_LIMIT: must be at least 1");
    need(POST_NMS_ROIS_TRAINING >= 1, "POST_NMS_ROIS_TRAINING: must be at least 1");
    need(POST_NMS_ROIS_INFERENCE >= 1, "POST_NMS_ROIS_INFERENCE: must be at least 1");
    need(TRAIN_ROIS_PER_IMAGE >= 1, "TRAIN_ROIS_PER_IMAGE: must be at least 1");
    need(ROI_POSITIVE_RATIO > 0 && ROI_POSITIVE_RATIO <= 1,
         "ROI_POSITIVE_RATIO: must lie in (0, 1]");
    need(POOL_SIZE >= 1, "POOL_SIZE: must be at least 1");
    need(MASK_POOL_SIZE >= 1, "MASK_POOL_SIZE: must be at least 1");
    need(MASK_SHAPE[0] == 2 * MASK_POOL_SIZE && MASK_SHAPE[1] == 2 * MASK_POOL_SIZE,
         "MASK_SHAPE: must be twice MASK_POOL_SIZE (the mask head upsamples by 2)");
    need(MINI_MASK_SHAPE[0] >= 1 && MINI_MASK_SHAPE[1] >= 1, "MINI_MASK_SHAPE: must be positive");
    need(MAX_GT_INSTANCES >= 1, "MAX_GT_INSTANCES: must be at least 1");
    need(DETECTION_MAX_INSTANCES >= 1, "DETECTION_MAX_INSTANCES: must be at least 1");
    need(DETECTION_MIN_CONFIDENCE >= 0 && DETECTION_MIN_CONFIDENCE <= 1,
         "DETECTION_MIN_CONFIDENCE: must lie in [0, 1]");
    need(DETECTION_NMS_THRESHOLD >= 0 && DETECTION_NMS_THRESHOLD <= 1,
         "DETECTION_NMS_THRESHOLD: must lie in [0, 1]");
    need(RPN_NMS_THRESHOLD >= 0 && RPN_NMS_THRESHOLD <= 1, "RPN_NMS_THRESHOLD: must lie in [0, 1]");
    need(FPN_CLASSIF_FC_LAYERS_SIZE >= 1, "FPN_CLASSIF_FC_LAYERS_SIZE: must be at least 1");
    need(TOP_DOWN_PYRAMID_SIZE >= 1, "TOP_DOWN_PYRAMID_SIZE: must be at least 1");
    need(RESNET_WIDTH > 0, "RESNET_WIDTH: must be positive");
    need(RPN_CONV_CHANNELS >= 1, "RPN_CONV_CHANNELS: must be at least 1");
    need(MASK_HEAD_CHANNELS >= 1, "MASK_HEAD_CHANNELS: must be at least 1");
    need(LEARNING_RATE >= 0, "LEARNING_RATE: must not be negative");
    need(WEIGHT_DECAY >= 0, "WEIGHT_DECAY: must not be negative");
    need(CLASS_NAMES.empty() || static_cast<int>(CLASS_NAMES.size()) == NUM_CLASSES,
         "CLASS_NAMES: expected NUM_CLASSES (" + std::to_string(NUM_CLASSES) + ") names, got " +
             std::to_string(CLASS_NAMES.size()));
    appendLimitProblems(*this, out);
    return out;
}

void Config::validate() const {
    auto list = problems();
    if (!list.empty())
        throw ConfigError("invalid config: " + list.front());
}

Config presetConfig(const std::string& name) {
    Config c;
    // Inference variants, as the notebooks define them.
    c.GPU_COUNT = 1;
    c.IMAGES_PER_GPU = 1;
    if (name == "base") {
        c.NUM_CLASSES = 2;  // the bare base class (1) does not validate; one class + BG
        return c;
    }
    if (name == "coco") {
        c.NAME = "coco";
        c.NUM_CLASSES = 81;
        c.CLASS_NAMES = cocoClassNames();
        return c;
    }
    if (name == "shapes") {
        c.NAME = "shapes";
        c.NUM_CLASSES = 4;
        c.IMAGE_MIN_DIM = 128;
        c.IMAGE_MAX_DIM = 128;
        c.RPN_ANCHOR_SCALES = {8, 16, 32, 64, 128};
        c.TRAIN_ROIS_PER_IMAGE = 32;
        c.STEPS_PER_EPOCH = 100;
        c.VALIDATION_STEPS = 5;
        c.CLASS_NAMES = {"BG", "square", "circle", "triangle"};
        return c;
    }
    if (name == "balloon") {
        c.NAME = "balloon";
        c.NUM_CLASSES = 2;
        c.STEPS_PER_EPOCH = 100;
        c.DETECTION_MIN_CONFIDENCE = 0.9;
        c.CLASS_NAMES = {"BG", "balloon"};
        return c;
    }
    if (name == "nucleus") {
        c.NAME = "nucleus";
        c.NUM_CLASSES = 2;
        c.STEPS_PER_EPOCH = (657 - 25) / 6;
        c.VALIDATION_STEPS = std::max(1, 25 / 6);
        c.DETECTION_MIN_CONFIDENCE = 0;
        c.BACKBONE = "resnet50";
        c.IMAGE_RESIZE_MODE = "pad64";  // NucleusInferenceConfig
        c.IMAGE_MIN_DIM = 512;
        c.IMAGE_MAX_DIM = 512;
        c.IMAGE_MIN_SCALE = 2.0;
        c.RPN_ANCHOR_SCALES = {8, 16, 32, 64, 128};
        c.POST_NMS_ROIS_TRAINING = 1000;
        c.POST_NMS_ROIS_INFERENCE = 2000;
        c.RPN_NMS_THRESHOLD = 0.7;
        c.RPN_TRAIN_ANCHORS_PER_IMAGE = 64;
        c.MEAN_PIXEL = {43.53, 39.56, 48.22};
        c.TRAIN_ROIS_PER_IMAGE = 128;
        c.MAX_GT_INSTANCES = 200;
        c.DETECTION_MAX_INSTANCES = 400;
        c.CLASS_NAMES = {"BG", "nucleus"};
        return c;
    }
    throw ConfigError("unknown config preset \"" + name +
                      "\" (expected base, coco, shapes, balloon, nucleus or a .json file)");
}

std::vector<std::string> presetNames() {
    return {"base", "coco", "shapes", "balloon", "nucleus"};
}

Config configFromJson(const std::string& jsonText) {
    json root;
    try {
        root = parseJson(jsonText, "config JSON");
    } catch (const JsonError& e) {
        throw ConfigError((e.where().empty() ? "" : e.where() + ": ") + e.reason());
    }
    if (!root.is_object())
        throw ConfigError("config JSON must be an object of UPPER_CASE keys");
    Config c;
    std::map<std::string, const Field*> byName;
    for (const auto& f : fields())
        byName[f.name] = &f;
    for (auto it = root.begin(); it != root.end(); ++it) {
        const std::string& key = it.key();
        if (auto found = byName.find(key); found != byName.end()) {
            found->second->set(c, it.value());
        } else if (key == "CLASS_NAMES") {
            c.CLASS_NAMES = as<std::vector<std::string>>(it.value(), "CLASS_NAMES");
        } else if (!isDerivedKey(key)) {
            c.unknownKeys[key] = it.value().dump();
        }
    }
    // Derived keys, when present, must agree with the attributes they derive from.
    if (root.contains("BATCH_SIZE") && !root["BATCH_SIZE"].is_null() &&
        asInt(root["BATCH_SIZE"], "BATCH_SIZE") != c.batchSize())
        throw ConfigError(
            "config field BATCH_SIZE: " + root["BATCH_SIZE"].dump() +
            " disagrees with IMAGES_PER_GPU * GPU_COUNT = " + std::to_string(c.batchSize()));
    if (root.contains("IMAGE_META_SIZE") && !root["IMAGE_META_SIZE"].is_null() &&
        asInt(root["IMAGE_META_SIZE"], "IMAGE_META_SIZE") != c.imageMetaSize())
        throw ConfigError(
            "config field IMAGE_META_SIZE: " + root["IMAGE_META_SIZE"].dump() +
            " disagrees with 12 + NUM_CLASSES = " + std::to_string(c.imageMetaSize()));
    return c;
}

Config loadConfigFile(const std::string& path) {
    std::string text;
    try {
        text = readInputFile(path, kMaxConfigBytes);
    } catch (const InputFileError& e) {
        throw ConfigError("cannot read config file " + path + ": " + e.reason());
    }
    try {
        return configFromJson(text);
    } catch (const ConfigError& e) {
        throw ConfigError(path + ": " + e.what());
    }
}

std::string configToJson(const Config& config, bool withDerived, int indent) {
    json root = json::object();
    for (const auto& f : fields())
        root[f.name] = f.get(config);
    if (!config.CLASS_NAMES.empty())
        root["CLASS_NAMES"] = config.CLASS_NAMES;
    for (const auto& [k, v] : config.unknownKeys)
        root[k] = json::parse(v);
    if (withDerived) {
        root["BATCH_SIZE"] = config.batchSize();
        auto s = config.imageShape();
        root["IMAGE_SHAPE"] = {s[0], s[1], s[2]};
        root["IMAGE_META_SIZE"] = config.imageMetaSize();
    }
    return root.dump(indent);
}

void saveConfigFile(const Config& config, const std::string& path) {
    writeFileAtomically(path, configToJson(config) + "\n");
}

Config resolveConfig(const std::string& presetOrPath) {
    for (const auto& name : presetNames())
        if (name == presetOrPath)
            return presetConfig(name);
    return loadConfigFile(presetOrPath);
}

std::string configFieldRepr(const Config& config, const std::string& field) {
    if (field == "CLASS_NAMES")
        return pyStringList(config.CLASS_NAMES);
    for (const auto& f : fields())
        if (field == f.name)
            return f.repr(config);
    throw ConfigError("unknown config field " + field);
}

std::string displayConfig(const Config& config) {
    std::map<std::string, std::string> lines;  // dir() order is alphabetical
    for (const auto& f : fields())
        lines[f.name] = f.repr(config);
    if (!config.CLASS_NAMES.empty())
        lines["CLASS_NAMES"] = pyStringList(config.CLASS_NAMES);
    lines["BATCH_SIZE"] = std::to_string(config.batchSize());
    auto s = config.imageShape();
    lines["IMAGE_SHAPE"] = pyList(std::vector<int>{s[0], s[1], s[2]}, PyListStyle::NumpyArray);
    lines["IMAGE_META_SIZE"] = std::to_string(config.imageMetaSize());
    std::ostringstream out;
    out << "\nConfigurations:\n";
    for (const auto& [name, value] : lines) {
        std::string padded = name;
        if (padded.size() < 30)
            padded.resize(30, ' ');
        out << padded << " " << value << "\n";
    }
    out << "\n\n";
    return out.str();
}

}  // namespace mrcnn
