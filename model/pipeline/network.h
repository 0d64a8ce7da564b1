#pragma once
// The dense parts of the network, built once from a ParamStore: ResNet + FPN, the shared RPN
// head, the classifier head and (when the weights have one) the mask head. Immutable after
// construction. Runs of one or several Models may be started from several threads, but they
// take turns (Model::run and rerunFrom share one process-wide lock): a run changes OpenBLAS's
// thread count, a process-wide setting (BlasThreadScope, SerialScope), and restores it after.

#include <memory>
#include <optional>

#include "backbone/fpn.h"
#include "backbone/resnet.h"
#include "config/config.h"
#include "heads/classifier_head.h"
#include "heads/mask_head.h"
#include "rpn/rpn_head.h"

namespace mrcnn {

struct Network {
    // Throws std::invalid_argument naming the first missing or malformed parameter.
    Network(const ParamStore& params, const Config& config);

    ResNet resnet;
    Fpn fpn;
    RpnHead rpn;
    ClassifierHead classifier;
    std::optional<MaskHead> mask;  // empty for detection-only weights
};

}  // namespace mrcnn
