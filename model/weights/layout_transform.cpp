#include "weights/layout_transform.h"

#include <array>

#include "weights/keras_h5.h"

namespace mrcnn {
namespace {

struct Rule {
    KerasLayerKind kind;
    const char* keras;             // short Keras weight name
    const char* torch;             // LibTorch parameter/buffer name
    std::vector<int64_t> toTorch;  // permutation Keras -> LibTorch; empty = unchanged
    std::vector<int64_t> toKeras;  // its inverse
};

const std::vector<Rule>& rules() {
    using K = KerasLayerKind;
    static const std::vector<Rule> table = {
        {K::Conv2D, "kernel", "weight", {3, 2, 0, 1}, {2, 3, 1, 0}},
        {K::Conv2D, "bias", "bias", {}, {}},
        {K::Conv2DTranspose, "kernel", "weight", {3, 2, 0, 1}, {2, 3, 1, 0}},
        {K::Conv2DTranspose, "bias", "bias", {}, {}},
        {K::Dense, "kernel", "weight", {1, 0}, {1, 0}},
        {K::Dense, "bias", "bias", {}, {}},
        {K::BatchNorm, "gamma", "weight", {}, {}},
        {K::BatchNorm, "beta", "bias", {}, {}},
        {K::BatchNorm, "moving_mean", "running_mean", {}, {}},
        {K::BatchNorm, "moving_variance", "running_var", {}, {}},
    };
    return table;
}

const char* kindName(KerasLayerKind kind) {
    switch (kind) {
        case KerasLayerKind::Conv2D:
            return "Conv2D";
        case KerasLayerKind::Conv2DTranspose:
            return "Conv2DTranspose";
        case KerasLayerKind::Dense:
            return "Dense";
        case KerasLayerKind::BatchNorm:
            return "BatchNormalization";
        case KerasLayerKind::Model:
            return "Model";
        case KerasLayerKind::None:
            return "unweighted layer";
    }
    return "?";
}

const Rule& findRule(KerasLayerKind kind, const std::string& shortName) {
    // The only nested model (rpn_model) consists of Conv2D layers.
    const KerasLayerKind k = kind == KerasLayerKind::Model ? KerasLayerKind::Conv2D : kind;
    for (const auto& rule : rules())
        if (rule.kind == k && shortName == rule.keras)
            return rule;
    throw WeightsError(std::string("no layout rule for weight '") + shortName + "' of a " +
                       kindName(kind) + " layer");
}

torch::Tensor apply(const Rule& rule, const std::vector<int64_t>& perm, const torch::Tensor& t) {
    if (perm.empty())
        return t.contiguous();
    if (t.dim() != static_cast<int64_t>(perm.size()))
        throw WeightsError(std::string("weight '") + rule.keras + "' has rank " +
                           std::to_string(t.dim()) + ", expected " + std::to_string(perm.size()));
    return t.permute(perm).contiguous();
}

}  // namespace

std::string shortWeightName(const std::string& weightName) {
    const size_t slash = weightName.rfind('/');
    std::string name = slash == std::string::npos ? weightName : weightName.substr(slash + 1);
    const size_t colon = name.rfind(':');
    if (colon != std::string::npos)
        name.resize(colon);
    return name;
}

std::string paramKey(const std::string& layerName, const std::string& weightName) {
    const size_t last = weightName.rfind('/');
    if (last == std::string::npos || weightName.substr(0, weightName.find('/')) == layerName)
        return layerName + "/" + shortWeightName(weightName);
    // A nested model names its weights after the inner layer, not after itself.
    const size_t prev = last == 0 ? std::string::npos : weightName.rfind('/', last - 1);
    const size_t begin = prev == std::string::npos ? 0 : prev + 1;
    return weightName.substr(begin, last - begin) + "/" + shortWeightName(weightName);
}

torch::Tensor kerasToTorch(KerasLayerKind kind, const std::string& shortName,
                           const torch::Tensor& keras) {
    const Rule& rule = findRule(kind, shortName);
    return apply(rule, rule.toTorch, keras);
}

torch::Tensor torchToKeras(KerasLayerKind kind, const std::string& shortName,
                           const torch::Tensor& torchValue) {
    const Rule& rule = findRule(kind, shortName);
    return apply(rule, rule.toKeras, torchValue);
}

std::vector<int64_t> torchShape(KerasLayerKind kind, const std::string& shortName,
                                const std::vector<int64_t>& kerasShape) {
    const Rule& rule = findRule(kind, shortName);
    if (rule.toTorch.empty())
        return kerasShape;
    if (kerasShape.size() != rule.toTorch.size())
        throw WeightsError(std::string("weight '") + shortName + "' has rank " +
                           std::to_string(kerasShape.size()) + ", expected " +
                           std::to_string(rule.toTorch.size()));
    std::vector<int64_t> out;
    for (int64_t axis : rule.toTorch)
        out.push_back(kerasShape[static_cast<size_t>(axis)]);
    return out;
}

std::string torchParameterName(KerasLayerKind kind, const std::string& shortName) {
    return findRule(kind, shortName).torch;
}

}  // namespace mrcnn
