#include "pipeline/run_options.h"

namespace mrcnn {

const char* stageName(Stage stage) {
    switch (stage) {
        case Stage::Mold:
            return "mold";
        case Stage::Backbone:
            return "backbone";
        case Stage::Rpn:
            return "rpn";
        case Stage::Proposals:
            return "proposals";
        case Stage::Classifier:
            return "classifier";
        case Stage::Detection:
            return "detection";
        case Stage::MaskHead:
            return "mask_head";
        case Stage::Unmold:
            return "unmold";
    }
    return "unknown";
}

}  // namespace mrcnn
