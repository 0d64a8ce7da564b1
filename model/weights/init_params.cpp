#include "weights/init_params.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>

#include "weights/keras_h5.h"
#include "weights/layout_transform.h"
#include "weights/weight_loader.h"

namespace mrcnn {
namespace {

torch::Tensor kernelValue(KerasLayerKind kind, const std::vector<int64_t>& shape,
                          at::Generator& generator) {
    const auto options = torch::TensorOptions().dtype(torch::kFloat32);
    if (kind == KerasLayerKind::Dense) {
        // Glorot uniform, as Keras' Dense default: limit sqrt(6 / (fan_in + fan_out)).
        const double limit = std::sqrt(6.0 / static_cast<double>(shape[0] + shape[1]));
        return torch::rand(shape, generator, options).mul_(2 * limit).sub_(limit);
    }
    // Conv2D (kh, kw, in, out) and Conv2DTranspose (kh, kw, out, in): fan-in counts the real
    // input channels, so activations keep their scale.
    const int64_t in = kind == KerasLayerKind::Conv2DTranspose ? shape[3] : shape[2];
    const double fanIn = static_cast<double>(shape[0] * shape[1] * in);
    return torch::randn(shape, generator, options).mul_(std::sqrt(2.0 / fanIn));
}

}  // namespace

void initLayerParams(const KerasLayerSpec& layer, at::Generator& generator, ParamStore& out) {
    for (const auto& w : layer.weights) {
        const std::string shortName = shortWeightName(w.name);
        torch::Tensor value;
        if (shortName == "kernel")
            value = kernelValue(
                layer.kind == KerasLayerKind::Model ? KerasLayerKind::Conv2D : layer.kind, w.shape,
                generator);
        else if (shortName == "gamma" || shortName == "moving_variance")
            value = torch::ones(w.shape, torch::kFloat32);
        else
            value = torch::zeros(w.shape, torch::kFloat32);  // bias, beta, moving_mean
        out.tensors[paramKey(layer.name, w.name)] = kerasToTorch(layer.kind, shortName, value);
    }
}

ParamStore initParams(const Config& config, uint64_t seed) {
    at::Generator generator = at::detail::createCPUGenerator(seed);
    ParamStore out;
    for (const auto& layer : kerasLayout(config))
        initLayerParams(layer, generator, out);
    return out;
}

}  // namespace mrcnn
