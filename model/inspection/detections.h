#pragma once
// detect()'s per-image result (MaskRCNN.detect → unmold_detections): result i is box, class,
// score and mask i. The lengths are checked once, when the value is made, so every reader can
// index the fields together.

#include <torch/types.h>

#include "utils/box_frames.h"

namespace mrcnn {

class Detections {
public:
    Detections();  // no detections
    // rois int32 [n, 4] (original pixels), classIds int32 [n], scores float32 [n]; masks bool
    // [H0, W0, n] or undefined (no mask head); rows int64 [n], the `detections` row behind
    // each result (detect() drops zero-area rows, so result i need not be row i), undefined
    // for 0..n-1. Throws std::invalid_argument, naming the fields, when the lengths differ.
    Detections(OriginalBoxes rois, torch::Tensor classIds, torch::Tensor scores,
               torch::Tensor masks = {}, torch::Tensor rows = {});

    int64_t count() const { return m_rois.count(); }
    const OriginalBoxes& rois() const { return m_rois; }
    const torch::Tensor& classIds() const { return m_classIds; }
    const torch::Tensor& scores() const { return m_scores; }
    const torch::Tensor& masks() const { return m_masks; }  // undefined without masks
    bool hasMasks() const { return m_masks.defined(); }
    const torch::Tensor& rows() const { return m_rows; }
    int64_t row(int64_t detection) const;  // the `detections` row of result `detection`

private:
    OriginalBoxes m_rois;
    torch::Tensor m_classIds, m_scores, m_masks, m_rows;
};

}  // namespace mrcnn
