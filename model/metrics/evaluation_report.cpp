#include "metrics/evaluation_report.h"

#include <future>

namespace mrcnn::metrics {

std::vector<coco::CocoAnnotation> detectionsAtOrAbove(
    const std::vector<coco::CocoAnnotation>& detections, double minScore) {
    std::vector<coco::CocoAnnotation> kept;
    kept.reserve(detections.size());
    for (const auto& d : detections)
        if (d.score >= minScore)
            kept.push_back(d);
    return kept;
}

EvaluationReport evaluationReport(const coco::CocoDataset& gt,
                                  const std::vector<coco::CocoAnnotation>& detections,
                                  double minScore) {
    EvaluationReport report;
    report.minScore = minScore;
    report.detections = detectionsAtOrAbove(detections, minScore);
    const auto& dt = report.detections;
    // The box half on a second thread: the two halves are independent and about equal.
    auto boxes = std::async(std::launch::async, [&] {
        report.coco[kBbox] = coco::evaluate(gt, dt, coco::IouType::Bbox);
        report.tide[kBbox] = coco::tideErrors(gt, dt, coco::IouType::Bbox);
    });
    report.coco[kSegm] = coco::evaluate(gt, dt, coco::IouType::Segm);
    report.tide[kSegm] = coco::tideErrors(gt, dt, coco::IouType::Segm);
    report.confusion = coco::confusionMatrix(gt, dt, coco::IouType::Segm);
    report.map = matterportDatasetMap(gt, dt);
    boxes.get();
    for (size_t type : {kBbox, kSegm}) {
        report.stats[type] = coco::summarize(report.coco[type]).stats;
        report.perClass[type] = coco::perClassAp(report.coco[type]);
    }
    return report;
}

}  // namespace mrcnn::metrics
