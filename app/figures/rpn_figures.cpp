// Stages 3 and 4: RPN targets and the RPN's predictions step by step (inspect_model 1.a/1.b).

#include "figures/figure_builders.h"
#include "figures/ground_truth.h"
#include "figures/tensor_qt.h"
#include "inspection/lineage.h"
#include "inspection/tensor_names.h"
#include "render/colors.h"
#include "targets/rpn_targets.h"
#include "utils/boxes.h"

namespace mrcnn::figures {

namespace {

// draw_boxes with visibility 1: `boxes` dotted, `refined` solid, joined at the top-left.
void addDrawBoxes(render::Scene& scene, const std::vector<QRectF>& boxes,
                  const std::vector<QRectF>& refined, const std::vector<int>& ids, uint64_t seed,
                  int highlightId = -1) {
    const size_t n = std::max(boxes.size(), refined.size());
    auto colors = render::randomColors(static_cast<int>(n), true, seed);
    for (size_t i = 0; i < n; ++i) {
        render::BoxItem b;
        b.id = i < ids.size() ? ids[i] : static_cast<int>(i);
        b.color = colors[i];
        b.alpha = 1.0;
        if (i < boxes.size()) {
            b.box = boxes[i];
            b.style = render::LineStyle::Dotted;
            if (i < refined.size())
                b.refined = refined[i];
        } else {
            b.box = refined[i];
            b.style = render::LineStyle::Solid;
        }
        b.highlighted = highlightId >= 0 && b.id == highlightId;
        scene.boxes.push_back(b);
    }
}

std::vector<int> iota(int64_t n, int64_t start = 0) {
    std::vector<int> v(static_cast<size_t>(std::max<int64_t>(n, 0)));
    for (size_t i = 0; i < v.size(); ++i)
        v[i] = static_cast<int>(start + i);
    return v;
}

std::optional<DetectionLineage> selected(const FigureInput& in) {
    return traceLineage(*in.inspection, in.options.selectedDetection);
}

// The RPN recall lines of the notebook — done correctly: every box set in pixels.
QStringList recallLines(const FigureInput& in, const GroundTruth& gt) {
    const Inspection& insp = *in.inspection;
    QStringList lines;
    auto line = [&](const QString& label, const torch::Tensor& boxes) {
        if (gt.count() == 0 || boxes.size(0) == 0)
            return;
        auto overlaps = computeOverlaps(boxes.to(torch::kFloat64), gt.boxes.to(torch::kFloat64));
        auto best = std::get<0>(overlaps.max(1));
        auto positive = best.ge(0.7);
        auto bestGt = std::get<1>(overlaps.max(1)).masked_select(positive);
        int64_t found = bestGt.numel() ? std::get<0>(at::_unique(bestGt)).numel() : 0;
        lines << QString("%1 (%2)  Recall: %3  Positive anchors: %4")
                     .arg(label.leftJustified(18))
                     .arg(boxes.size(0), 6)
                     .arg(double(found) / gt.count(), 0, 'f', 3)
                     .arg(positive.sum().item<int64_t>());
    };
    line(Figures::tr("All anchors"), insp.anchors.pixels.tensor());
    line(Figures::tr("Refined anchors"),
         toMolded(insp.proposals.refinedAnchorsClipped, insp.meta).tensor());
    line(Figures::tr("Post-NMS proposals"),
         toMolded(insp.proposals.proposals.nonZero(), insp.meta).tensor());
    return lines;
}

}  // namespace

views::Figure rpnTargetsFigure(const FigureInput& in) {
    if (!in.groundTruth || in.groundTruth->count() == 0)
        return unavailable(noGroundTruthReason(
            in, Figures::tr("RPN targets need ground truth: open a dataset image or load an "
                            "annotation for this image.")));
    const Inspection& insp = *in.inspection;
    GroundTruth gt = moldedGroundTruth(in);
    auto anchors = insp.anchors.pixels.tensor().to(torch::kFloat64);
    RpnTargets t = buildRpnTargets({insp.meta.moldedHeight(), insp.meta.moldedWidth(), 3}, anchors,
                                   gt.classIds, gt.boxes, in.config, in.options.seed);
    auto posIdx = t.rpnMatch.eq(1).nonzero().reshape({-1});
    auto negIdx = t.rpnMatch.eq(-1).nonzero().reshape({-1});
    auto neutral = t.rpnMatch.eq(0).sum().item<int64_t>();
    auto positive = anchors.index_select(0, posIdx);
    auto std = torch::tensor({in.config.RPN_BBOX_STD_DEV[0], in.config.RPN_BBOX_STD_DEV[1],
                              in.config.RPN_BBOX_STD_DEV[2], in.config.RPN_BBOX_STD_DEV[3]},
                             torch::kFloat64);
    auto refined = applyBoxDeltas(positive, t.rpnBbox.slice(0, 0, positive.size(0)) * std);

    views::Figure f;
    f.scene = moldedScene(in);
    // Negative anchors are far too many to draw all: a few, faint grey (visibility 0).
    auto grey = render::faintColor();
    const int64_t negShown = std::min<int64_t>(negIdx.size(0), 50);
    auto negBoxes = boxRects(anchors.index_select(0, negIdx.slice(0, 0, negShown)));
    for (int64_t i = 0; i < negShown; ++i) {
        render::BoxItem b;
        b.id = static_cast<int>(negIdx[i].item<int64_t>());
        b.box = negBoxes[i];
        b.color = grey;
        b.style = render::LineStyle::Dotted;
        b.alpha = 0.5;
        b.tooltip = Figures::tr("negative anchor #%1").arg(b.id);
        f.scene.boxes.push_back(b);
    }
    std::vector<int> ids;
    for (int64_t i = 0; i < posIdx.size(0); ++i)
        ids.push_back(static_cast<int>(posIdx[i].item<int64_t>()));
    addDrawBoxes(f.scene, boxRects(positive), boxRects(refined), ids, in.options.seed);
    f.summary << logLine("target_rpn_match", t.rpnMatch) << logLine("target_rpn_bbox", t.rpnBbox)
              << logLine("positive_anchors", positive)
              << logLine("negative_anchors", anchors.index_select(0, negIdx))
              << Figures::tr("neutral anchors: %1").arg(neutral)
              << logLine("refined_anchors", refined) << QString()
              << trn(QT_TRANSLATE_N_NOOP("Figures",
                                         "Drawn: %n positive anchor(s) (dotted) with their "
                                         "refinement (solid), %1 of %2 negative "
                                         "anchors (grey)"),
                     posIdx.size(0))
                     .arg(negShown)
                     .arg(negIdx.size(0));
    return f;
}

views::Figure rpnTopAnchorsFigure(const FigureInput& in) {
    const Inspection& insp = *in.inspection;
    auto scores = insp.tensor(names::kRpnClass)[0].select(1, 1);
    int64_t n = std::min<int64_t>(in.options.topAnchors, scores.size(0));
    // stable descending order: ties keep the lower index first
    auto order =
        std::get<1>(scores.sort(/*stable=*/true, /*dim=*/0, /*descending=*/true)).slice(0, 0, n);
    auto anchors = insp.anchors.pixels.select(order).tensor();
    views::Figure f;
    f.title = Figures::tr("Top %1 anchors by objectness").arg(n);
    f.scene = moldedScene(in);
    std::vector<int> ids;
    for (int64_t i = 0; i < n; ++i)
        ids.push_back(static_cast<int>(order[i].item<int64_t>()));
    auto lin = selected(in);
    addDrawBoxes(f.scene, boxRects(anchors), {}, ids, in.options.seed, lin ? int(lin->anchor) : -1);
    for (int64_t i = 0; i < n; ++i)
        f.scene.boxes[i].tooltip = Figures::tr("anchor #%1, objectness %2")
                                       .arg(ids[i])
                                       .arg(scores[ids[i]].item<float>(), 0, 'f', 4);
    f.summary << logLine("rpn_class", insp.tensor(names::kRpnClass))
              << logLine("rpn_bbox", insp.tensor(names::kRpnBbox))
              << logLine("top_anchors", anchors);
    return f;
}

views::Figure rpnRefinementFigure(const FigureInput& in) {
    const Inspection& insp = *in.inspection;
    int64_t n = in.options.refinementLimit;
    auto pre = toMolded(insp.proposals.preNmsAnchors.first(n), insp.meta);
    auto ref = toMolded(insp.proposals.refinedAnchors.first(n), insp.meta);
    views::Figure f;
    f.scene = moldedScene(in);
    auto lin = selected(in);
    addDrawBoxes(f.scene, boxRects(pre), boxRects(ref), iota(pre.count()), in.options.seed,
                 lin ? int(lin->preNmsIndex) : -1);
    f.summary
        << logLine("pre_nms_anchors", insp.tensor(names::kPreNmsAnchors))
        << logLine("refined_anchors", insp.tensor(names::kRefinedAnchors))
        << Figures::tr(
               "Drawn: the first %1 of the top-%2 anchors (dotted) and their refinement (solid)")
               .arg(pre.count())
               .arg(insp.tensor(names::kPreNmsAnchors).size(1));
    return f;
}

views::Figure rpnClippedFigure(const FigureInput& in) {
    const Inspection& insp = *in.inspection;
    auto clipped =
        toMolded(insp.proposals.refinedAnchorsClipped.first(in.options.refinementLimit), insp.meta);
    views::Figure f;
    f.scene = moldedScene(in);
    auto lin = selected(in);
    addDrawBoxes(f.scene, {}, boxRects(clipped), iota(clipped.count()), in.options.seed,
                 lin ? int(lin->preNmsIndex) : -1);
    f.summary << logLine("refined_anchors_clipped", insp.tensor(names::kRefinedAnchorsClipped));
    return f;
}

views::Figure rpnPostNmsFigure(const FigureInput& in) {
    const Inspection& insp = *in.inspection;
    auto ix = insp.proposals.postNmsAnchorIx.to(torch::kInt64);
    auto shown = ix.slice(0, 0, std::min<int64_t>(in.options.refinementLimit, ix.size(0)));
    auto boxes = toMolded(insp.proposals.refinedAnchorsClipped.select(shown), insp.meta);
    views::Figure f;
    f.scene = moldedScene(in);
    std::vector<int> ids;
    for (int64_t i = 0; i < shown.size(0); ++i)
        ids.push_back(static_cast<int>(i));
    auto lin = selected(in);
    addDrawBoxes(f.scene, {}, boxRects(boxes), ids, in.options.seed, lin ? int(lin->roi) : -1);
    for (size_t i = 0; i < ids.size(); ++i)
        f.scene.boxes[i].tooltip =
            Figures::tr("NMS pick #%1 = pre-NMS anchor %2").arg(i).arg(shown[i].item<int64_t>());
    f.summary << logLine("post_nms_anchor_ix", insp.tensor(names::kPostNmsAnchorIx))
              << Figures::tr("Kept by NMS (IoU > %1 suppresses): %2 of %3")
                     .arg(insp.rpnNmsThreshold)
                     .arg(ix.size(0))
                     .arg(insp.tensor(names::kRefinedAnchorsClipped).size(1));
    return f;
}

views::Figure rpnProposalsFigure(const FigureInput& in) {
    const Inspection& insp = *in.inspection;
    auto proposals = insp.proposals.proposals.tensor();
    auto shown = toMolded(insp.proposals.proposals.first(in.options.refinementLimit), insp.meta);
    views::Figure f;
    f.scene = moldedScene(in);
    auto lin = selected(in);
    addDrawBoxes(f.scene, {}, boxRects(shown), iota(shown.count()), in.options.seed,
                 lin ? int(lin->roi) : -1);
    int64_t valid = proposals.abs().sum(1).gt(0).sum().item<int64_t>();
    f.summary << logLine("proposals", insp.tensor(names::kProposals))
              << trn(QT_TRANSLATE_N_NOOP("Figures",
                                         "%n valid proposal(s) out of %1 "
                                         "(POST_NMS_ROIS_INFERENCE %2)"),
                     valid)
                     .arg(proposals.size(0))
                     .arg(insp.postNmsRoisInference);
    if (in.groundTruth && in.groundTruth->count() > 0) {
        f.summary << QString() << Figures::tr("RPN recall at IoU 0.7 against the ground truth:");
        f.summary << recallLines(in, moldedGroundTruth(in));
    }
    return f;
}

}  // namespace mrcnn::figures
