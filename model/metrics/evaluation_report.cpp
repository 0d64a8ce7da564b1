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
    return evaluationReport(
        gt, std::make_shared<const std::vector<coco::CocoAnnotation>>(detections), minScore);
}

EvaluationReport evaluationReport(
    const coco::CocoDataset& gt,
    std::shared_ptr<const std::vector<coco::CocoAnnotation>> detections, double minScore,
    std::shared_ptr<const coco::MaskOverlaps> overlaps) {
    EvaluationReport report;
    report.minScore = minScore;
    report.all = std::move(detections);
    const auto& dt = *report.all;
    if (!overlaps || !overlaps->covers(gt, dt))
        overlaps = std::make_shared<const coco::MaskOverlaps>(gt, dt);
    report.overlaps = overlaps;
    for (const auto& d : dt)
        if (d.score >= minScore)
            report.detections.push_back(&d);
    coco::EvalParams eval;
    eval.minScore = minScore;
    eval.maskOverlaps = overlaps.get();
    coco::TideParams tide;
    tide.minScore = minScore;
    tide.maskOverlaps = overlaps.get();
    // Two independent halves of about equal time (measured on 500 images × 100 detections:
    // COCO and TIDE on boxes with the original's mAP against COCO and TIDE on masks with the
    // confusion matrix), the first on a second thread.
    auto boxes = std::async(std::launch::async, [&] {
        report.coco[kBbox] = coco::evaluate(gt, dt, coco::IouType::Bbox, eval);
        report.tide[kBbox] = coco::tideErrors(gt, dt, coco::IouType::Bbox, tide);
        report.map = matterportDatasetMap(gt, dt, minScore, overlaps.get());
    });
    report.coco[kSegm] = coco::evaluate(gt, dt, coco::IouType::Segm, eval);
    report.tide[kSegm] = coco::tideErrors(gt, dt, coco::IouType::Segm, tide);
    report.confusion =
        coco::confusionMatrix(gt, dt, coco::IouType::Segm, 0.5, minScore, overlaps.get());
    boxes.get();
    for (size_t type : {kBbox, kSegm}) {
        report.stats[type] = coco::summarize(report.coco[type]).stats;
        report.perClass[type] = coco::perClassAp(report.coco[type]);
    }
    return report;
}

}  // namespace mrcnn::metrics
