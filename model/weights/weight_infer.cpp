// Reading model sizes off a weight file (inferConfigFromWeights, `mrcnn info`).

#include <cmath>

#include "weights/layout_transform.h"
#include "weights/weight_loader.h"

namespace mrcnn {
namespace {

// Keras shape of "<layer>/…/<short>" (the inner layer for nested models), or empty.
std::vector<int64_t> kerasShape(const KerasWeightFile& file, const std::string& layer,
                                const std::string& key) {
    const KerasLayer* l = file.find(layer);
    if (l == nullptr)
        return {};
    for (const auto& w : l->weights)
        if (paramKey(l->name, w.name) == key)
            return std::vector<int64_t>(w.value.sizes().begin(), w.value.sizes().end());
    return {};
}

std::optional<int> dim(const std::vector<int64_t>& shape, size_t axis, int64_t divisor = 1) {
    if (shape.size() <= axis || shape[axis] % divisor != 0)
        return std::nullopt;
    return static_cast<int>(shape[axis] / divisor);
}

}  // namespace

WeightsFacts weightsFacts(const KerasWeightFile& file) {
    WeightsFacts facts;
    auto weighted = [&](const std::string& name) {
        const KerasLayer* l = file.find(name);
        return l != nullptr && !l->weights.empty();
    };
    if (weighted("res4w_branch2a"))
        facts.backbone = "resnet101";
    else if (weighted("res4f_branch2a"))
        facts.backbone = "resnet50";
    for (const auto& layer : file.layers)
        if (layer.name.rfind("mrcnn_mask", 0) == 0 && !layer.weights.empty())
            facts.maskHead = true;

    const auto conv1 = kerasShape(file, "conv1", "conv1/kernel");
    facts.inputChannels = dim(conv1, 2);
    // The widest layer gives the most precise width; conv1 is the fallback.
    if (auto c5 = dim(kerasShape(file, "res5a_branch2c", "res5a_branch2c/kernel"), 3))
        facts.resnetWidth = *c5 / 2048.0;
    else if (auto c1 = dim(conv1, 3))
        facts.resnetWidth = *c1 / 64.0;

    facts.numClasses = dim(kerasShape(file, "mrcnn_class_logits", "mrcnn_class_logits/kernel"), 1);
    if (!facts.numClasses)
        facts.numClasses = dim(kerasShape(file, "mrcnn_bbox_fc", "mrcnn_bbox_fc/kernel"), 1, 4);
    if (!facts.numClasses)
        facts.numClasses = dim(kerasShape(file, "mrcnn_mask", "mrcnn_mask/kernel"), 3);
    facts.pyramidSize = dim(kerasShape(file, "fpn_c5p5", "fpn_c5p5/kernel"), 3);
    const auto classConv1 = kerasShape(file, "mrcnn_class_conv1", "mrcnn_class_conv1/kernel");
    facts.fcSize = dim(classConv1, 3);
    facts.poolSize = dim(classConv1, 0);
    facts.rpnConvChannels = dim(kerasShape(file, "rpn_model", "rpn_conv_shared/kernel"), 3);
    facts.anchorsPerLocation = dim(kerasShape(file, "rpn_model", "rpn_class_raw/kernel"), 3, 2);
    facts.maskHeadChannels =
        dim(kerasShape(file, "mrcnn_mask_conv1", "mrcnn_mask_conv1/kernel"), 3);
    return facts;
}

Config inferConfigFromWeights(const KerasWeightFile& file, const Config& base) {
    const WeightsFacts facts = weightsFacts(file);
    Config config = base;
    if (facts.backbone)
        config.BACKBONE = *facts.backbone;
    if (facts.inputChannels)
        config.IMAGE_CHANNEL_COUNT = *facts.inputChannels;
    if (facts.resnetWidth)
        config.RESNET_WIDTH = *facts.resnetWidth;
    if (facts.numClasses)
        config.NUM_CLASSES = *facts.numClasses;
    if (facts.pyramidSize)
        config.TOP_DOWN_PYRAMID_SIZE = *facts.pyramidSize;
    if (facts.fcSize)
        config.FPN_CLASSIF_FC_LAYERS_SIZE = *facts.fcSize;
    if (facts.poolSize)
        config.POOL_SIZE = *facts.poolSize;
    if (facts.rpnConvChannels)
        config.RPN_CONV_CHANNELS = *facts.rpnConvChannels;
    if (facts.maskHeadChannels)
        config.MASK_HEAD_CHANNELS = *facts.maskHeadChannels;
    if (facts.anchorsPerLocation && *facts.anchorsPerLocation != base.anchorsPerLocation())
        throw WeightsError("the weights have " + std::to_string(*facts.anchorsPerLocation) +
                           " anchors per location (rpn_class_raw) but RPN_ANCHOR_RATIOS has " +
                           std::to_string(base.anchorsPerLocation()) +
                           " entries: set RPN_ANCHOR_RATIOS to the training ratios");
    // conv1 must come out of the inferred width exactly, or the width is not a single factor.
    if (auto c1 = dim(kerasShape(file, "conv1", "conv1/kernel"), 3);
        c1 && config.resnetFilters(64) != *c1)
        throw WeightsError("conv1 has " + std::to_string(*c1) + " filters, which RESNET_WIDTH " +
                           std::to_string(config.RESNET_WIDTH) +
                           " (from res5a_branch2c) does not give: not a uniformly scaled ResNet");
    return config;
}

}  // namespace mrcnn
