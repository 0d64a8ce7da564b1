#pragma once
// Ground truth for the open image from an annotation file (COCO, VIA, xBD JSON, or a
// nucleus-style mask folder): the reader is chosen from the file, and the image is found in
// it by file name. The ground truth carries the annotation's own class names.

#include <QString>
#include <QStringList>

#include <cstdint>
#include <optional>

#include "data/annotation_lookup.h"
#include "figures/figure_input.h"

namespace mrcnn::gui {

// nullopt with `error` set when the file cannot be read or does not mention the image.
std::optional<figures::GroundTruth> loadGroundTruthFor(const QString& annotationPath,
                                                       const QString& imagePath, QString* error);

// The image's ground truth from an annotation already read; nullopt with `missing` set to
// "<file> has no entry for <image> (N images in the file)" when it has none. `problems` gets
// what reading this image's record skipped or fixed (a mask folder's non-binary masks).
std::optional<figures::GroundTruth> groundTruthFromIndex(const AnnotationIndex& index,
                                                         const QString& imagePath, QString* missing,
                                                         QStringList* problems = nullptr);

// "Cannot read the annotation …: reason", for a reader's exception.
QString annotationError(const QString& annotationPath, const std::exception& e);

}  // namespace mrcnn::gui
