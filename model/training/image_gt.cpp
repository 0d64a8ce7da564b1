#include "training/image_gt.h"

#include "utils/boxes.h"
#include "utils/image_ops.h"

namespace mrcnn::training {

ImageGt loadImageGt(const Dataset& dataset, const Config& config, int64_t imageId,
                    const FlipOptions& flips, bool useMiniMask, std::mt19937_64* rng) {
    auto image = dataset.loadImage(imageId);
    auto instances = dataset.loadMask(imageId);
    const uint64_t cropSeed = rng ? (*rng)() : 0;
    auto resized =
        resizeImage(image, config.IMAGE_MIN_DIM, config.IMAGE_MAX_DIM, config.IMAGE_MIN_SCALE,
                    config.IMAGE_RESIZE_MODE, std::nullopt, cropSeed);
    torch::Tensor masks =
        instances.count() > 0
            ? resizeMask(instances.masks, resized.scale, resized.padding, resized.crop)
            : torch::zeros({resized.image.size(0), resized.image.size(1), 0}, torch::kBool);
    torch::Tensor classIds = instances.count() > 0 ? instances.classIds.to(torch::kInt32)
                                                   : torch::zeros({0}, torch::kInt32);
    ImageGt gt;
    gt.imageId = imageId;
    gt.image = resized.image;
    if (rng && flips.horizontal && ((*rng)() & 1)) {
        gt.image = gt.image.flip({1});
        masks = masks.flip({1});
    }
    if (rng && flips.vertical && ((*rng)() & 1)) {
        gt.image = gt.image.flip({0});
        masks = masks.flip({0});
    }
    gt.image = gt.image.contiguous();
    // Resizing or cropping can empty a mask; its instance goes.
    auto kept = masks.any(1).any(0).nonzero().select(1, 0);
    masks = masks.index_select(2, kept).contiguous();
    gt.classIds = classIds.index_select(0, kept);
    gt.boxes = extractBboxes(masks);
    gt.masks = useMiniMask ? minimizeMask(gt.boxes, masks,
                                          {config.MINI_MASK_SHAPE[0], config.MINI_MASK_SHAPE[1]})
                           : masks;
    gt.activeClassIds = torch::zeros({config.NUM_CLASSES}, torch::kFloat32);
    const std::string& source = dataset.imageInfo(imageId).source;
    for (int64_t id : dataset.sourceClassIds(source))
        if (id < config.NUM_CLASSES)
            gt.activeClassIds[id] = 1.0f;
    gt.window = resized.window;
    gt.scale = resized.scale;
    return gt;
}

}  // namespace mrcnn::training
