#pragma once
// visualize.apply_mask for a list of masks: per channel, inside the mask,
// out = out * (1 - alpha) + alpha * colour * 255, accumulated in floating point across masks
// and truncated to uint8 once at the end (masked_image.astype(uint8)).

#include <QImage>

#include <vector>

#include "render/scene.h"

namespace mrcnn::render {

QImage compositeMasks(const QImage& image, const std::vector<MaskItem>& masks);

}  // namespace mrcnn::render
