// Stage 8: this image against its ground truth — display_differences, the PR curve with its
// AP, plot_overlaps and AP over IoU 0.5:0.95, with the original's per-image metrics.

#include <cmath>

#include "figures/figure_builders.h"
#include "figures/ground_truth.h"
#include "figures/tensor_qt.h"
#include "metrics/matterport_ap.h"
#include "render/colors.h"

namespace mrcnn::figures {

namespace {

struct Comparison {
    metrics::GroundTruth gt;
    metrics::Predictions pred;
};

// Crowd regions (negative ids) have no place in the original's per-image metrics.
Comparison comparison(const FigureInput& in) {
    const GroundTruth& g = *in.groundTruth;
    auto keep = g.classIds.gt(0).nonzero().reshape({-1});
    Comparison c;
    c.gt.boxes = g.boxes.index_select(0, keep);
    c.gt.classIds = g.classIds.index_select(0, keep);
    c.gt.masks = g.masks.index_select(2, keep);
    const auto& d = in.inspection->detections;
    c.pred.boxes = d.rois().tensor();
    c.pred.classIds = d.classIds();
    c.pred.scores = d.scores();
    c.pred.masks = d.masks().defined()
                       ? d.masks()
                       : torch::zeros({g.masks.size(0), g.masks.size(1), 0}, torch::kBool);
    return c;
}

std::optional<views::Figure> needsGroundTruth(const FigureInput& in) {
    if (!in.groundTruth || in.groundTruth->count() == 0)
        return unavailable(noGroundTruthReason(
            in, Figures::tr("No ground truth for this image: open a dataset image or load an "
                            "annotation to compare.")));
    if (in.groundTruth->classIds.gt(0).sum().item<int64_t>() == 0)
        return unavailable(Figures::tr(
            "The ground truth of this image has only crowd regions, which the original's "
            "per-image metrics leave out: nothing to compare."));
    if (!in.inspection->maskHeadRan)
        return unavailable(
            Figures::tr("The original's metrics compare masks, and this model has no mask "
                        "head."));
    return std::nullopt;
}

QString number(double v, int digits) {
    return std::isnan(v) ? QStringLiteral("nan") : QString::number(v, 'f', digits);
}

QStringList apRangeLines(const Comparison& c) {
    auto r = metrics::computeApRange(c.gt, c.pred);
    QStringList lines;
    for (size_t i = 0; i < r.thresholds.size(); ++i)
        lines << QString("AP @%1:\t %2")
                     .arg(r.thresholds[i], 0, 'f', 2)
                     .arg(number(r.apPerThreshold[i], 3));
    lines << QString("AP @%1-%2:\t %3")
                 .arg(r.thresholds.front(), 0, 'f', 2)
                 .arg(r.thresholds.back(), 0, 'f', 2)
                 .arg(number(r.mean, 3));
    return lines;
}

}  // namespace

views::Figure differencesFigure(const FigureInput& in) {
    if (auto missing = needsGroundTruth(in))
        return *missing;
    Comparison c = comparison(in);
    const double iouThreshold = in.options.iouThreshold;
    // display_differences passes score_threshold 0.5 through to compute_matches, where it
    // filters candidate IoUs.
    auto m = metrics::computeMatches(c.gt, c.pred, iouThreshold, 0.5);
    views::Figure f;
    f.title = Figures::tr("Ground Truth and Detections\n GT=green, pred=red, captions: score/IoU");
    f.scene = originalScene(in);
    auto gtRects = boxRects(c.gt.boxes);
    for (size_t j = 0; j < gtRects.size(); ++j) {
        render::BoxItem b;
        b.id = 100000 + static_cast<int>(j);
        b.box = gtRects[j];
        b.color = render::groundTruthColor();
        b.style = render::LineStyle::Dashed;
        b.tooltip =
            Figures::tr("ground truth #%1 %2 — %3")
                .arg(j)
                .arg(groundTruthClassName(in, c.gt.classIds[j].item<int32_t>()))
                .arg(m.gtMatch[j] > -1 ? Figures::tr("matched") : Figures::tr("missed (FN)"));
        f.scene.boxes.push_back(b);
        render::MaskItem mk;
        mk.mask = maskImage(c.gt.masks.select(2, static_cast<int64_t>(j)));
        mk.color = render::groundTruthColor();
        f.scene.masks.push_back(mk);
    }
    auto predRects = boxRects(c.pred.boxes);
    int tp = 0;
    for (size_t k = 0; k < m.sortedOrder.size(); ++k) {
        int64_t i = m.sortedOrder[k];
        double iou = 0;
        if (m.overlaps.size(1) > 0) {
            iou = m.predMatch[k] > -1
                      ? m.overlaps[k][static_cast<int64_t>(m.predMatch[k])].item<double>()
                      : m.overlaps[k].max().item<double>();
        }
        bool matched = m.predMatch[k] > -1;
        tp += matched;
        render::BoxItem b;
        b.id = static_cast<int>(i);
        b.box = predRects[i];
        b.color = render::predictionColor();
        b.style = render::LineStyle::Dashed;
        b.caption =
            QString("%1 / %2").arg(c.pred.scores[i].item<float>(), 0, 'f', 2).arg(iou, 0, 'f', 2);
        b.tooltip = Figures::tr("%1 — %2").arg(
            className(in, c.pred.classIds[i].item<int32_t>()),
            matched ? Figures::tr("true positive") : Figures::tr("false positive"));
        b.highlighted = i == in.options.selectedDetection;
        f.scene.boxes.push_back(b);
        render::MaskItem mk;
        mk.mask = maskImage(c.pred.masks.select(2, i));
        mk.color = render::predictionColor();
        f.scene.masks.push_back(mk);
    }
    const int nGt = static_cast<int>(gtRects.size());
    const int nPred = static_cast<int>(m.sortedOrder.size());
    f.summary << classMismatch(in.config, in.groundTruth->classNames);
    f.summary << Figures::tr("At mask IoU >= %1:").arg(iouThreshold)
              << Figures::tr("True positives: %1").arg(tp)
              << Figures::tr("False positives: %1").arg(nPred - tp)
              << Figures::tr("False negatives: %1").arg(nGt - tp) << QString() << apRangeLines(c);
    return f;
}

views::Figure prCurveFigure(const FigureInput& in) {
    if (auto missing = needsGroundTruth(in))
        return *missing;
    Comparison c = comparison(in);
    auto r = metrics::computeAp(c.gt, c.pred, in.options.iouThreshold);
    views::Figure f;
    f.kind = views::FigureKind::PrCurve;
    f.pr.precisions = r.precisions;
    f.pr.recalls = r.recalls;
    f.pr.ap = r.ap;
    f.pr.iouThreshold = in.options.iouThreshold;
    f.title = Figures::tr("Precision-Recall Curve. AP@%1 = %2")
                  .arg(qRound(in.options.iouThreshold * 100))
                  .arg(number(r.ap, 3));
    QStringList p, rc;
    for (double v : r.precisions)
        p << number(v, 4);
    for (double v : r.recalls)
        rc << number(v, 4);
    f.summary << classMismatch(in.config, in.groundTruth->classNames);
    f.summary << Figures::tr("AP: %1").arg(number(r.ap, 6))
              << Figures::tr("precisions: %1").arg(p.join(' '))
              << Figures::tr("recalls: %1").arg(rc.join(' ')) << QString() << apRangeLines(c);
    return f;
}

views::Figure overlapsFigure(const FigureInput& in) {
    if (auto missing = needsGroundTruth(in))
        return *missing;
    Comparison c = comparison(in);
    auto r = metrics::computeAp(c.gt, c.pred, in.options.iouThreshold);
    views::Figure f;
    f.kind = views::FigureKind::Overlaps;
    auto& g = f.overlaps;
    g.threshold = in.options.iouThreshold;
    auto overlaps = r.matches.overlaps.to(torch::kFloat64);
    for (size_t k = 0; k < r.matches.sortedOrder.size(); ++k) {
        int64_t i = r.matches.sortedOrder[k];
        int cls = c.pred.classIds[i].item<int32_t>();
        g.predClassIds.push_back(cls);
        g.predLabels << QString("%1 (%2)")
                            .arg(className(in, cls))
                            .arg(c.pred.scores[i].item<float>(), 0, 'f', 2);
        std::vector<double> row;
        for (int64_t j = 0; j < overlaps.size(1); ++j)
            row.push_back(overlaps[k][j].item<double>());
        g.iou.push_back(row);
    }
    for (int64_t j = 0; j < c.gt.classIds.size(0); ++j) {
        int cls = c.gt.classIds[j].item<int32_t>();
        g.gtClassIds.push_back(cls);
        g.gtLabels << groundTruthClassName(in, cls);
    }
    f.summary << classMismatch(in.config, in.groundTruth->classNames);
    f.summary << Figures::tr("Rows: predictions by descending score; columns: ground truth");
    if (g.iou.empty())
        f.summary << Figures::tr("No predictions: the grid has no rows.");
    f.summary
        << Figures::tr(
               "Cells: mask IoU; \"match\" above %1 with the same class, \"wrong\" with another")
               .arg(g.threshold);
    return f;
}

}  // namespace mrcnn::figures
