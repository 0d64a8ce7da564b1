#pragma once
// The lineage of one final detection: where it came from at every stage — its anchor, the
// anchor's score and refinement, its rank in the RPN's NMS, the proposal, the classifier's
// class and score, the refined box, the per-class NMS decision (and the boxes it suppressed),
// and its place among the final detections.

#include <QStringList>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "inspection/inspection.h"

namespace mrcnn::figures {

struct Lineage {
    int detection = -1;         // index into the final detections (detect()'s order)
    int64_t detectionRow = -1;  // row of `detections` (before zero-area drops)
    int64_t roi = -1;           // proposal index (row of `proposals`, ROI of the heads)
    int64_t preNmsIndex = -1;   // index into pre_nms_anchors (the top-k order)
    int64_t anchor = -1;        // index into the anchors, -1 when the run did not keep it
    int64_t rpnNmsRank = -1;    // selection order in the RPN's NMS (= roi)
    int32_t classId = 0;
    float score = 0;
    float anchorScore = 0;                // rpn_class foreground probability of the anchor
    std::vector<int64_t> suppressedRois;  // ROIs its class NMS suppressed because of it
    int64_t classNmsRank = -1;            // its selection order in its class's NMS
    QStringList steps;                    // human-readable, one line per stage, with the numbers
};

// nullopt when `detection` is out of range. The steps name the class by `classNames` (the
// model's CLASS_NAMES, "BG" first) where it has the id, else by its number.
std::optional<Lineage> traceDetection(const Inspection& inspection, int detection,
                                      const std::vector<std::string>& classNames = {});

}  // namespace mrcnn::figures
