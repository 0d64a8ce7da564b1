#pragma once
// One forward pass of the training model on a batch: the five losses of the original
// (original-conventions §4.14) and what the step sampled, for progress lines and inspection.
// ROIs come from the ProposalLayer in training mode (POST_NMS_ROIS_TRAINING), or, with
// USE_RPN_ROIS false, from generate_random_rois as the original's generator makes them.
// The mask head runs on the positive ROIs only: the loss reads nothing else, and BN statistics
// then describe the ROIs the mask head sees at inference (detections).

#include <torch/types.h>

#include <random>

#include "config/config.h"
#include "training/data_generator.h"
#include "training/train_network.h"

namespace mrcnn::training {

struct LossTerms {
    torch::Tensor rpnClass, rpnBbox, mrcnnClass, mrcnnBbox, mrcnnMask;
    // Σ LOSS_WEIGHTS[name] · loss (without the L2 term, which the trainer adds).
    torch::Tensor weightedSum(const Config& config) const;
};

struct StepStats {
    int64_t positiveRois = 0;
    int64_t negativeRois = 0;
    int64_t positiveAnchors = 0;
};

LossTerms computeLosses(const TrainNetwork& network, const TrainBatch& batch, const Config& config,
                        std::mt19937_64& rng, StepStats* stats = nullptr);

// generate_random_rois: `count` int32 pixel boxes, 90 % around the GT boxes (corners drawn in
// each box grown by its own size, clipped to the image), the rest anywhere; no empty boxes.
torch::Tensor generateRandomRois(int64_t height, int64_t width, int64_t count,
                                 const torch::Tensor& gtBoxes, std::mt19937_64& rng);

}  // namespace mrcnn::training
