#include "weights/weight_stats.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace mrcnn {
namespace {

bool startsWith(const std::string& s, const std::string& prefix) {
    return s.rfind(prefix, 0) == 0;
}

bool endsWith(const std::string& s, const std::string& suffix) {
    return s.size() >= suffix.size() &&
           s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// "X/bias:0" whose layer also holds a 4-D "X/kernel:0": the bias of a convolution (the nested
// rpn_model's inner convolutions included). The original exempts these from "dead?" because a
// bias in front of a batch norm gets no gradient and keeps its initial zeros.
bool isConvolutionBias(const KerasLayer& layer, const KerasWeight& weight) {
    static const std::string kBias = "/bias:0";
    if (!endsWith(weight.name, kBias))
        return false;
    const std::string kernel =
        weight.name.substr(0, weight.name.size() - kBias.size()) + "/kernel:0";
    for (const auto& w : layer.weights)
        if (w.name == kernel)
            return w.value.dim() == 4;
    return false;
}

}  // namespace

bool TensorStats::hasAlert(const std::string& alert) const {
    for (const auto& a : alerts)
        if (a == alert)
            return true;
    return false;
}

const std::vector<std::string>& weightStages() {
    static const std::vector<std::string> stages = {"conv1", "res2", "res3",       "res4", "res5",
                                                    "fpn",   "rpn",  "classifier", "mask"};
    return stages;
}

std::string weightStage(const std::string& layerName) {
    if (layerName == "conv1" || layerName == "bn_conv1")
        return "conv1";
    for (char stage = '2'; stage <= '5'; ++stage)
        if (startsWith(layerName, std::string("res") + stage) ||
            startsWith(layerName, std::string("bn") + stage))
            return std::string("res") + stage;
    if (startsWith(layerName, "fpn_"))
        return "fpn";
    if (startsWith(layerName, "rpn_"))
        return "rpn";
    if (startsWith(layerName, "mrcnn_class_") || startsWith(layerName, "mrcnn_bbox_"))
        return "classifier";
    if (startsWith(layerName, "mrcnn_mask"))
        return "mask";
    return "other";
}

TensorStats tensorStats(const std::string& layer, const std::string& name,
                        const torch::Tensor& value, bool convolutionBias) {
    TensorStats s;
    s.layer = layer;
    s.name = name;
    s.shape = value.sizes().vec();
    const torch::Tensor data = value.detach().to(torch::kCPU, torch::kFloat32).contiguous();
    const float* v = data.data_ptr<float>();
    s.count = data.numel();

    // First pass: extremes, counts and the mean; second pass: the squared deviations (two
    // passes keep the variance exact where a sum of squares would cancel).
    double lo = std::numeric_limits<double>::infinity(), hi = -lo, sum = 0;
    int64_t finite = 0;
    for (int64_t i = 0; i < s.count; ++i) {
        const double x = v[i];
        if (std::isnan(x)) {
            ++s.nan;
        } else if (std::isinf(x)) {
            ++s.inf;
        } else {
            ++finite;
            sum += x;
            lo = std::min(lo, x);
            hi = std::max(hi, x);
        }
    }
    const double nan = std::numeric_limits<double>::quiet_NaN();
    if (finite == 0) {
        s.min = s.max = s.mean = s.stddev = nan;
    } else {
        s.min = lo;
        s.max = hi;
        s.mean = sum / static_cast<double>(finite);
        double squares = 0;
        for (int64_t i = 0; i < s.count; ++i) {
            const double x = v[i];
            if (std::isfinite(x))
                squares += (x - s.mean) * (x - s.mean);
        }
        s.stddev = std::sqrt(squares / static_cast<double>(finite));
    }

    if (finite == s.count && s.count > 0 && s.min == s.max && !convolutionBias)
        s.alerts.push_back("dead");
    if (finite > 0 && (std::abs(s.min) > 1000 || std::abs(s.max) > 1000))
        s.alerts.push_back("exploding");
    if (s.nan > 0)
        s.alerts.push_back("nan");
    if (s.inf > 0)
        s.alerts.push_back("inf");
    return s;
}

WeightStats weightStats(const KerasWeightFile& file) {
    WeightStats stats;
    std::vector<int64_t> perStage(weightStages().size() + 1, 0);  // the last slot: "other"
    for (const auto& layer : file.layers) {
        const std::string stage = weightStage(layer.name);
        size_t slot = 0;
        while (slot < weightStages().size() && weightStages()[slot] != stage)
            ++slot;
        for (const auto& w : layer.weights) {
            stats.tensors.push_back(
                tensorStats(layer.name, w.name, w.value, isConvolutionBias(layer, w)));
            perStage[slot] += stats.tensors.back().count;
            stats.totalParameters += stats.tensors.back().count;
        }
    }
    for (size_t i = 0; i < weightStages().size(); ++i)
        stats.stages.push_back({weightStages()[i], perStage[i]});
    if (perStage.back() > 0)
        stats.stages.push_back({"other", perStage.back()});
    return stats;
}

}  // namespace mrcnn
