#pragma once
// A convolution with its BatchNorm folded in, as used at inference (original-conventions
// §4.2: BN eps 1e-3, moving statistics). Tensors are NCHW (channels-last memory format where
// it pays); padding follows TF's 'same'/'valid' rules, including TF's asymmetric 'same'
// (the extra row/column goes bottom/right).

#include <torch/types.h>

#include <array>
#include <memory>
#include <mutex>
#include <string>

#include "runtime/conv_autotune.h"
#include "weights/param_store.h"

namespace mrcnn {

// Keras BatchNormalization default epsilon.
inline constexpr double kBatchNormEps = 1e-3;

// A parameter by key with a message that names the missing key (the store's own `at` lives in
// the weights module; this keeps the network independent of its error type).
const torch::Tensor& requireParam(const ParamStore& params, const std::string& key);

// TF padding for one axis: {before, after}. 'same': pad_total = max((ceil(n/s)-1)*s + k - n, 0),
// before = pad_total / 2. 'valid': {0, 0}.
std::array<int64_t, 2> tfPadding(int64_t size, int64_t kernel, int64_t stride, bool same);

// Below this many floating-point operations a layer (a ResNet block, the FPN, an RPN level)
// runs on one thread: on 2 cores waking the second thread for each small op costs more than
// it saves (the demo model's backbone: 2.0 ms on 1 thread, 3.6 ms on 2; a lone 75 MFLOP 3x3
// conv is about even). Measured flat between 2e7 and 2e8.
inline constexpr double kSerialFlops = 5e7;

struct FoldedConv {
    torch::Tensor weight;  // (out, in, kh, kw) float32, channels-last memory format
    torch::Tensor bias;    // (out)
    int64_t stride = 1;
    bool same = false;  // TF 'same' padding, else 'valid'

    // conv (+ optional ReLU); x is [N, in, H, W] in either memory format. Small ones run
    // serially (kSerialFlops). The path is ConvAutotune's choice when it is on, else
    // channels-last.
    torch::Tensor forward(const torch::Tensor& x, bool relu) const;
    // The convolution by one given path (the output's memory format is the path's).
    torch::Tensor forwardBy(const torch::Tensor& x, ConvPath path) const;
    ConvCall callFor(const torch::Tensor& x) const;
    // Multiply-adds × 2 for an input of n × in × h × w.
    double flops(int64_t n, int64_t h, int64_t w) const;
    int64_t outSize(int64_t size, int dim) const;  // output height (dim 2) or width (dim 3)

private:
    // The weights in NCHW, made the first time that path runs (shared by copies).
    struct NchwWeight {
        std::once_flag made;
        torch::Tensor weight;
    };
    std::shared_ptr<NchwWeight> m_nchw = std::make_shared<NchwWeight>();
    const torch::Tensor& nchwWeight() const;
};

// Conv layer `conv` ("<layer>/kernel", "<layer>/bias"), optionally followed by BN layer `bn`
// ("" for none), folded in float64 and stored as float32.
FoldedConv foldConvBn(const ParamStore& params, const std::string& conv, const std::string& bn,
                      int64_t stride, bool same);

// TF MaxPooling2D with 'same' padding: padded cells never win (pad by -inf).
torch::Tensor tfMaxPoolSame(const torch::Tensor& x, int64_t kernel, int64_t stride);

// NCHW (any memory format) → NHWC contiguous, as Keras reports feature maps.
torch::Tensor toNhwc(const torch::Tensor& x);

}  // namespace mrcnn
