#include "heads/classifier_head.h"

#include "backbone/folded_conv.h"
#include "utils/graph_softmax.h"

namespace mrcnn {

ClassifierHead::ClassifierHead(const ParamStore& params) {
    auto fc1 = foldConvBn(params, "mrcnn_class_conv1", "mrcnn_class_bn1", 1, false);
    auto fc2 = foldConvBn(params, "mrcnn_class_conv2", "mrcnn_class_bn2", 1, false);
    m_pool = fc1.weight.size(2);
    m_depth = fc1.weight.size(1);
    // (out, in, kh, kw) → rows in Keras' (kh, kw, in) order, transposed for x @ W.
    m_fc1W = fc1.weight.permute({2, 3, 1, 0}).reshape({-1, fc1.weight.size(0)}).contiguous();
    m_fc1B = fc1.bias;
    m_fc2W = fc2.weight.flatten(1).t().contiguous();
    m_fc2B = fc2.bias;
    m_logitsW = requireParam(params, "mrcnn_class_logits/kernel").contiguous();
    m_logitsB = requireParam(params, "mrcnn_class_logits/bias").contiguous();
    m_bboxW = requireParam(params, "mrcnn_bbox_fc/kernel").contiguous();
    m_bboxB = requireParam(params, "mrcnn_bbox_fc/bias").contiguous();
    if (m_logitsW.dim() != 2 || m_bboxW.dim() != 2 || m_bboxW.size(0) != 4 * m_logitsW.size(0))
        throw std::invalid_argument(
            "mrcnn_bbox_fc must have 4x the outputs of "
            "mrcnn_class_logits");
}

ClassifierOutput ClassifierHead::forward(const torch::Tensor& pooled) const {
    if (pooled.dim() != 4 || pooled.size(1) != m_pool || pooled.size(2) != m_pool ||
        pooled.size(3) != m_depth)
        throw std::invalid_argument("classifier head input must be [N, " + std::to_string(m_pool) +
                                    ", " + std::to_string(m_pool) + ", " + std::to_string(m_depth) +
                                    "]");
    const int64_t n = pooled.size(0);
    auto x = torch::addmm(m_fc1B, pooled.reshape({n, m_pool * m_pool * m_depth}), m_fc1W).relu_();
    x = torch::addmm(m_fc2B, x, m_fc2W).relu_();
    ClassifierOutput out;
    out.logits = torch::linear(x, m_logitsW, m_logitsB);
    out.probs = softmaxReciprocal(out.logits);
    out.bbox = torch::linear(x, m_bboxW, m_bboxB).view({n, numClasses(), 4});
    return out;
}

}  // namespace mrcnn
