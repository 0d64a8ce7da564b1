// Stages 5 and 6: proposal classification and the DetectionLayer step by step
// (inspect_model 2.a–2.c, drawn from the graph's own trace rather than a numpy re-run).

#include <QColor>

#include <random>

#include "figures/figure_builders.h"
#include "figures/tensor_qt.h"
#include "inspection/lineage.h"
#include "inspection/tensor_names.h"
#include "render/colors.h"

namespace mrcnn::figures {

namespace {

struct RoiTable {
    torch::Tensor proposalsPx;  // int32 [P, 4] molded pixels
    torch::Tensor refinedPx;    // int32 [P, 4] (detection_refined_rois, when the stage ran)
    torch::Tensor classIds;     // int64 [P] argmax class
    torch::Tensor scores;       // float [P]
    int64_t valid = 0;          // non-padding proposals
};

RoiTable roiTable(const FigureInput& in) {
    const Inspection& insp = *in.inspection;
    RoiTable t;
    auto proposals = insp.proposals.proposals.tensor();
    t.proposalsPx = toMolded(insp.proposals.proposals, insp.meta).tensor();
    auto probs = insp.classifier.probs;
    auto best = probs.max(1);
    t.scores = std::get<0>(best);
    t.classIds = std::get<1>(best);
    if (insp.detection.refinedRois.count() > 0)
        t.refinedPx = toMolded(insp.detection.refinedRois, insp.meta).tensor();
    t.valid = proposals.abs().sum(1).gt(0).sum().item<int64_t>();
    return t;
}

QString caption(const FigureInput& in, int64_t classId, float score) {
    return QString("%1 %2").arg(className(in, static_cast<int>(classId))).arg(score, 0, 'f', 3);
}

std::vector<QColor> classColors(const FigureInput& in) {
    return render::randomColors(std::max(1, in.config.NUM_CLASSES), true, in.options.seed);
}

int selectedRoi(const FigureInput& in) {
    auto l = traceLineage(*in.inspection, in.options.selectedDetection);
    return l ? static_cast<int>(l->roi) : -1;
}

render::BoxItem roiBox(const RoiTable& t, int64_t i, QColor color, bool refined) {
    auto r = boxRects(t.proposalsPx[i].unsqueeze(0))[0];
    render::BoxItem b;
    b.id = static_cast<int>(i);
    b.color = color;
    b.alpha = 1.0;
    b.box = r;
    b.style = render::LineStyle::Dotted;
    if (refined && t.refinedPx.defined())
        b.refined = boxRects(t.refinedPx[i].unsqueeze(0))[0];
    b.captionStyle = render::CaptionStyle::Boxed;
    return b;
}

}  // namespace

views::Figure proposalClassificationFigure(const FigureInput& in) {
    RoiTable t = roiTable(in);
    views::Figure f;
    f.scene = moldedScene(in);
    auto colors = classColors(in);
    // A seeded sample of the valid proposals (the notebook draws 200 random ones).
    std::vector<int64_t> ids(static_cast<size_t>(t.valid));
    std::iota(ids.begin(), ids.end(), 0);
    std::mt19937_64 rng(in.options.seed);
    std::shuffle(ids.begin(), ids.end(), rng);
    ids.resize(
        std::min<size_t>(ids.size(), static_cast<size_t>(std::max(0, in.options.proposalSample))));
    std::sort(ids.begin(), ids.end());
    int highlight = selectedRoi(in);
    for (int64_t i : ids) {
        int64_t cls = t.classIds[i].item<int64_t>();
        auto b = roiBox(t, i, colors[cls % colors.size()], false);
        if (cls > 0) {
            b.style = render::LineStyle::Solid;  // visibility 2
            b.caption = caption(in, cls, t.scores[i].item<float>());
        }
        b.tooltip =
            Figures::tr("proposal #%1: %2").arg(i).arg(caption(in, cls, t.scores[i].item<float>()));
        b.highlighted = b.id == highlight;
        f.scene.boxes.push_back(b);
    }
    auto positive = t.classIds.slice(0, 0, t.valid).gt(0);
    f.summary << logLine("proposals", in.inspection->tensor(names::kProposals))
              << logLine("probs", in.inspection->tensor(names::kMrcnnClass))
              << logLine("deltas", in.inspection->tensor(names::kMrcnnBbox))
              << trn(QT_TRANSLATE_N_NOOP("Figures", "%n valid proposal(s) out of %1"), t.valid)
                     .arg(t.proposalsPx.size(0))
              << trn(QT_TRANSLATE_N_NOOP("Figures", "%n positive ROI(s)"),
                     positive.sum().item<int64_t>())
              << trn(QT_TRANSLATE_N_NOOP("Figures",
                                         "Drawn: %n random proposal(s); background "
                                         "dotted, the rest solid with class and score"),
                     static_cast<int64_t>(ids.size()));
    auto counts = torch::bincount(t.classIds.slice(0, 0, t.valid), {}, in.config.NUM_CLASSES);
    for (int c = 0; c < in.config.NUM_CLASSES; ++c)
        if (counts[c].item<int64_t>() > 0)
            f.summary << QString("  %1 %2")
                             .arg(className(in, c).leftJustified(22))
                             .arg(counts[c].item<int64_t>());
    return f;
}

views::Figure detectionRefinementFigure(const FigureInput& in) {
    RoiTable t = roiTable(in);
    if (!t.refinedPx.defined())
        return unavailable(Figures::tr("This run kept no detection trace."));
    views::Figure f;
    f.scene = moldedScene(in);
    auto colors = classColors(in);
    // The positive ROIs, best first, up to the refinement limit.
    auto positive = t.classIds.slice(0, 0, t.valid).gt(0).nonzero().reshape({-1});
    auto order = std::get<1>(t.scores.index_select(0, positive).sort(true, 0, true));
    auto ids = positive.index_select(0, order).slice(0, 0, in.options.refinementLimit);
    int highlight = selectedRoi(in);
    for (int64_t k = 0; k < ids.size(0); ++k) {
        int64_t i = ids[k].item<int64_t>();
        int64_t cls = t.classIds[i].item<int64_t>();
        auto b = roiBox(t, i, colors[cls % colors.size()], true);
        b.caption = caption(in, cls, t.scores[i].item<float>());
        b.highlighted = b.id == highlight;
        f.scene.boxes.push_back(b);
    }
    f.summary << logLine("roi_bbox_specific", in.inspection->tensor(names::kMrcnnBbox))
              << logLine("refined_proposals", in.inspection->detection.refinedRois.tensor())
              << trn(QT_TRANSLATE_N_NOOP("Figures",
                                         "Drawn: %1 of %n positive ROI(s), proposal dotted "
                                         "→ refined box solid (class deltas × "
                                         "BBOX_STD_DEV, clipped to the window)"),
                     positive.size(0))
                     .arg(ids.size(0));
    return f;
}

views::Figure detectionFilterFigure(const FigureInput& in) {
    const Inspection& insp = *in.inspection;
    RoiTable t = roiTable(in);
    if (!t.refinedPx.defined())
        return unavailable(Figures::tr("This run kept no detection trace."));
    const auto keep = indexVector(insp.detection.keep);
    std::vector<bool> kept(static_cast<size_t>(t.proposalsPx.size(0)), false);
    for (auto k : keep)
        kept[static_cast<size_t>(k)] = true;
    views::Figure f;
    f.scene = moldedScene(in);
    auto colors = classColors(in);
    int removedLow = 0;
    QStringList keptIds, removedIds;
    for (int64_t i = 0; i < t.valid; ++i) {
        int64_t cls = t.classIds[i].item<int64_t>();
        if (cls == 0)
            continue;  // background: counted, not drawn
        float score = t.scores[i].item<float>();
        render::BoxItem b = roiBox(t, i, colors[cls % colors.size()], false);
        b.box = *roiBox(t, i, Qt::black, true).refined;
        if (kept[static_cast<size_t>(i)]) {
            b.style = render::LineStyle::Solid;
            b.caption = caption(in, cls, score);
            keptIds << QString::number(i);
        } else {
            b.color = render::faintColor();
            b.alpha = 0.5;
            b.tooltip = Figures::tr("removed: score %1 < DETECTION_MIN_CONFIDENCE %2")
                            .arg(score, 0, 'f', 3)
                            .arg(insp.detectionMinConfidence);
            ++removedLow;
            removedIds << QString::number(i);
        }
        f.scene.boxes.push_back(b);
    }
    int64_t background = t.classIds.slice(0, 0, t.valid).eq(0).sum().item<int64_t>();
    f.summary
        << Figures::tr("Background ROIs removed: %1").arg(background)
        << (insp.detectionMinConfidence > 0
                ? Figures::tr("Remove boxes below %1 confidence: %2 removed")
                      .arg(insp.detectionMinConfidence)
                      .arg(removedLow)
                : Figures::tr(
                      "DETECTION_MIN_CONFIDENCE is 0: no confidence filter (as the original)"))
        << trn(QT_TRANSLATE_N_NOOP("Figures", "Keep %n detection(s):"),
               static_cast<int64_t>(keep.size()))
        << keptIds.join(' ');
    if (!removedIds.isEmpty())
        f.summary << Figures::tr("Removed:") << removedIds.join(' ');
    return f;
}

views::Figure detectionNmsFigure(const FigureInput& in) {
    const Inspection& insp = *in.inspection;
    RoiTable t = roiTable(in);
    if (!t.refinedPx.defined())
        return unavailable(Figures::tr("This run kept no detection trace."));
    views::Figure f;
    f.scene = moldedScene(in);
    auto colors = classColors(in);
    auto refined = boxRects(t.refinedPx);
    int highlight = selectedRoi(in);
    for (const auto& cls : insp.detection.classNms) {
        QColor color = colors[cls.classId % colors.size()];
        QStringList cand, kept;
        for (auto r : indexVector(cls.inputIndices))
            cand << QString::number(r);
        const auto keptRois = indexVector(cls.kept);
        for (size_t k = 0; k < keptRois.size(); ++k) {
            int64_t r = keptRois[k];
            kept << QString::number(r);
            render::BoxItem b;
            b.id = static_cast<int>(r);
            b.box = refined[r];
            b.color = color;
            b.alpha = 1.0;
            b.style = render::LineStyle::Solid;
            b.caption = caption(in, cls.classId, t.scores[r].item<float>());
            b.captionStyle = render::CaptionStyle::Boxed;
            b.tooltip = Figures::tr("kept by NMS as #%1 of class %2")
                            .arg(k)
                            .arg(className(in, cls.classId));
            b.highlighted = b.id == highlight;
            f.scene.boxes.push_back(b);
        }
        const auto suppressed = indexVector(cls.suppressed);
        const auto suppressedBy = indexVector(cls.suppressedBy);
        for (size_t k = 0; k < suppressed.size(); ++k) {
            int64_t r = suppressed[k];
            int64_t by = k < suppressedBy.size() ? suppressedBy[k] : -1;
            render::BoxItem b;
            b.id = static_cast<int>(r);
            b.box = refined[r];
            b.color = color;
            b.alpha = 0.35;  // drawn faintly
            b.style = render::LineStyle::Dotted;
            b.lineWidth = 1;
            b.tooltip = by >= 0 ? Figures::tr("suppressed by proposal #%1 (IoU > %2)")
                                      .arg(by)
                                      .arg(insp.detectionNmsThreshold)
                                : Figures::tr("cut by DETECTION_MAX_INSTANCES");
            f.scene.boxes.push_back(b);
            if (by >= 0)
                f.scene.lines.push_back({refined[r].topLeft(), refined[by].topLeft(), color,
                                         render::LineStyle::Dotted, 1.0});
        }
        f.summary << QString("%1: %2 -> %3")
                         .arg(className(in, cls.classId).leftJustified(22))
                         .arg(cand.join(' '))
                         .arg(kept.join(' '));
    }
    f.summary << QString()
              << Figures::tr("Kept after per-class NMS: %1").arg(insp.detection.finalKeep.size(0));
    return f;
}

views::Figure detectionsFigure(const FigureInput& in) {
    const Inspection& insp = *in.inspection;
    auto det = insp.detection.detections;
    auto classes = det.select(1, 4).to(torch::kInt64);
    int64_t n = classes.gt(0).sum().item<int64_t>();
    auto boxes = toMolded(NormalizedBoxes(det.slice(0, 0, n).slice(1, 0, 4)), insp.meta);
    views::Figure f;
    f.scene = moldedScene(in);
    auto rects = boxRects(boxes);
    QStringList namesList;
    for (int64_t i = 0; i < n; ++i) {
        render::BoxItem b;
        b.id = static_cast<int>(i);
        b.box = rects[i];
        b.color = detectionRowColor(in, i);
        b.alpha = 1.0;
        b.style = render::LineStyle::Solid;
        b.caption = caption(in, classes[i].item<int64_t>(), det[i][5].item<float>());
        b.captionStyle = render::CaptionStyle::Boxed;
        b.highlighted = i == in.options.selectedDetection;
        f.scene.boxes.push_back(b);
        namesList << className(in, static_cast<int>(classes[i].item<int64_t>()));
    }
    f.summary
        << logLine("detections", insp.tensor(names::kDetections))
        << trn(QT_TRANSLATE_N_NOOP("Figures", "%n detection(s): %1"), n).arg(namesList.join(", "));
    return f;
}

}  // namespace mrcnn::figures
