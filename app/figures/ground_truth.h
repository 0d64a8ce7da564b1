#pragma once
// Ground truth for the figures from a dataset reader's instances: the boxes are recomputed from
// the masks (extract_bboxes), as the original's load_image_gt does, so every figure sees boxes
// that agree with the masks whatever the annotation file's own bbox says. The annotation's own
// class names travel with it, and classMismatch() says where they disagree with the model's.

#include <QStringList>

#include <string>
#include <vector>

#include "config/config.h"
#include "data/annotation_lookup.h"
#include "data/dataset.h"
#include "figures/figure_input.h"

namespace mrcnn::figures {

GroundTruth groundTruthFromInstances(const InstanceMasks& instances,
                                     std::vector<std::string> classNames = {},
                                     std::string source = {});
// nullopt when the annotation does not mention the image.
std::optional<GroundTruth> groundTruthFromAnnotation(const ImageAnnotation& found,
                                                     const std::string& source);

// The name of a ground-truth class: the annotation's, else the model's (crowds, negative ids,
// by their class).
QString groundTruthClassName(const FigureInput& input, int classId);

// Why a figure that needs ground truth has none: that the image's ground truth has no
// instances, what the loaded annotation says about this image ("no ground truth for this
// image"), else `hint` (or a generic one when empty).
QString noGroundTruthReason(const FigureInput& input, const QString& hint = {});

// Lines for the summary when the model and the annotation do not mean the same classes by the
// same ids: a different class count, or the same id with another name. Empty when they agree
// or when either side has no names to compare.
QStringList classMismatch(const Config& config, const std::vector<std::string>& annotationNames);

}  // namespace mrcnn::figures
