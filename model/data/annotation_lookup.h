#pragma once
// Ground truth for one image from an annotation file of any format openDataset reads (COCO,
// VIA, xBD, mask folders, shapes specs). The image is found in the file by its file name, so an
// image opened from anywhere matches its record; the inspector window and `mrcnn figure
// --annotation` share this one rule.

#include <cstdint>
#include <optional>
#include <string>

#include "data/dataset.h"

namespace mrcnn {

struct ImageAnnotation {
    std::optional<InstanceMasks> instances;  // nullopt: the file does not mention the image
    int64_t imagesInFile = 0;                // for the "not found" message
};

// Reads `annotationPath` with the images looked up next to `imagePath`; throws what the
// dataset readers throw (DatasetError, with file and reason) when the file cannot be read.
ImageAnnotation findImageAnnotation(const std::string& annotationPath,
                                    const std::string& imagePath);

}  // namespace mrcnn
