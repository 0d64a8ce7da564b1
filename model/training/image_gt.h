#pragma once
// load_image_gt (original-conventions §4.12): an image of a dataset resized as the config
// says, with its instances' class ids, pixel boxes and (mini) masks, optionally flipped.
// Instances whose mask is empty after resizing are dropped; boxes come from the masks.

#include <torch/types.h>

#include <array>
#include <random>

#include "config/config.h"
#include "data/dataset.h"

namespace mrcnn::training {

// Random flips, each with probability 0.5 (the original's `augment` is the horizontal one;
// vertical flips are the imgaug Flipud it allows). Shapes and masks flip together.
struct FlipOptions {
    bool horizontal = false;
    bool vertical = false;
};

struct ImageGt {
    int64_t imageId = 0;
    torch::Tensor image;           // uint8 [H, W, 3] after resize_image (not mean-subtracted)
    torch::Tensor classIds;        // int32 [N]
    torch::Tensor boxes;           // int32 [N, 4] pixels (y1, x1, y2, x2), y2/x2 exclusive
    torch::Tensor masks;           // bool [h, w, N]: MINI_MASK_SHAPE or the image size
    torch::Tensor activeClassIds;  // float32 [NUM_CLASSES]: 1 for the classes of its source
    std::array<int64_t, 4> window{};
    double scale = 1.0;
};

// rng drives the flips and crop-mode offsets (nullptr: no flips, seed 0 for crops).
ImageGt loadImageGt(const Dataset& dataset, const Config& config, int64_t imageId,
                    const FlipOptions& flips, bool useMiniMask, std::mt19937_64* rng);

}  // namespace mrcnn::training
