#pragma once
// The lineage of one final detection, read from a run's typed stage outputs: the final
// detection → its DetectionLayer row → the proposal (ROI) → its pre-NMS entry (the RPN's
// top-k) → the anchor, with the scores, boxes and NMS decisions met on the way. Indices are
// -1 where a link is missing. The inspector words it (app/figures/lineage.cpp) and highlights
// the same boxes in every figure.

#include <cstdint>
#include <optional>
#include <vector>

#include "inspection/inspection.h"
#include "utils/box_frames.h"

namespace mrcnn {

struct DetectionLineage {
    int64_t detection = -1;     // index into the final detections (detect()'s order)
    int64_t detectionRow = -1;  // row of `detections` (before detect() drops zero-area boxes)
    int64_t roi = -1;           // proposal index: row of `proposals`, the heads' ROI
    int64_t preNmsIndex = -1;   // index into pre_nms_anchors (the RPN's top-k order)
    int64_t anchor = -1;        // index into the anchors
    int64_t preNmsCount = 0;    // entries the RPN's top-k kept

    // RPN: the anchor's objectness, its box through refinement and clipping, and the NMS.
    float anchorScore = 0;  // rpn_class foreground probability
    NormalizedBoxes anchorBox, refinedBox, clippedBox, proposalBox;  // one row each
    int64_t rpnNmsRank = -1;             // selection order in the RPN's NMS (= roi)
    std::vector<int64_t> rpnSuppressed;  // pre-NMS entries the RPN's NMS dropped for it

    // Classifier and DetectionLayer.
    int32_t classId = 0;
    float classProbability = 0;           // mrcnn_class of its class
    float backgroundProbability = 0;      // mrcnn_class of class 0
    NormalizedBoxes refinedRoi;           // after the class-specific deltas, clipped to the window
    bool passedFilters = false;           // in detection_keep (background and confidence)
    int64_t classNmsRank = -1;            // selection order in its class's NMS
    std::vector<int64_t> suppressedRois;  // ROIs its class's NMS dropped because of it
    float score = 0;                      // the final score
};

// nullopt when `detection` is not a final detection of the record.
std::optional<DetectionLineage> traceLineage(const Inspection& inspection, int64_t detection);

}  // namespace mrcnn
