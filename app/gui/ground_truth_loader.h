#pragma once
// Ground truth for the open image from an annotation file (COCO, VIA, xBD JSON, or a
// nucleus-style mask folder): the reader is chosen from the file, and the image is found in
// it by file name.

#include <QString>

#include <optional>

#include "figures/figure_input.h"

namespace mrcnn::gui {

// nullopt with `error` set when the file cannot be read or does not mention the image.
std::optional<figures::GroundTruth> loadGroundTruthFor(const QString& annotationPath,
                                                       const QString& imagePath, QString* error);

}  // namespace mrcnn::gui
