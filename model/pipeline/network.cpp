#include "pipeline/network.h"

namespace mrcnn {
namespace {

std::optional<MaskHead> maybeMaskHead(const ParamStore& params) {
    // Detection-only weights carry no mrcnn_mask* layer at all.
    for (const auto& [key, value] : params.tensors)
        if (key.rfind("mrcnn_mask", 0) == 0)
            return MaskHead(params);
    return std::nullopt;
}

}  // namespace

Network::Network(const ParamStore& params, const Config& config)
    : resnet(params, config),
      fpn(params),
      rpn(params, config.RPN_ANCHOR_STRIDE),
      classifier(params),
      mask(maybeMaskHead(params)) {
    if (classifier.numClasses() != config.NUM_CLASSES)
        throw std::invalid_argument(
            "mrcnn_class_logits has " + std::to_string(classifier.numClasses()) +
            " classes, the config's NUM_CLASSES is " + std::to_string(config.NUM_CLASSES));
}

}  // namespace mrcnn
