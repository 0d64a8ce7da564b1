#pragma once
// Differentiable building blocks of the training graph (original-conventions §4.14): TF
// 'same' convolutions, Keras BatchNormalization in either mode, and PyramidROIAlign with
// gradients to the feature maps (the original stops the gradient to the boxes).
// The inference network folds BN into the convolutions; training keeps every Keras weight
// as its own tensor so gradients land on the names a checkpoint stores.

#include <torch/types.h>

#include <string>
#include <vector>

#include "weights/param_store.h"

namespace mrcnn::training {

// Keras BatchNormalization: momentum 0.99 (LibTorch counts the other way), epsilon 1e-3.
inline constexpr double kBnMomentum = 0.01;
inline constexpr double kBnEps = 1e-3;

// Conv2D "<layer>/kernel" (out, in, kh, kw) + "<layer>/bias" with TF padding; x is NCHW.
torch::Tensor tfConv(const ParamStore& params, const std::string& layer, const torch::Tensor& x,
                     int64_t stride, bool same);

// BatchNormalization "<layer>/{gamma,beta,moving_mean,moving_variance}" over axis 1.
// batchStatistics = the original's training=TRAIN_BN: batch mean/variance, moving averages
// updated in place; otherwise the moving statistics (gamma and beta still learn).
torch::Tensor kerasBatchNorm(const ParamStore& params, const std::string& layer,
                             const torch::Tensor& x, bool batchStatistics);

// tf.image.crop_and_resize (bilinear, corner-aligned, extrapolation 0) of one feature map
// [C, H, W] at boxes [N, 4] normalised (y1, x1, y2, x2), differentiable in the feature map.
// Returns [N, C, P, P].
torch::Tensor cropAndResizeDifferentiable(const torch::Tensor& featureChw,
                                          const torch::Tensor& boxes, int64_t poolSize);

// PyramidROIAlign for a batch: boxes[b] are image b's [N_b, 4] normalised boxes; each box is
// cut from its level (roiLevels) of featureMaps (P2..P5, [B, C, h, w]). Returns
// [ΣN_b, C, P, P] in image order, then box order.
torch::Tensor pyramidRoiAlignDifferentiable(const std::vector<torch::Tensor>& boxes,
                                            const std::vector<torch::Tensor>& featureMaps,
                                            int64_t imageHeight, int64_t imageWidth,
                                            int64_t poolSize);

}  // namespace mrcnn::training
