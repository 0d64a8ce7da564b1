#pragma once
// The lineage of one final detection in words: model/inspection computes the chain (anchor,
// its score and refinement, its rank in the RPN's NMS, the proposal, the classifier's class
// and score, the refined box, the per-class NMS decision and the boxes it suppressed, its
// place among the final detections); this adds one translated line per stage.

#include <QStringList>

#include <optional>
#include <string>
#include <vector>

#include "inspection/inspection.h"
#include "inspection/lineage.h"

namespace mrcnn::figures {

struct Lineage : DetectionLineage {
    QStringList steps;  // human-readable, one line per stage, with the numbers
};

// nullopt when `detection` is out of range. The steps name the class by `classNames` (the
// model's CLASS_NAMES, "BG" first) where it has the id, else by its number.
std::optional<Lineage> traceDetection(const Inspection& inspection, int detection,
                                      const std::vector<std::string>& classNames = {});

}  // namespace mrcnn::figures
