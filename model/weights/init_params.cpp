#include "weights/init_params.h"

#include <ATen/CPUGeneratorImpl.h>

#include <cmath>

#include "weights/keras_h5.h"
#include "weights/layout_transform.h"
#include "weights/weight_loader.h"

namespace mrcnn {
namespace {

// Molded pixels are raw 0..255 values less MEAN_PIXEL: on photos their RMS is about 64, so
// conv1's kernel divides by it and stage 1 starts at unit scale. (In the kernel rather than in
// bn_conv1's gamma: under TRAIN_BN's batch statistics a kernel scale cancels, where a gamma of
// 1/64 would shrink stage 1.)
constexpr double kPixelScale = 64.0;
// The last BN of each residual branch: out = relu(x + g·branch(x)) multiplies the second
// moment by at most 1 + 2g² per block (the He-normal branch doubles it), so ResNet-101's
// 29 identity blocks grow it by at most (1 + 2·0.15²)^29 ≈ 3.6: about 1.9 in scale.
constexpr double kResidualBranchGain = 0.15;

bool startsWith(const std::string& s, const char* prefix) {
    return s.rfind(prefix, 0) == 0;
}
bool endsWith(const std::string& s, const char* suffix) {
    const std::string t(suffix);
    return s.size() >= t.size() && s.compare(s.size() - t.size(), t.size(), t) == 0;
}

// Gain of a convolution kernel (std = gain / sqrt(fan_in)): sqrt(2) (He) where a ReLU or a
// folded BN + ReLU follows, 1 where the output is summed into the pyramid or is a logit or a
// box delta, so those keep the scale of their input rather than doubling it each time.
double convGain(const std::string& layer) {
    if (layer == "conv1")
        return std::sqrt(2.0) / kPixelScale;
    if (startsWith(layer, "fpn_") || layer == "rpn_class_raw" || layer == "rpn_bbox_pred" ||
        layer == "mrcnn_mask")
        return 1.0;
    return std::sqrt(2.0);
}

torch::Tensor kernelValue(KerasLayerKind kind, const std::string& layer,
                          const std::vector<int64_t>& shape, at::Generator& generator) {
    const auto options = torch::TensorOptions().dtype(torch::kFloat32);
    if (kind == KerasLayerKind::Dense) {
        // Glorot uniform, as Keras' Dense default: limit sqrt(6 / (fan_in + fan_out)); the
        // class logits and box deltas come out at about the scale of the pooled features.
        const double limit = std::sqrt(6.0 / static_cast<double>(shape[0] + shape[1]));
        return torch::rand(shape, generator, options).mul_(2 * limit).sub_(limit);
    }
    // Conv2D (kh, kw, in, out): fan-in kh·kw·in. Conv2DTranspose (kh, kw, out, in): the mask
    // head's deconvolution has stride = kernel size, so each output pixel sees one tap per
    // input channel and the fan-in is `in` alone.
    const double fanIn = kind == KerasLayerKind::Conv2DTranspose
                             ? static_cast<double>(shape[3])
                             : static_cast<double>(shape[0] * shape[1] * shape[2]);
    return torch::randn(shape, generator, options).mul_(convGain(layer) / std::sqrt(fanIn));
}

// BN layers fold into their convolutions; mean 0 and variance 1 make them a plain
// per-channel scale (gamma) and shift (beta 0), and gamma carries the two gains above.
double bnGamma(const std::string& layer) {
    if (startsWith(layer, "bn") && endsWith(layer, "_branch2c"))
        return kResidualBranchGain;
    return 1.0;
}

}  // namespace

void initLayerParams(const KerasLayerSpec& layer, at::Generator& generator, ParamStore& out) {
    for (const auto& w : layer.weights) {
        const std::string shortName = shortWeightName(w.name);
        // The nested rpn_model names its weights after its inner layers.
        const std::string inner = w.name.substr(0, w.name.find('/'));
        torch::Tensor value;
        if (shortName == "kernel")
            value = kernelValue(
                layer.kind == KerasLayerKind::Model ? KerasLayerKind::Conv2D : layer.kind, inner,
                w.shape, generator);
        else if (shortName == "gamma")
            value = torch::full(w.shape, bnGamma(layer.name), torch::kFloat32);
        else if (shortName == "moving_variance")
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
