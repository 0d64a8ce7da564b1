#include "training/train_network.h"

#include "backbone/folded_conv.h"
#include "training/train_layers.h"

namespace mrcnn::training {

torch::Tensor TrainNetwork::convBn(const std::string& conv, const std::string& bn,
                                   const torch::Tensor& x, int64_t stride, bool same,
                                   bool relu) const {
    auto y = tfConv(m_params, conv, x, stride, same);
    if (!bn.empty())
        y = kerasBatchNorm(m_params, bn, y, m_config.TRAIN_BN);
    return relu ? torch::relu(y) : y;
}

torch::Tensor TrainNetwork::block(const std::string& name, const torch::Tensor& x, int64_t stride,
                                  bool shortcutConv) const {
    const std::string conv = name, bn = "bn" + name.substr(3);
    auto y = convBn(conv + "_branch2a", bn + "_branch2a", x, stride, false, true);
    y = convBn(conv + "_branch2b", bn + "_branch2b", y, 1, true, true);
    y = convBn(conv + "_branch2c", bn + "_branch2c", y, 1, false, false);
    auto shortcut =
        shortcutConv ? convBn(conv + "_branch1", bn + "_branch1", x, stride, false, false) : x;
    return torch::relu(y + shortcut);
}

std::vector<torch::Tensor> TrainNetwork::features(const torch::Tensor& images) const {
    // conv1 follows ZeroPadding2D(3), hence explicit symmetric padding and 'valid'.
    auto x = torch::constant_pad_nd(images, {3, 3, 3, 3}, 0.0);
    x = convBn("conv1", "bn_conv1", x, 2, false, true);
    x = tfMaxPoolSame(x, 3, 2);
    const int blocksPerStage[4] = {3, 4, m_config.stage4Blocks(), 3};
    std::vector<torch::Tensor> c;
    for (int s = 0; s < 4; ++s) {
        const int stage = s + 2;
        for (int i = 0; i < blocksPerStage[s]; ++i) {
            const std::string name = "res" + std::to_string(stage) + static_cast<char>('a' + i);
            x = block(name, x, (i == 0 && stage > 2) ? 2 : 1, i == 0);
        }
        c.push_back(x);
    }
    std::vector<torch::Tensor> pre(4);
    pre[3] = tfConv(m_params, "fpn_c5p5", c[3], 1, false);
    for (int k = 2; k >= 0; --k) {
        const std::string n = std::to_string(k + 2);
        const auto& up = pre[k + 1];
        pre[k] = tfConv(m_params, "fpn_c" + n + "p" + n, c[k], 1, false) +
                 torch::upsample_nearest2d(up, {up.size(2) * 2, up.size(3) * 2});
    }
    std::vector<torch::Tensor> p;
    for (int k = 0; k < 4; ++k)
        p.push_back(tfConv(m_params, "fpn_p" + std::to_string(k + 2), pre[k], 1, true));
    using torch::indexing::None;
    using torch::indexing::Slice;
    // P6: MaxPooling2D(1, strides 2) of P5.
    p.push_back(p[3].index({Slice(), Slice(), Slice(0, None, 2), Slice(0, None, 2)}));
    return p;
}

RpnTrainOutput TrainNetwork::rpn(const std::vector<torch::Tensor>& pyramid) const {
    std::vector<torch::Tensor> logits, deltas;
    for (const auto& p : pyramid) {
        auto shared =
            torch::relu(tfConv(m_params, "rpn_conv_shared", p, m_config.RPN_ANCHOR_STRIDE, true));
        // NHWC flattening: row → column → anchor, as the Keras Reshape.
        logits.push_back(tfConv(m_params, "rpn_class_raw", shared, 1, false)
                             .permute({0, 2, 3, 1})
                             .reshape({p.size(0), -1, 2}));
        deltas.push_back(tfConv(m_params, "rpn_bbox_pred", shared, 1, false)
                             .permute({0, 2, 3, 1})
                             .reshape({p.size(0), -1, 4}));
    }
    return {torch::cat(logits, 1), torch::cat(deltas, 1)};
}

ClassifierTrainOutput TrainNetwork::classifier(const torch::Tensor& pooled) const {
    const int64_t n = pooled.size(0);
    // TimeDistributed BN normalises over all ROIs of the batch.
    auto x = tfConv(m_params, "mrcnn_class_conv1", pooled, 1, false).view({n, -1});
    x = torch::relu(kerasBatchNorm(m_params, "mrcnn_class_bn1", x, m_config.TRAIN_BN));
    x = torch::linear(x, requireParam(m_params, "mrcnn_class_conv2/kernel").flatten(1),
                      requireParam(m_params, "mrcnn_class_conv2/bias"));
    x = torch::relu(kerasBatchNorm(m_params, "mrcnn_class_bn2", x, m_config.TRAIN_BN));
    ClassifierTrainOutput out;
    out.logits = torch::linear(x, requireParam(m_params, "mrcnn_class_logits/kernel"),
                               requireParam(m_params, "mrcnn_class_logits/bias"));
    out.deltas = torch::linear(x, requireParam(m_params, "mrcnn_bbox_fc/kernel"),
                               requireParam(m_params, "mrcnn_bbox_fc/bias"))
                     .view({n, -1, 4});
    return out;
}

torch::Tensor TrainNetwork::maskLogits(const torch::Tensor& pooled) const {
    auto x = pooled;
    for (int k = 1; k <= 4; ++k) {
        const std::string n = std::to_string(k);
        x = convBn("mrcnn_mask_conv" + n, "mrcnn_mask_bn" + n, x, 1, true, true);
    }
    x = torch::relu(torch::conv_transpose2d(x, requireParam(m_params, "mrcnn_mask_deconv/kernel"),
                                            requireParam(m_params, "mrcnn_mask_deconv/bias"),
                                            {2, 2}));
    return tfConv(m_params, "mrcnn_mask", x, 1, false);
}

}  // namespace mrcnn::training
