#pragma once
// Every number of a dataset evaluation at one minimum detection score, computed from
// detections kept down to confidence 0, as the original's COCO evaluation keeps them. Keeping
// the detections with score >= s gives exactly those of a run with DETECTION_MIN_CONFIDENCE s:
// the detection layer cuts by confidence before its per-class NMS, where a lower-scoring box
// never suppresses a higher one, and its final top-k keeps the highest scores. So a viewer can
// move the threshold and recompute everything here without running the model again.

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

#include "coco/coco_dataset.h"
#include "coco/coco_eval.h"
#include "coco/coco_summary.h"
#include "coco/confusion_matrix.h"
#include "coco/tide_errors.h"
#include "metrics/dataset_map.h"

namespace mrcnn::metrics {

// Indexes of the arrays below.
inline constexpr size_t kBbox = 0, kSegm = 1;

struct EvaluationReport {
    double minScore = 0;
    // Those with score >= minScore, in their order: pointers into `all`, which the report
    // keeps alive (a copy of 50,000 masks' runs would cost more than the metrics).
    std::vector<const coco::CocoAnnotation*> detections;
    std::shared_ptr<const std::vector<coco::CocoAnnotation>> all;
    // The mask intersections of `all` with the GT, which no threshold changes: a report at
    // another threshold of the same evaluation takes them from this one.
    std::shared_ptr<const coco::MaskOverlaps> overlaps;
    DatasetMap map;                                 // the original's per-image AP on masks
    std::array<coco::EvalResult, 2> coco;           // COCOeval, bbox and segm
    std::array<std::array<double, 12>, 2> stats{};  // summarize()
    std::array<std::vector<coco::ClassAp>, 2> perClass;
    coco::ConfusionMatrix confusion;       // masks, IoU 0.5
    std::array<coco::TideResult, 2> tide;  // TIDE errors and ΔAP, bbox and segm
};

std::vector<coco::CocoAnnotation> detectionsAtOrAbove(
    const std::vector<coco::CocoAnnotation>& detections, double minScore);

// Evaluates `detections` with score >= minScore against `gt`; bbox and segm run in parallel.
// The evaluators skip the lower scores themselves: nothing is copied. `overlaps` made from
// `gt` and `*detections` (another report's, say) saves walking the masks again; without it they
// are computed here. `gt` must outlive the report, unmoved.
EvaluationReport evaluationReport(
    const coco::CocoDataset& gt,
    std::shared_ptr<const std::vector<coco::CocoAnnotation>> detections, double minScore,
    std::shared_ptr<const coco::MaskOverlaps> overlaps = nullptr);
// The same on a copy of `detections` (the report keeps it).
EvaluationReport evaluationReport(const coco::CocoDataset& gt,
                                  const std::vector<coco::CocoAnnotation>& detections,
                                  double minScore);

}  // namespace mrcnn::metrics
