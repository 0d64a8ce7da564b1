#include "figures/lineage.h"

#include <QCoreApplication>

#include "inspection/tensor_names.h"

namespace mrcnn::figures {

namespace {
QString tr(const char* s) {
    return QCoreApplication::translate("Lineage", s);
}

QString boxText(const torch::Tensor& row) {
    auto r = row.to(torch::kFloat64);
    return QString("(%1, %2, %3, %4)")
        .arg(r[0].item<double>(), 0, 'f', 4)
        .arg(r[1].item<double>(), 0, 'f', 4)
        .arg(r[2].item<double>(), 0, 'f', 4)
        .arg(r[3].item<double>(), 0, 'f', 4);
}
// "square (class 1)", or "class 1" without a name.
QString classText(int32_t classId, const std::vector<std::string>& names) {
    if (classId >= 0 && classId < static_cast<int32_t>(names.size()))
        return tr("%1 (class %2)").arg(QString::fromStdString(names[size_t(classId)])).arg(classId);
    return tr("class %1").arg(classId);
}
}  // namespace

std::optional<Lineage> traceDetection(const Inspection& insp, int detection,
                                      const std::vector<std::string>& classNames) {
    const auto& steps = insp.detectionSteps;
    if (detection < 0 || detection >= static_cast<int>(insp.detections.count()))
        return {};
    Lineage l;
    l.detection = detection;
    // detect() drops zero-area rows after unmolding; map back to the detection-layer row.
    const auto& rows = insp.detections.rows;
    l.detectionRow = rows.defined() && rows.numel() > detection
                         ? rows.to(torch::kInt64)[detection].item<int64_t>()
                         : detection;
    if (l.detectionRow >= static_cast<int64_t>(steps.finalKeep.size()))
        return {};
    l.roi = steps.finalKeep[l.detectionRow];
    l.rpnNmsRank = l.roi;
    auto postNms = insp.tensor(names::kPostNmsAnchorIx).to(torch::kInt64);
    if (l.roi < postNms.size(0))
        l.preNmsIndex = postNms[l.roi].item<int64_t>();
    if (l.preNmsIndex >= 0 && insp.has(names::kPreNmsAnchorIx))
        l.anchor = insp.tensor(names::kPreNmsAnchorIx)[l.preNmsIndex].item<int64_t>();
    l.classId = insp.detections.classIds[detection].item<int32_t>();
    l.score = insp.detections.scores[detection].item<float>();
    for (const auto& cls : steps.perClass) {
        if (cls.classId != l.classId)
            continue;
        for (size_t k = 0; k < cls.kept.size(); ++k)
            if (cls.kept[k] == l.roi)
                l.classNmsRank = static_cast<int64_t>(k);
        for (size_t k = 0; k < cls.suppressed.size(); ++k)
            if (k < cls.suppressedBy.size() && cls.suppressedBy[k] == l.roi)
                l.suppressedRois.push_back(cls.suppressed[k]);
    }

    if (l.anchor >= 0) {
        l.anchorScore = insp.tensor(names::kRpnClass)[0][l.anchor][1].item<float>();
        l.steps << tr("Anchor #%1 %2, objectness %3")
                       .arg(l.anchor)
                       .arg(boxText(insp.tensor(names::kAnchors)[0][l.anchor]))
                       .arg(l.anchorScore, 0, 'f', 4);
    }
    if (l.preNmsIndex >= 0) {
        l.steps << tr("Pre-NMS rank %1 of %2; refined to %3, clipped to %4")
                       .arg(l.preNmsIndex)
                       .arg(insp.tensor(names::kPreNmsAnchors).size(1))
                       .arg(boxText(insp.tensor(names::kRefinedAnchors)[0][l.preNmsIndex]))
                       .arg(boxText(insp.tensor(names::kRefinedAnchorsClipped)[0][l.preNmsIndex]));
    }
    l.steps << tr("Kept by the RPN's NMS as proposal #%1 %2")
                   .arg(l.roi)
                   .arg(boxText(insp.tensor(names::kProposals)[0][l.roi]));
    auto probs = insp.tensor(names::kMrcnnClass)[0][l.roi];
    l.steps << tr("Classified as %1 with probability %2 (background %3)")
                   .arg(classText(l.classId, classNames))
                   .arg(probs[l.classId].item<float>(), 0, 'f', 4)
                   .arg(probs[0].item<float>(), 0, 'f', 4);
    if (insp.has(names::kDetRefinedRois))
        l.steps << tr("Refined by the class-specific deltas to %1")
                       .arg(boxText(insp.tensor(names::kDetRefinedRois)[l.roi]));
    l.steps << tr("Passed the background and confidence filters");
    if (l.classNmsRank >= 0) {
        QStringList sup;
        for (auto r : l.suppressedRois)
            sup << QString::number(r);
        l.steps << tr("Kept by the NMS of %1 as its #%2; suppressed %3")
                       .arg(classText(l.classId, classNames))
                       .arg(l.classNmsRank)
                       .arg(sup.isEmpty() ? tr("no box") : tr("proposals %1").arg(sup.join(", ")));
    }
    l.steps << tr("Final detection #%1, score %2").arg(detection).arg(l.score, 0, 'f', 4);
    return l;
}

}  // namespace mrcnn::figures
