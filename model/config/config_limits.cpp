#include "config/config_limits.h"

#include <cmath>
#include <functional>
#include <sstream>

namespace mrcnn {
namespace {

struct Bound {
    const char* key;
    double max;
    // The largest value of the attribute (lists: their largest element).
    std::function<double(const Config&)> value;
};

template <typename Vec>
double largest(const Vec& v) {
    double out = 0;
    for (auto x : v)
        out = std::max(out, static_cast<double>(x));
    return out;
}

#define MRCNN_BOUND(KEY, MAX)                                                 \
    Bound {                                                                   \
#KEY, MAX, [](const Config& c) { return static_cast<double>(c.KEY); } \
    }
#define MRCNN_LIST_BOUND(KEY, MAX)                                \
    Bound {                                                       \
#KEY, MAX, [](const Config& c) { return largest(c.KEY); } \
    }

// Generous: 10-100× the largest value the original's samples use, far below what exhausts a
// workstation (POST_NMS_ROIS_INFERENCE 20000 pools ~1 GB of ROI features).
const std::vector<Bound>& bounds() {
    static const std::vector<Bound> table = {
        MRCNN_BOUND(GPU_COUNT, 64),
        MRCNN_BOUND(IMAGES_PER_GPU, 256),
        MRCNN_BOUND(STEPS_PER_EPOCH, 100000000),
        MRCNN_BOUND(VALIDATION_STEPS, 100000000),
        MRCNN_LIST_BOUND(BACKBONE_STRIDES, 1024),
        MRCNN_BOUND(FPN_CLASSIF_FC_LAYERS_SIZE, 65536),
        MRCNN_BOUND(TOP_DOWN_PYRAMID_SIZE, 16384),
        MRCNN_BOUND(NUM_CLASSES, 100000),
        Bound{"RPN_ANCHOR_RATIOS", 64,
              [](const Config& c) { return static_cast<double>(c.RPN_ANCHOR_RATIOS.size()); }},
        MRCNN_BOUND(RPN_ANCHOR_STRIDE, 1024),
        MRCNN_BOUND(RPN_TRAIN_ANCHORS_PER_IMAGE, 100000),
        MRCNN_BOUND(PRE_NMS_LIMIT, 1000000),
        MRCNN_BOUND(POST_NMS_ROIS_TRAINING, 20000),
        MRCNN_BOUND(POST_NMS_ROIS_INFERENCE, 20000),
        MRCNN_LIST_BOUND(MINI_MASK_SHAPE, 1024),
        MRCNN_BOUND(IMAGE_MIN_DIM, 4096),
        MRCNN_BOUND(IMAGE_MAX_DIM, 4096),
        MRCNN_BOUND(IMAGE_MIN_SCALE, 100),
        MRCNN_BOUND(IMAGE_CHANNEL_COUNT, 16),
        MRCNN_BOUND(TRAIN_ROIS_PER_IMAGE, 10000),
        MRCNN_BOUND(POOL_SIZE, 64),
        MRCNN_BOUND(MASK_POOL_SIZE, 128),
        MRCNN_BOUND(MAX_GT_INSTANCES, 10000),
        MRCNN_BOUND(DETECTION_MAX_INSTANCES, 5000),
        MRCNN_BOUND(RESNET_WIDTH, 16),
        MRCNN_BOUND(RPN_CONV_CHANNELS, 16384),
        MRCNN_BOUND(MASK_HEAD_CHANNELS, 16384),
    };
    return table;
}

std::string number(double v) {
    std::ostringstream s;
    s.precision(15);
    s << v;
    return s.str();
}

}  // namespace

std::optional<double> configUpperBound(const std::string& key) {
    for (const auto& b : bounds())
        if (key == b.key)
            return b.max;
    return std::nullopt;
}

void appendLimitProblems(const Config& config, std::vector<std::string>& out) {
    for (const auto& b : bounds()) {
        const double v = b.value(config);
        if (!(v <= b.max))  // NaN too
            out.push_back(std::string(b.key) + ": " + number(v) + " is more than the limit of " +
                          number(b.max) + " (a value this large would allocate gigabytes)");
    }
}

}  // namespace mrcnn
