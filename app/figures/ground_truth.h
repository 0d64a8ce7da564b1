#pragma once
// Ground truth for the figures from a dataset reader's instances: the boxes are recomputed from
// the masks (extract_bboxes), as the original's load_image_gt does, so every figure sees boxes
// that agree with the masks whatever the annotation file's own bbox says.

#include "data/dataset.h"
#include "figures/figure_input.h"

namespace mrcnn::figures {

GroundTruth groundTruthFromInstances(const InstanceMasks& instances);

}  // namespace mrcnn::figures
