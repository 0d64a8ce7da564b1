#include "backbone/folded_conv.h"

#include <stdexcept>

#include "runtime/runtime.h"

namespace mrcnn {

const torch::Tensor& requireParam(const ParamStore& params, const std::string& key) {
    auto it = params.tensors.find(key);
    if (it == params.tensors.end())
        throw std::invalid_argument("network parameter missing: " + key);
    return it->second;
}

std::array<int64_t, 2> tfPadding(int64_t size, int64_t kernel, int64_t stride, bool same) {
    if (!same)
        return {0, 0};
    const int64_t out = (size + stride - 1) / stride;
    const int64_t total = std::max<int64_t>((out - 1) * stride + kernel - size, 0);
    return {total / 2, total - total / 2};
}

const torch::Tensor& FoldedConv::nchwWeight() const {
    std::call_once(m_nchw->made, [&] { m_nchw->weight = weight.contiguous(); });
    return m_nchw->weight;
}

ConvCall FoldedConv::callFor(const torch::Tensor& x) const {
    ConvCall call;
    call.batch = x.size(0);
    call.inChannels = x.size(1);
    call.height = x.size(2);
    call.width = x.size(3);
    call.outChannels = weight.size(0);
    call.kernelH = weight.size(2);
    call.kernelW = weight.size(3);
    call.stride = stride;
    const auto py = tfPadding(x.size(2), call.kernelH, stride, same);
    const auto px = tfPadding(x.size(3), call.kernelW, stride, same);
    call.padding = {py[0], py[1], px[0], px[1]};
    call.inputChannelsLast = !x.is_contiguous() && x.is_contiguous(at::MemoryFormat::ChannelsLast);
    return call;
}

torch::Tensor FoldedConv::forwardBy(const torch::Tensor& x, ConvPath path) const {
    const int64_t kh = weight.size(2), kw = weight.size(3);
    const auto py = tfPadding(x.size(2), kh, stride, same);
    const auto px = tfPadding(x.size(3), kw, stride, same);
    if (path == ConvPath::Subsampled) {
        if (kh != 1 || kw != 1 || stride == 1 || py[0] + py[1] + px[0] + px[1] != 0)
            throw std::invalid_argument("the subsampled path is for strided 1x1 convolutions");
        using torch::indexing::None;
        using torch::indexing::Slice;
        // A 1×1 at stride s reads every s-th pixel: those, copied out, at stride 1.
        const torch::Tensor sampled =
            x.index({Slice(), Slice(), Slice(None, None, stride), Slice(None, None, stride)})
                .contiguous(at::MemoryFormat::ChannelsLast);
        return torch::conv2d(sampled, weight, bias);
    }
    const bool channelsLast = path == ConvPath::ChannelsLast;
    const torch::Tensor input =
        channelsLast ? x.contiguous(at::MemoryFormat::ChannelsLast) : x.contiguous();
    const torch::Tensor& w = channelsLast ? weight : nchwWeight();
    if (py[0] == py[1] && px[0] == px[1])
        return torch::conv2d(input, w, bias, {stride, stride}, {py[0], px[0]});
    // Asymmetric TF 'same' (even kernel or stride > 1): zero-pad explicitly, then 'valid'.
    const torch::Tensor padded = torch::constant_pad_nd(input, {px[0], px[1], py[0], py[1]}, 0.0);
    return torch::conv2d(channelsLast ? padded.contiguous(at::MemoryFormat::ChannelsLast) : padded,
                         w, bias, {stride, stride});
}

torch::Tensor FoldedConv::forward(const torch::Tensor& x, bool relu) const {
    SerialScope serial(flops(x.size(0), x.size(2), x.size(3)) < kSerialFlops);
    ConvAutotune& tuner = ConvAutotune::instance();
    const ConvPath path = tuner.enabled()
                              ? tuner.choose(callFor(x), [&](ConvPath p) { (void)forwardBy(x, p); })
                              : ConvPath::ChannelsLast;
    torch::Tensor y = forwardBy(x, path);
    return relu ? torch::relu_(y) : y;
}

int64_t FoldedConv::outSize(int64_t size, int dim) const {
    const int64_t k = weight.size(dim);
    const auto pad = tfPadding(size, k, stride, same);
    return (size + pad[0] + pad[1] - k) / stride + 1;
}

double FoldedConv::flops(int64_t n, int64_t h, int64_t w) const {
    const double perPixel = 2.0 * static_cast<double>(weight.size(0) * weight.size(1) *
                                                      weight.size(2) * weight.size(3));
    return perPixel * static_cast<double>(n * outSize(h, 2) * outSize(w, 3));
}

FoldedConv foldConvBn(const ParamStore& params, const std::string& conv, const std::string& bn,
                      int64_t stride, bool same) {
    torch::Tensor w = requireParam(params, conv + "/kernel").to(torch::kFloat64);
    torch::Tensor b = requireParam(params, conv + "/bias").to(torch::kFloat64);
    if (w.dim() != 4 || b.dim() != 1 || b.size(0) != w.size(0))
        throw std::invalid_argument("network parameter " + conv +
                                    ": expected a conv kernel (out, in, kh, kw) and bias (out)");
    if (!bn.empty()) {
        auto gamma = requireParam(params, bn + "/gamma").to(torch::kFloat64);
        auto beta = requireParam(params, bn + "/beta").to(torch::kFloat64);
        auto mean = requireParam(params, bn + "/moving_mean").to(torch::kFloat64);
        auto var = requireParam(params, bn + "/moving_variance").to(torch::kFloat64);
        if (gamma.numel() != w.size(0))
            throw std::invalid_argument("network parameter " + bn + ": " +
                                        std::to_string(gamma.numel()) + " channels, conv " + conv +
                                        " has " + std::to_string(w.size(0)));
        auto scale = gamma / torch::sqrt(var + kBatchNormEps);
        w = w * scale.view({-1, 1, 1, 1});
        b = (b - mean) * scale + beta;
    }
    FoldedConv out;
    out.weight = w.to(torch::kFloat32).contiguous(at::MemoryFormat::ChannelsLast);
    out.bias = b.to(torch::kFloat32).contiguous();
    out.stride = stride;
    out.same = same;
    return out;
}

namespace {

// LibTorch's own padding for a TF 'same' pool axis when it gives the same windows: its padding
// counts as -inf, windows start at -before + i*stride, and ceil mode keeps a last window that
// runs past the end. Returns -1 when only explicit padding reproduces TF.
int64_t nativePoolPadding(int64_t size, int64_t kernel, int64_t stride) {
    const auto pad = tfPadding(size, kernel, stride, true);
    if (pad[0] > kernel / 2)
        return -1;
    int64_t out = (size + 2 * pad[0] - kernel + stride - 1) / stride + 1;
    if ((out - 1) * stride >= size + pad[0])
        --out;
    return out == (size + stride - 1) / stride ? pad[0] : -1;
}

}  // namespace

torch::Tensor tfMaxPoolSame(const torch::Tensor& x, int64_t kernel, int64_t stride) {
    const int64_t nativeY = nativePoolPadding(x.size(2), kernel, stride);
    const int64_t nativeX = nativePoolPadding(x.size(3), kernel, stride);
    if (nativeY >= 0 && nativeX >= 0)  // no padded copy (the COCO stem's is 67 MB)
        return torch::max_pool2d(x, {kernel, kernel}, {stride, stride}, {nativeY, nativeX}, 1,
                                 /*ceil_mode=*/true);
    const auto py = tfPadding(x.size(2), kernel, stride, true);
    const auto px = tfPadding(x.size(3), kernel, stride, true);
    const double negInf = -std::numeric_limits<double>::infinity();
    auto padded = torch::constant_pad_nd(x, {px[0], px[1], py[0], py[1]}, negInf);
    return torch::max_pool2d(padded, {kernel, kernel}, {stride, stride});
}

torch::Tensor toNhwc(const torch::Tensor& x) {
    return x.permute({0, 2, 3, 1}).contiguous();
}

}  // namespace mrcnn
