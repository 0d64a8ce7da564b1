#include "figures/ground_truth.h"

#include "utils/boxes.h"

namespace mrcnn::figures {

GroundTruth groundTruthFromInstances(const InstanceMasks& instances) {
    GroundTruth gt;
    gt.masks = instances.masks;
    gt.classIds = instances.classIds;
    gt.boxes = extractBboxes(instances.masks);
    return gt;
}

}  // namespace mrcnn::figures
