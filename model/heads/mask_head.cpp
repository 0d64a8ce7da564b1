#include "heads/mask_head.h"

namespace mrcnn {

MaskHead::MaskHead(const ParamStore& params) {
    for (int k = 1; k <= 4; ++k) {
        const std::string n = std::to_string(k);
        m_convs.push_back(foldConvBn(params, "mrcnn_mask_conv" + n, "mrcnn_mask_bn" + n, 1, true));
    }
    const auto& dw = requireParam(params, "mrcnn_mask_deconv/kernel");  // (in, out, 2, 2)
    if (dw.dim() != 4 || dw.size(2) != 2 || dw.size(3) != 2)
        throw std::invalid_argument("mrcnn_mask_deconv/kernel must be (in, out, 2, 2)");
    m_deconvOut = dw.size(1);
    m_deconvW = dw.reshape({dw.size(0), -1}).contiguous();
    m_deconvB = requireParam(params, "mrcnn_mask_deconv/bias").contiguous();
    auto mask = foldConvBn(params, "mrcnn_mask", "", 1, false);
    m_maskW = mask.weight.flatten(1).t().contiguous();
    m_maskB = mask.bias;
}

torch::Tensor MaskHead::forward(const torch::Tensor& pooled) const {
    if (pooled.dim() != 4 || pooled.size(3) != m_convs[0].weight.size(1))
        throw std::invalid_argument("mask head input must be [N, P, P, " +
                                    std::to_string(m_convs[0].weight.size(1)) + "]");
    const int64_t n = pooled.size(0), h = pooled.size(1), w = pooled.size(2);
    if (n == 0)
        return torch::zeros({0, 2 * h, 2 * w, m_maskW.size(1)});
    // NHWC data viewed as NCHW in channels-last memory (no copy when it already is).
    auto x = pooled.permute({0, 3, 1, 2}).contiguous(at::MemoryFormat::ChannelsLast);
    for (const auto& conv : m_convs)
        x = conv.forward(x, true);
    // Deconv: [N*h*w, in] @ [in, out*4] → [N, h, w, out, 2, 2] → [N, h, 2, w, 2, out].
    auto rows = toNhwc(x).view({n * h * w, -1});
    auto blocks = rows.mm(m_deconvW).view({n, h, w, m_deconvOut, 2, 2});
    auto up = blocks.permute({0, 1, 4, 2, 5, 3}).reshape({n * 4 * h * w, m_deconvOut});
    up.add_(m_deconvB).relu_();
    return torch::addmm(m_maskB, up, m_maskW).sigmoid_().view({n, 2 * h, 2 * w, -1});
}

}  // namespace mrcnn
