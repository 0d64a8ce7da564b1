#include "rpn/rpn_head.h"

#include "runtime/runtime.h"
#include "utils/graph_softmax.h"

namespace mrcnn {

RpnHead::RpnHead(const ParamStore& params, int anchorStride) {
    if (anchorStride < 1)
        throw std::invalid_argument("RPN_ANCHOR_STRIDE must be >= 1");
    m_shared = foldConvBn(params, "rpn_conv_shared", "", anchorStride, true);
    m_class = foldConvBn(params, "rpn_class_raw", "", 1, false);
    m_bbox = foldConvBn(params, "rpn_bbox_pred", "", 1, false);
    if (m_class.weight.size(0) * 2 != m_bbox.weight.size(0))
        throw std::invalid_argument(
            "rpn_class_raw and rpn_bbox_pred disagree on anchors per "
            "location");
}

RpnOutput RpnHead::forward(const std::vector<torch::Tensor>& featureMaps) const {
    if (featureMaps.empty())
        throw std::invalid_argument("RPN needs at least one feature map");
    std::vector<torch::Tensor> logits, deltas;
    for (const auto& p : featureMaps) {
        // A small level runs serially: the convs and the copies.
        SerialScope serial(m_shared.flops(p.size(0), p.size(2), p.size(3)) < kSerialFlops);
        auto shared = m_shared.forward(p, true);
        // NHWC then [1, h*w*A, k]: row → column → anchor, anchor-major channels.
        logits.push_back(toNhwc(m_class.forward(shared, false)).view({p.size(0), -1, 2}));
        deltas.push_back(toNhwc(m_bbox.forward(shared, false)).view({p.size(0), -1, 4}));
    }
    RpnOutput out;
    out.classLogits = torch::cat(logits, 1);
    out.classProbs = softmaxDivide(out.classLogits);
    out.bbox = torch::cat(deltas, 1);
    return out;
}

}  // namespace mrcnn
