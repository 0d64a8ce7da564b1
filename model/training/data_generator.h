#pragma once
// The original's data_generator for training (original-conventions §4.12): batches of
// IMAGES_PER_GPU · GPU_COUNT images in a fresh random order each pass, images without
// instances skipped, more than MAX_GT_INSTANCES instances randomly subsampled, molded images
// and RPN targets for the config's anchors. Seeded: the same seed gives the same batches.

#include <torch/types.h>

#include <random>
#include <vector>

#include "config/config.h"
#include "data/dataset.h"
#include "training/image_gt.h"
#include "utils/anchors.h"

namespace mrcnn::training {

struct TrainBatch {
    torch::Tensor images;     // float32 [B, 3, H, W], mold_image (minus MEAN_PIXEL)
    std::vector<ImageGt> gt;  // per image
    torch::Tensor rpnMatch;   // int32 [B, A]
    torch::Tensor rpnBbox;    // float32 [B, RPN_TRAIN_ANCHORS_PER_IMAGE, 4]
    torch::Tensor anchors;    // float32 [A, 4] normalised, the config's anchors
    int64_t height = 0, width = 0;
};

class DataGenerator {
public:
    // Throws std::invalid_argument when the dataset has no images or its class count exceeds
    // NUM_CLASSES.
    DataGenerator(const Dataset& dataset, const Config& config, uint64_t seed,
                  FlipOptions flips = {});

    // Throws DatasetError when a whole pass finds no image with instances, and
    // std::invalid_argument when resized images differ in size within a batch.
    TrainBatch next();

    const AnchorSet& anchors() const { return m_anchors; }

private:
    const Dataset& m_dataset;
    const Config& m_config;
    FlipOptions m_flips;
    std::mt19937_64 m_rng;
    std::vector<int64_t> m_order;
    size_t m_position = 0;
    AnchorSet m_anchors;
};

}  // namespace mrcnn::training
