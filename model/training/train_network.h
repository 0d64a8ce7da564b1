#pragma once
// The dense parts of the original's training model, differentiable, reading the Keras-named
// tensors of a ParamStore (which the trainer marks trainable by layer): ResNet + FPN, the
// shared RPN head, the classifier head and the mask head. Same structure and layer names as
// the inference Network (pipeline/network.h), without BN folding. BatchNorm layers use batch
// statistics when config.TRAIN_BN is set, as the original's training=TRAIN_BN.

#include <torch/types.h>

#include <vector>

#include "config/config.h"
#include "weights/param_store.h"

namespace mrcnn::training {

struct RpnTrainOutput {
    torch::Tensor logits;  // [B, A, 2]
    torch::Tensor deltas;  // [B, A, 4]
};

struct ClassifierTrainOutput {
    torch::Tensor logits;  // [N, NUM_CLASSES]
    torch::Tensor deltas;  // [N, NUM_CLASSES, 4]
};

class TrainNetwork {
public:
    TrainNetwork(const ParamStore& params, const Config& config)
        : m_params(params), m_config(config) {}

    // Molded images [B, 3, H, W] → P2..P6, each [B, TOP_DOWN_PYRAMID_SIZE, h, w].
    std::vector<torch::Tensor> features(const torch::Tensor& images) const;
    // rpn_model over P2..P6, anchors in the original's order (level, row, column, ratio).
    RpnTrainOutput rpn(const std::vector<torch::Tensor>& pyramid) const;
    // fpn_classifier_graph on pooled ROIs [N, C, POOL_SIZE, POOL_SIZE].
    ClassifierTrainOutput classifier(const torch::Tensor& pooled) const;
    // build_fpn_mask_graph on pooled ROIs [N, C, 14, 14], before the sigmoid: [N, classes, 28, 28].
    torch::Tensor maskLogits(const torch::Tensor& pooled) const;

private:
    torch::Tensor convBn(const std::string& conv, const std::string& bn, const torch::Tensor& x,
                         int64_t stride, bool same, bool relu) const;
    torch::Tensor block(const std::string& name, const torch::Tensor& x, int64_t stride,
                        bool shortcutConv) const;

    const ParamStore& m_params;
    const Config& m_config;
};

}  // namespace mrcnn::training
