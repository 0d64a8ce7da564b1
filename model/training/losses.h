#pragma once
// The original's five training losses and its L2 term (original-conventions §4.14). Each is
// a differentiable scalar; an empty selection (no positive anchors or ROIs) gives 0.

#include <torch/types.h>

#include <string>
#include <vector>

#include "config/config.h"
#include "weights/param_store.h"

namespace mrcnn::training {

// Sparse softmax cross-entropy over the anchors whose match is not 0 (target 1 for +1).
// rpnMatch int [B, A]; logits [B, A, 2].
torch::Tensor rpnClassLoss(const torch::Tensor& rpnMatch, const torch::Tensor& logits);

// Smooth-L1 between the positive anchors' predicted deltas (in anchor order) and the first
// rows of each image's target: targetBbox [B, RPN_TRAIN_ANCHORS_PER_IMAGE, 4].
torch::Tensor rpnBboxLoss(const torch::Tensor& targetBbox, const torch::Tensor& rpnMatch,
                          const torch::Tensor& deltas);

// Cross-entropy with logits, weighted by active_class_ids of the predicted (argmax) class,
// Σ loss / Σ weight. targetClassIds int64 [N]; logits [N, C]; activeClassIds float [C].
torch::Tensor mrcnnClassLoss(const torch::Tensor& targetClassIds, const torch::Tensor& logits,
                             const torch::Tensor& activeClassIds);

// Smooth-L1 on the positive ROIs' deltas for their target class. targetDeltas [N, 4];
// predicted [N, C, 4].
torch::Tensor mrcnnBboxLoss(const torch::Tensor& targetDeltas, const torch::Tensor& targetClassIds,
                            const torch::Tensor& predicted);

// Keras binary cross-entropy (sigmoid output clipped to [1e-7, 1 − 1e-7]) of the masks of the
// positive ROIs for their class, averaged over pixels. targetMasks [P, h, w] and maskLogits
// [P, C, h, w] hold the positive ROIs only; positiveClassIds int64 [P].
torch::Tensor mrcnnMaskLoss(const torch::Tensor& targetMasks, const torch::Tensor& positiveClassIds,
                            const torch::Tensor& maskLogits);

// Σ WEIGHT_DECAY · Σw² / size(w) over the given trainable weights, BN gamma and beta skipped.
torch::Tensor l2Regularization(const ParamStore& params, const std::vector<std::string>& keys,
                               double weightDecay);

// Keras smooth L1: 0.5·d² where |d| < 1, else |d| − 0.5.
torch::Tensor smoothL1(const torch::Tensor& target, const torch::Tensor& predicted);

}  // namespace mrcnn::training
