#pragma once
// The original's `Config` (mrcnn/config.py, upstream master) with the same UPPER_CASE
// names, defaults and derived values, plus three width extensions whose defaults
// reproduce the original exactly. JSON in and out uses the UPPER_CASE keys.

#include <array>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

namespace mrcnn {

// Thrown for a config that cannot be used; the message names the field.
class ConfigError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

struct Config {
    // --- base attributes, in the order of the original file ---
    std::optional<std::string> NAME;  // None in the base class
    int GPU_COUNT = 1;
    int IMAGES_PER_GPU = 2;
    int STEPS_PER_EPOCH = 1000;
    int VALIDATION_STEPS = 50;
    std::string BACKBONE = "resnet101";
    // Only meaningful with a callable backbone, which a native tool cannot load: kept as
    // given (usually null) so that round trips are lossless.
    std::optional<std::string> COMPUTE_BACKBONE_SHAPE;
    std::vector<int> BACKBONE_STRIDES = {4, 8, 16, 32, 64};
    int FPN_CLASSIF_FC_LAYERS_SIZE = 1024;
    int TOP_DOWN_PYRAMID_SIZE = 256;
    int NUM_CLASSES = 1;
    std::vector<double> RPN_ANCHOR_SCALES = {32, 64, 128, 256, 512};
    std::vector<double> RPN_ANCHOR_RATIOS = {0.5, 1, 2};
    int RPN_ANCHOR_STRIDE = 1;
    double RPN_NMS_THRESHOLD = 0.7;
    int RPN_TRAIN_ANCHORS_PER_IMAGE = 256;
    int PRE_NMS_LIMIT = 6000;
    int POST_NMS_ROIS_TRAINING = 2000;
    int POST_NMS_ROIS_INFERENCE = 1000;
    bool USE_MINI_MASK = true;
    std::array<int, 2> MINI_MASK_SHAPE = {56, 56};
    std::string IMAGE_RESIZE_MODE = "square";
    int IMAGE_MIN_DIM = 800;
    int IMAGE_MAX_DIM = 1024;
    double IMAGE_MIN_SCALE = 0;
    int IMAGE_CHANNEL_COUNT = 3;
    std::array<double, 3> MEAN_PIXEL = {123.7, 116.8, 103.9};
    int TRAIN_ROIS_PER_IMAGE = 200;
    double ROI_POSITIVE_RATIO = 0.33;
    int POOL_SIZE = 7;
    int MASK_POOL_SIZE = 14;
    std::array<int, 2> MASK_SHAPE = {28, 28};
    int MAX_GT_INSTANCES = 100;
    std::array<double, 4> RPN_BBOX_STD_DEV = {0.1, 0.1, 0.2, 0.2};
    std::array<double, 4> BBOX_STD_DEV = {0.1, 0.1, 0.2, 0.2};
    int DETECTION_MAX_INSTANCES = 100;
    double DETECTION_MIN_CONFIDENCE = 0.7;
    double DETECTION_NMS_THRESHOLD = 0.3;
    double LEARNING_RATE = 0.001;
    double LEARNING_MOMENTUM = 0.9;
    double WEIGHT_DECAY = 0.0001;
    std::map<std::string, double> LOSS_WEIGHTS = {{"rpn_class_loss", 1.0},
                                                  {"rpn_bbox_loss", 1.0},
                                                  {"mrcnn_class_loss", 1.0},
                                                  {"mrcnn_bbox_loss", 1.0},
                                                  {"mrcnn_mask_loss", 1.0}};
    bool USE_RPN_ROIS = true;
    bool TRAIN_BN = false;  // the original also allows None; stored as false
    double GRADIENT_CLIP_NORM = 5.0;

    // --- extensions (defaults reproduce the original) ---
    double RESNET_WIDTH = 1.0;             // multiplier on every ResNet filter count
    int RPN_CONV_CHANNELS = 512;           // width of rpn_conv_shared
    int MASK_HEAD_CHANNELS = 256;          // width of mrcnn_mask_conv1..4 and the deconv
    std::vector<std::string> CLASS_NAMES;  // optional display names, "BG" first

    // Keys of a loaded JSON that are not attributes of the original: kept so nothing is
    // lost on save, and reported so typos are visible.
    std::map<std::string, std::string> unknownKeys;

    // --- derived values, as the original's __init__ computes them ---
    int batchSize() const { return IMAGES_PER_GPU * GPU_COUNT; }
    std::array<int, 3> imageShape() const;  // [H, W, C]
    int imageMetaSize() const { return 1 + 3 + 3 + 4 + 1 + NUM_CLASSES; }

    // A ResNet filter count after RESNET_WIDTH: max(1, round-half-to-even(f * width)).
    int resnetFilters(int f) const;
    // Number of identity+conv blocks in stage 4: 6 for resnet50, 23 for resnet101.
    int stage4Blocks() const;
    // Name of the last stage-4 block output: res4f_out or res4w_out.
    std::string stage4OutputName() const;
    int anchorsPerLocation() const { return static_cast<int>(RPN_ANCHOR_RATIOS.size()); }
    // Python truthiness: 0 disables the confidence filter.
    bool minConfidenceEnabled() const { return DETECTION_MIN_CONFIDENCE != 0.0; }
    // Display name of a class id ("class 7" when no names are known).
    std::string className(int classId) const;

    // Throws ConfigError naming the first invalid field.
    void validate() const;
    // All problems at once, one message each; empty when valid.
    std::vector<std::string> problems() const;
};

// Presets: "base", "coco", "shapes", "balloon", "nucleus" (the inference variants, one image
// per batch, as the notebooks use them). Throws ConfigError for an unknown name.
Config presetConfig(const std::string& name);
std::vector<std::string> presetNames();

// JSON with UPPER_CASE keys. Derived keys (BATCH_SIZE, IMAGE_SHAPE, IMAGE_META_SIZE) are
// accepted on input and checked for consistency; output includes them when asked.
Config configFromJson(const std::string& jsonText);
Config loadConfigFile(const std::string& path);
std::string configToJson(const Config& config, bool withDerived = true, int indent = 1);
void saveConfigFile(const Config& config, const std::string& path);

// A preset name, or a path to a JSON file.
Config resolveConfig(const std::string& presetOrPath);

// Text like the original's config.display(): sorted attributes as "{:30} {}".
std::string displayConfig(const Config& config);
// One attribute (or CLASS_NAMES) as display shows it, e.g. "(32, 64, 128, 256, 512)";
// throws ConfigError for a name that is not an attribute.
std::string configFieldRepr(const Config& config, const std::string& field);

// "BG" and the 80 COCO classes in the original's order (the `coco` preset's CLASS_NAMES).
const std::vector<std::string>& cocoClassNames();

}  // namespace mrcnn
