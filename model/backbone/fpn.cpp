#include "backbone/fpn.h"

#include "runtime/runtime.h"

namespace mrcnn {

Fpn::Fpn(const ParamStore& params) {
    for (int k = 2; k <= 5; ++k) {
        const std::string n = std::to_string(k);
        m_lateral.push_back(foldConvBn(params, "fpn_c" + n + "p" + n, "", 1, false));
        m_smooth.push_back(foldConvBn(params, "fpn_p" + n, "", 1, true));
    }
}

std::vector<torch::Tensor> Fpn::forward(const std::vector<torch::Tensor>& c) const {
    if (c.size() != 4)
        throw std::invalid_argument("FPN needs the 4 maps C2..C5");
    // A small pyramid (P2's smoothing conv is the largest layer) runs serially as a whole.
    SerialScope serial(m_smooth[0].flops(c[0].size(0), c[0].size(2), c[0].size(3)) < kSerialFlops);
    std::vector<torch::Tensor> pre(4);
    pre[3] = m_lateral[3].forward(c[3], false);
    for (int k = 2; k >= 0; --k) {
        const auto& up = pre[k + 1];
        // UpSampling2D(2): out[i, j] = in[i // 2, j // 2].
        auto upsampled = torch::upsample_nearest2d(up, {up.size(2) * 2, up.size(3) * 2});
        auto lateral = m_lateral[k].forward(c[k], false);
        if (upsampled.sizes() != lateral.sizes())
            throw std::invalid_argument(
                "FPN level sizes do not halve exactly (image size must "
                "be divisible by 64)");
        pre[k] = lateral.add_(upsampled);
    }
    std::vector<torch::Tensor> p;
    for (int k = 0; k < 4; ++k)
        p.push_back(m_smooth[k].forward(pre[k], false));
    using torch::indexing::Slice;
    p.push_back(p[3].index({Slice(), Slice(), Slice(0, torch::indexing::None, 2),
                            Slice(0, torch::indexing::None, 2)}));
    return p;
}

}  // namespace mrcnn
