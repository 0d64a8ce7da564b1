#pragma once
// One image's detections and ground truth judged by TIDE's rules (coco/tide_errors.h): which
// detection is a true positive, which error each false positive is, which ground truth is
// missed. The image is evaluated alone, with class ids as categories, so for the same
// detections it gives exactly what the dataset evaluation's TIDE analysis says about this
// image (TIDE matches each image on its own; only the ΔAP needs the whole dataset).

#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include <torch/types.h>

#include "coco/coco_eval.h"
#include "coco/tide_errors.h"
#include "inspection/inspection.h"

namespace mrcnn::metrics {

struct DetectionVerdict {
    // False for a detection below TIDE's top maxDets of the image: it is not judged.
    bool judged = false;
    bool truePositive = false;
    bool ignored = false;  // inside a crowd region of its class (left out of the AP)
    coco::TideType error = coco::TideType::Bkg;  // when judged and not a true positive
    int64_t groundTruth = -1;  // the instance matched (TP) or aimed at (Cls, Loc, Dupe)
    double iou = 0;            // with groundTruth; Both/Bkg: the highest with any instance
};

struct GroundTruthVerdict {
    bool crowd = false;
    bool matched = false;  // a true positive took it
    bool missed = false;   // TIDE's Miss: unmatched and claimed by no Cls or Loc error
};

struct ImageErrors {
    std::vector<DetectionVerdict> detections;  // by detection index
    std::vector<GroundTruthVerdict> groundTruth;
    std::array<int64_t, 6> counts{};  // by coco::TideType, Miss included
    int64_t truePositives = 0;
};

// gtMasks bool [H, W, G] and gtClassIds [G] (negative: crowd) in the detections' pixels.
ImageErrors imageErrors(const torch::Tensor& gtMasks, const torch::Tensor& gtClassIds,
                        const Detections& detections, coco::IouType type,
                        const coco::TideParams& params = {});

}  // namespace mrcnn::metrics
